"""The demo's exercises: at least one in every lesson, every exercise type used, and every right
answer really right. The demo content is checked against the exercise types themselves, through
the same answer endpoint as a learner's browser."""

import io
import re
from collections import Counter

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction

from accounts.models import Centre
from accounts.services import learner_create
from courses.models import CoursePage, LessonPage
from demo import content
from exercises.models import Exercise
from exercises.registry import all_types
from progress.models import LessonProgress

TRACKS = {track["slug"]: track for track in content.TRACKS}
EADMIN = "demarches-en-ligne"


def specs(lesson):
    return [value for kind, value in lesson["body"] if kind == "exercise"]


def all_specs():
    return [
        spec for track in content.TRACKS for lesson in track["lessons"] for spec in specs(lesson)
    ]


def lesson_ids(track):
    return [lesson["slug"] for lesson in track["lessons"]]


# The content, as written ----------------------------------------------------------------------


@pytest.mark.parametrize("track", content.TRACKS, ids=lambda track: track["slug"])
def test_every_lesson_has_an_exercise_to_pass(track):
    for lesson in track["lessons"]:
        placed = specs(lesson)
        assert placed, f"{lesson['slug']} has no exercise"
        assert any(spec["required"] for spec in placed), f"{lesson['slug']}: none required"


def test_every_exercise_type_is_used_at_least_twice():
    used = Counter(spec["kind"] for spec in all_specs())
    for exercise_type in all_types():
        assert used[exercise_type.name] >= 2, (
            f"{exercise_type.name} is used {used[exercise_type.name]}"
        )
    assert set(used) <= {t.name for t in all_types()}


def test_the_eadmin_track_simulates_at_least_three_procedures():
    kinds = [spec["kind"] for lesson in TRACKS[EADMIN]["lessons"] for spec in specs(lesson)]
    assert kinds.count("procedure") >= 3
    assert "scam_check" in kinds


def test_exercise_titles_are_unique():
    # The loader finds an exercise again by its title: two specs must never share one.
    titles = Counter(spec["title"] for spec in all_specs())
    assert [title for title, count in titles.items() if count > 1] == []


DOMAIN = re.compile(r"(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?=[/\s>]|$)", re.IGNORECASE)


def test_scam_examples_only_use_fictional_domains():
    """A scam example must never point at a real domain: every address in it ends in .example."""
    for spec in all_specs():
        value = spec["value"]
        if spec["kind"] != "scam_check" or value["verdict"] != "scam":
            continue
        shown = " ".join([value.get("sender", ""), value.get("url", ""), value["body"]])
        domains = [match.group(0) for match in DOMAIN.finditer(shown)]
        emails = re.findall(r"@([\w.-]+)", shown)
        for domain in domains + emails:
            host = domain.split("://")[-1].split("/")[0]
            assert host.endswith(".example"), f"{spec['title']}: {host}"


# The content, once loaded ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for this module and rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)
    cache.clear()  # the site's root paths were cached for pages that no longer exist


@pytest.fixture
def learner(demo, db):
    user, _ = learner_create(
        centre=Centre.objects.get(slug="bge-indre-chateauroux"), first_name="Ginette"
    )
    return user


def placed_exercises(lesson):
    """(exercise id, required) for each exercise block of a lesson page, in order."""
    return [
        (block.value["exercise"].pk, block.value["required"])
        for block in lesson.body
        if block.block_type == "exercise"
    ]


def test_the_loaded_lessons_hold_every_exercise(demo, db):
    lessons = list(LessonPage.objects.live())
    assert len(lessons) == sum(len(track["lessons"]) for track in content.TRACKS)
    placed = []
    for lesson in lessons:
        exercises = placed_exercises(lesson)
        assert exercises, lesson.slug
        placed += [pk for pk, _required in exercises]
    assert sorted(placed) == sorted(Exercise.objects.values_list("pk", flat=True))
    assert Exercise.objects.count() == len(all_specs())
    used = Counter(exercise.type_name for exercise in Exercise.objects.all())
    assert all(used[t.name] >= 2 for t in all_types()), used
    eadmin = CoursePage.objects.get(slug=EADMIN)
    procedures = [
        pk
        for lesson in LessonPage.objects.child_of(eadmin)
        for pk, _required in placed_exercises(lesson)
        if Exercise.objects.get(pk=pk).type_name == "procedure"
    ]
    assert len(procedures) >= 3


def placed_activities(lesson):
    return [
        block["value"]["activity"]
        for block in lesson.body.raw_data
        if block["type"] == "h5p_activity" and block["value"]["required"]
    ]


def complete_activity(client, lesson, pk):
    """What the demo H5P content type reports on a right answer (see bon-choix.js)."""
    statement = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": f"http://testserver/h5p/activite/{pk}/"},
        "result": {"score": {"raw": 1, "max": 1, "min": 0, "scaled": 1}, "success": True},
    }
    response = client.post(
        f"/h5p/activite/{pk}/xapi/",
        {"lesson": lesson.pk, "statement": statement},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content[:300]
    return response.json()


def answer(client, lesson, exercise, fields):
    """Post an answer as the lesson's form does (see exercises/tests/conftest.py)."""
    data = {f"ex{exercise.pk}-{key}": value for key, value in fields.items()}
    response = client.post(
        f"/exercices/{exercise.pk}/reponse/",
        {**data, "lesson": lesson.pk},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 200, (exercise.title, response.content[:300])
    return response.json()


def test_every_right_answer_scores_full_marks_and_completes_the_lesson(demo, client, learner):
    client.force_login(learner)
    for lesson in LessonPage.objects.live().public().order_by("path"):
        right = None
        for pk, _required in placed_exercises(lesson):
            exercise = Exercise.objects.get(pk=pk)
            exercise_type, value = exercise.block
            examples = exercise_type.example_answers(value)
            wrong = answer(client, lesson, exercise, examples["wrong"])
            assert wrong["passed"] is False and wrong["score"] < 1, exercise.title
            right = answer(client, lesson, exercise, examples["right"])
            assert right["score"] == 1, exercise.title
            assert right["passed"] is True, exercise.title
        for pk in placed_activities(lesson):
            right = complete_activity(client, lesson, pk)
        # Every required exercise and activity is now passed: the lesson is complete.
        assert right["lesson_completed"] is True, lesson.slug
    completed = LessonProgress.objects.filter(user=learner, completed_at__isnull=False)
    # Every lesson a learner may read (the facilitators' course is not theirs).
    assert completed.count() == LessonPage.objects.live().public().count()


def test_a_second_load_creates_no_exercise(demo, db):
    before = list(Exercise.objects.order_by("pk").values_list("pk", "title", "updated_at"))
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert "rien n'a changé" in out.getvalue()
    assert list(Exercise.objects.order_by("pk").values_list("pk", "title", "updated_at")) == before


def test_a_picture_to_click_on_does_not_show_the_answer():
    """The lessons' pictures name their parts with labels and arrows; an exercise that asks to
    find one of them uses the same scene without them (its description says no part named)."""
    from demo.illustrations.registry import ILLUSTRATIONS

    naming = [
        (spec["title"], spec["value"].illustration)
        for spec in all_specs()
        if spec["kind"] == "click_image"
        and re.search(r"\bnommée?s?\b", ILLUSTRATIONS[spec["value"].illustration].alt)
    ]
    assert naming == []
    assert re.search(r"\bnommée?s?\b", ILLUSTRATIONS["pc-desktop"].alt)  # the lesson's picture
