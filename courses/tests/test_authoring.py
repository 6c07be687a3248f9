"""Writing a lesson as a new facilitator: the house outline, plain labels, addresses that never
block a new page, lessons in the course's order and durations that follow the content."""

import pytest
from django.urls import reverse
from wagtail import blocks
from wagtail.test.utils.form_data import rich_text, streamfield

from accounts.roles import ensure_facilitator_group
from courses.admin_forms import lesson_outline
from courses.blocks import LessonStreamBlock
from courses.durations import lesson_estimate
from courses.factories import LessonPageFactory
from courses.models import CoursePage, LessonPage
from exercises.models import ExerciseBodyBlock

from .test_admin import add_lesson_url, lesson_form


@pytest.fixture
def author_client(db, client, django_user_model):
    user = django_user_model.objects.create_user(username="camille", password="x")
    user.groups.add(ensure_facilitator_group())
    client.force_login(user)
    return client


def _labels(block, path=""):
    for name, child in getattr(block, "child_blocks", {}).items():
        yield f"{path}{name}", child
        yield from _labels(child, f"{path}{name}.")
    child = getattr(block, "child_block", None)
    if child is not None:
        yield from _labels(child, path)


@pytest.mark.database_independent
@pytest.mark.parametrize("root", [LessonStreamBlock(), ExerciseBodyBlock()], ids=["lesson", "ex"])
def test_every_block_is_labelled_with_a_capital(root):
    lower = [path for path, block in _labels(root) if not str(block.label)[:1].isupper()]
    assert lower == []


@pytest.mark.database_independent
def test_no_count_the_editor_checks_before_a_save():
    """The editor's own min_num check shows a pink box on an untouched form: the lists an
    author meets empty have none (they check on save) or start with enough items."""
    steps = LessonStreamBlock().child_blocks["steps"].child_blocks["steps"]
    assert steps.meta.min_num is None
    assert len(steps.get_default()) >= 1
    assert ExerciseBodyBlock().meta.min_num is None
    for name in ("multiple_choice", "single_choice"):
        choices = ExerciseBodyBlock().child_blocks[name].child_blocks["choices"]
        assert len(choices.get_default()) >= (choices.meta.min_num or 0)


@pytest.mark.database_independent
def test_steps_without_a_step_are_refused_on_save():
    block = LessonStreamBlock().child_blocks["steps"]
    with pytest.raises(blocks.StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "", "steps": []}))
    assert "au moins une étape" in str(error.value.block_errors["steps"])


@pytest.mark.django_db
def test_exercise_without_a_type_is_refused_in_plain_french():
    with pytest.raises(blocks.StreamBlockValidationError) as error:
        ExerciseBodyBlock().clean(ExerciseBodyBlock().to_python([]))
    assert "type d'exercice" in " ".join(error.value.non_block_errors)


def test_a_new_lesson_starts_from_the_house_outline(author_client, make_course):
    course, _ = make_course(lessons=0)
    html = author_client.get(add_lesson_url(course)).content.decode()
    assert "Ce que vous allez apprendre" in html
    assert "essentiel" in html
    kinds = [block["type"] for block in lesson_outline()]
    assert kinds == ["text", "steps", "callout", "exercise"]
    assert len(lesson_outline()[1]["value"]["steps"]) == 3


def test_a_lesson_with_text_still_to_fill_is_not_published(author_client, make_course):
    course, _ = make_course(lessons=0)
    body = streamfield([("text", rich_text("<p>À compléter : pourquoi.</p>"))])
    response = author_client.post(
        add_lesson_url(course), lesson_form(body=body, **{"action-publish": "1"})
    )
    assert response.status_code == 200
    assert "Il reste un texte « À compléter »" in str(response.context["form"].errors["body"])
    assert not LessonPage.objects.exists()
    # A draft keeps it: the author finishes later.
    response = author_client.post(add_lesson_url(course), lesson_form(body=body))
    assert response.status_code == 302
    assert not LessonPage.objects.get().live


