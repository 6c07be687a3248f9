"""Exercises made where they are used: the lesson's exercise chooser creates an exercise with
the type's own form, shows it as the learner will see it, and refuses an incomplete one."""

import json

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.roles import ensure_facilitator_group, ensure_roles
from exercises.models import Exercise

CHOOSER = "wagtailsnippetchoosers_exercises_exercise"


def list_block(items):
    data = {"count": len(items)}
    for index, value in enumerate(items):
        data[str(index)] = {"value": value, "deleted": "", "order": index, "id": ""}
    return data


def exercise_form(body=None, **overrides):
    if body is None:
        body = [
            (
                "multiple_choice",
                {
                    "question": "Lesquels sont des navigateurs internet ?",
                    "choices": list_block(
                        [
                            {"text": "Firefox", "correct": "on", "feedback": ""},
                            {"text": "Word", "correct": "", "feedback": "Word sert à écrire."},
                        ]
                    ),
                },
            )
        ]
    data = {
        "title": "Reconnaître un navigateur",
        "instructions": "Cochez les bonnes réponses.",
        "body": streamfield(body),
        "hint": "",
        "success_feedback": "",
        "pass_mark": "100",
    }
    data.update(overrides)
    return nested_form_data(data)


def prefixed(form_data):
    """As the chooser's form sends it (its fields prefixed inside the lesson editor)."""
    return {f"exercice-{name}": value for name, value in form_data.items()}


@pytest.fixture
def author(db, client, django_user_model):
    user = django_user_model.objects.create_user(username="camille", password="x")
    user.groups.add(ensure_facilitator_group())
    client.force_login(user)
    return client


def _json(response):
    return json.loads(response.content.decode())


def test_the_chooser_has_a_create_tab_with_the_exercise_form(author):
    data = _json(author.get(reverse(f"{CHOOSER}:choose")))
    html = data["html"]
    assert "Créer un exercice" in html
    assert 'name="exercice-title"' in html and 'id="exercice-body"' in html
    assert "Voir l&#x27;aperçu" in html or "Voir l'aperçu" in html
    assert reverse("wagtailsnippets_exercises_exercise:preview_on_add") in html


def test_an_exercise_made_in_place_is_published_and_chosen(author):
    response = author.post(reverse(f"{CHOOSER}:create"), prefixed(exercise_form()))
    data = _json(response)
    assert data["step"] == "chosen"
    exercise = Exercise.objects.get()
    assert data["result"]["id"] == str(exercise.pk) or data["result"]["id"] == exercise.pk
    assert exercise.live and exercise.live_revision_id
    assert exercise.type_name == "multiple_choice"


@pytest.mark.parametrize(
    ("body", "overrides", "message"),
    [
        ([], {}, "Choisissez le type d&#x27;exercice"),
        (None, {"title": ""}, "Champ requis"),
        (None, {"pass_mark": "0"}, "supérieure ou égale à 1"),
    ],
    ids=["no-type", "no-title", "bad-pass-mark"],
)
def test_an_incomplete_exercise_is_refused_and_nothing_stored(author, body, overrides, message):
    response = author.post(reverse(f"{CHOOSER}:create"), prefixed(exercise_form(body, **overrides)))
    data = _json(response)
    assert data["step"] == "reshow_creation_form"
    assert (
        message in data["htmlFragment"]
        or message.replace("&#x27;", "\\u0027") in (data["htmlFragment"])
    )
    assert not Exercise.objects.exists()


def test_a_choice_question_without_a_right_answer_is_refused(author):
    body = [
        (
            "multiple_choice",
            {
                "question": "Lesquels ?",
                "choices": list_block(
                    [
                        {"text": "A", "correct": "", "feedback": ""},
                        {"text": "B", "correct": "", "feedback": ""},
                    ]
                ),
            },
        )
    ]
    data = _json(author.post(reverse(f"{CHOOSER}:create"), prefixed(exercise_form(body))))
    assert data["step"] == "reshow_creation_form"
    assert not Exercise.objects.exists()


def test_the_preview_shows_the_learner_view_without_the_answers(author):
    url = reverse("wagtailsnippets_exercises_exercise:preview_on_add")
    assert _json(author.post(url, exercise_form()))["is_valid"] is True
    html = author.get(url).content.decode()
    assert "Lesquels sont des navigateurs internet ?" in html
    assert "Firefox" in html
    assert "Word sert à écrire." not in html  # an explanation only follows an answer
    assert not Exercise.objects.exists()
    assert _json(author.post(url, exercise_form([])))["is_valid"] is False


@pytest.mark.parametrize("role", ["learner", "mentor", "anonymous"])
def test_only_authors_may_create_in_place(client, django_user_model, db, role):
    ensure_roles()
    if role != "anonymous":
        from accounts.roles import MENTORS, role_group

        user = django_user_model.objects.create_user(username=role, password="x")
        if role == "mentor":
            user.groups.add(role_group(MENTORS))
        client.force_login(user)
    response = client.post(reverse(f"{CHOOSER}:create"), prefixed(exercise_form()))
    assert response.status_code in (302, 403)
    assert not Exercise.objects.exists()


def test_the_lesson_editor_loads_the_scripts_of_the_create_tab(author, make_course):
    course, _ = make_course(lessons=0)
    html = author.get(
        reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    ).content.decode()
    assert "exercises/exercise_chooser" in html
    assert "exercises/click_image_admin" in html  # a type's own editing script
    assert author.get("/").status_code == 200


def test_the_creation_tab_scripts_come_only_with_an_exercise_block(author, make_course):
    """The exercise block's widget brings the tab's scripts: a lesson's editor (new or not)
    has them, a course's editor (no exercise block) and another snippet's editor do not."""
    from exercises.chooser_widget import PREVIEW_SCRIPT

    course, (lesson,) = make_course(lessons=1)
    add_lesson = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))
    with_block = [
        author.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])),
        author.get(add_lesson),
    ]
    without = [
        author.get(reverse("wagtailadmin_pages:edit", args=[course.pk])),
        author.get(reverse("wagtailsnippets_courses_glossaryterm:add")),
    ]
    for response in with_block + without:
        assert response.status_code == 200
    for response in with_block:
        html = response.content.decode()
        assert html.count(PREVIEW_SCRIPT) == 1
        assert "exercises/click_image_admin.js" in html
    for response in without:
        html = response.content.decode()
        assert PREVIEW_SCRIPT not in html
        assert "click_image_admin" not in html
