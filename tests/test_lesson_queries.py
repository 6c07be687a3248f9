"""A signed-in learner's lesson page costs the same number of queries on a small site and on a
site grown in every direction: lessons, exercises, results, tips, questions, glossary words."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import GlossaryTermFactory, LessonPageFactory
from exercises.factories import ExerciseFactory, place
from exercises.tests.conftest import post_answer
from mentoring import services as mentoring_services
from mentoring.models import Thread

# Issue 25's ceiling is 8; 7 here: the session, the person with their roles
# (accounts.backends), the visit written and read back in one statement, the questions on this
# lesson, the menu's counts, the live bar and the learner's results. The person, the questions,
# the live bar and the results are queries built once per process (pasapas.prepared); with the
# production settings the session is read through the cache, so 6. The site, its home page and
# the page itself come from the cache (courses.page_cache); restrictions, tips, exercises,
# breadcrumbs, pager, tags, the menu's entries and the page's shared rendering too.
CEILING = 7


def lesson_queries(client, lesson):
    client.get(lesson.url)  # the shared parts are cached after a first view, as on a live site
    with CaptureQueriesContext(connection) as captured:
        response = client.get(lesson.url)
    assert response.status_code == 200
    return len(captured)


def grow(people, lesson, client):
    """Forty more lessons, two more exercises here, results, tips, questions, words."""
    course = people["course"]
    others = [LessonPageFactory(parent=course) for _ in range(40)]
    place(lesson, *[ExerciseFactory(kind="true_false") for _ in range(2)])
    for exercise_lesson in others[:5]:
        exercise = ExerciseFactory(kind="true_false")
        place(exercise_lesson, exercise)
        wrong = exercise.block[0].example_answers(exercise.block[1])["wrong"]
        post_answer(client, exercise, exercise_lesson, wrong)
        client.get(exercise_lesson.url)
    for word in range(30):
        GlossaryTermFactory(term=f"mot{word}", definition="Un mot.")
    for number in range(3):
        tip = mentoring_services.tip_submit(
            mentor=people["mentor"], lesson=lesson, text=f"Conseil numéro {number}."
        )
        mentoring_services.tip_approve(reviewer=people["facilitator"], tip=tip)
    for other in others[:5]:
        Thread.objects.create(learner=people["learner_b"], lesson=other)


def test_a_signed_in_lesson_costs_the_same_on_a_small_and_a_grown_site(client, people):
    lesson = people["lessons"][1]
    place(lesson, ExerciseFactory(kind="true_false"))
    client.force_login(people["learner_a"])
    small = lesson_queries(client, lesson)
    grow(people, lesson, client)
    lesson.refresh_from_db()
    big = lesson_queries(client, lesson)
    assert big == small
    assert big <= CEILING