@pytest.mark.django_db
def test_slugs_lose_their_accents(make_course):
    course, _ = make_course(lessons=0)
    lesson = LessonPage(title="Créer un mot de passe sûr", summary="x", body=[])
    course.add_child(instance=lesson)
    assert lesson.slug == "creer-un-mot-de-passe-sur"


def test_an_abandoned_draft_never_blocks_the_same_title(author_client, make_course):
    course, _ = make_course(lessons=0)
    abandoned = LessonPageFactory(parent=course, slug="utiliser-la-souris", live=False)
    abandoned.save_revision()  # what autosave leaves behind: a draft, never published
    response = author_client.post(add_lesson_url(course), lesson_form())
    assert response.status_code == 302
    slugs = sorted(LessonPage.objects.child_of(course).values_list("slug", flat=True))
    assert slugs == ["utiliser-la-souris", "utiliser-la-souris-2"]


def test_a_clash_with_a_real_lesson_says_what_to_do(author_client, make_course):
    course, _ = make_course(lessons=0)
    LessonPageFactory(parent=course, slug="utiliser-la-souris").save_revision().publish()
    response = author_client.post(add_lesson_url(course), lesson_form())
    assert response.status_code == 200
    assert "Changez le titre, ou l&#x27;adresse dans l&#x27;onglet" in response.content.decode()
    assert LessonPage.objects.child_of(course).count() == 1


def test_the_explorer_lists_a_course_in_its_order(author_client, make_course):
    course, lessons = make_course(lessons=3)
    lessons[0].save_revision().publish()  # the last updated comes first by default
    url = reverse("wagtailadmin_explore", args=[course.pk])
    html = author_client.get(url).content.decode()
    places = [html.index(lesson.title) for lesson in lessons]
    assert places == sorted(places)
    assert "ordering=ord" in html or "data-w-orderable" in html


@pytest.mark.database_independent
def test_a_lesson_estimate_counts_reading_steps_and_exercises():
    words = " ".join(["mot"] * 120)
    body = [
        {"type": "text", "value": f"<p>{words}</p>"},
        {"type": "steps", "value": {"title": "", "steps": [{"value": {}}] * 3}},
        {"type": "exercise", "value": {"exercise": 1, "required": True}},
    ]
    assert lesson_estimate(body) == 2 + 3 * 3 + 5
    assert lesson_estimate([]) == 5


def _publish(page):
    page.save_revision().publish()
    return page


def test_adding_a_20_minute_lesson_changes_the_course_duration(make_course, client):
    course, lessons = make_course(lessons=2)
    for lesson in lessons:
        _publish(lesson)
    course.refresh_from_db()
    assert [lesson.duration_minutes for lesson in course.lessons()] == [30, 30]
    assert course.duration_minutes == 60
    assert "environ 1\u00a0h" in client.get(course.url).content.decode()

    new = LessonPageFactory(parent=course, duration_override=20, live=False)
    _publish(new)
    course.refresh_from_db()
    assert course.duration_minutes == 80
    assert "environ 1\u00a0h\u00a020" in client.get(course.url).content.decode()

    LessonPage.objects.get(pk=new.pk).unpublish()
    course.refresh_from_db()
    assert course.duration_minutes == 60
    lessons[0].delete()
    course.refresh_from_db()
    assert course.duration_minutes == 30


def test_a_course_override_wins_and_a_lesson_follows_its_content(make_course):
    course, lessons = make_course(lessons=1)
    course.duration_override = 165
    _publish(course)
    _publish(lessons[0])
    assert CoursePage.objects.get(pk=course.pk).duration_minutes == 165

    lesson = lessons[0]
    lesson.duration_override = None
    _publish(lesson)
    assert LessonPage.objects.get(pk=lesson.pk).duration_minutes == lesson_estimate(
        lesson.body.raw_data
    )


def test_a_bad_override_is_refused(author_client, make_course):
    course, _ = make_course(lessons=0)
    response = author_client.post(add_lesson_url(course), lesson_form(duration_override="0"))
    assert response.status_code == 200
    assert not LessonPage.objects.exists()
