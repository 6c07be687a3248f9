"""The activity ids are addresses of the site that lead to what they name."""

import pytest
from django.test import Client

from exercises.factories import ExerciseFactory, place


@pytest.fixture
def course_and_lesson(make_course):
    course, (lesson,) = make_course(lessons=1)
    return course, lesson


def test_a_page_address_leads_to_the_page(db, course_and_lesson):
    course, lesson = course_and_lesson
    client = Client()
    assert client.get(f"/activite/page/{lesson.pk}/")["Location"] == lesson.url
    assert client.get(f"/activite/page/{course.pk}/")["Location"] == course.url
    lesson.unpublish()
    assert client.get(f"/activite/page/{lesson.pk}/").status_code == 404


def test_an_exercise_address_leads_to_a_lesson_that_places_it(
    db, course_and_lesson, django_capture_on_commit_callbacks
):
    _, lesson = course_and_lesson
    exercise = ExerciseFactory(kind="single_choice")
    client = Client()
    assert client.get(f"/activite/exercice/{exercise.pk}/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):  # the reference index's task
        place(lesson, exercise)
    assert client.get(f"/activite/exercice/{exercise.pk}/")["Location"] == lesson.url


def test_unknown_kinds_and_ids_are_404(db):
    client = Client()
    for path in ("/activite/page/99999/", "/activite/nimporte/1/", "/activite/page/0/"):
        assert client.get(path).status_code == 404
    assert client.post("/activite/page/1/").status_code == 405
