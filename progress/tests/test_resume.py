"""« Reprendre » leads to what is left to do, and « Voir tous les ateliers » to the courses."""

import pytest

from progress import selectors, services


@pytest.fixture
def learner_client(client, people):
    client.force_login(people["learner_a"])
    return client


def test_resume_after_a_finished_lesson_goes_to_the_next_unfinished_one(learner_client, people):
    learner, lessons = people["learner_a"], people["lessons"]
    services.lesson_complete(user=learner, lesson=lessons[1])
    learner_client.get(lessons[0].url)
    services.lesson_complete(user=learner, lesson=lessons[0])  # last visited, now finished
    assert selectors.resume_point(learner)["lesson"].pk == lessons[2].pk
    html = learner_client.get("/mon-parcours/").content.decode()
    assert f"Reprendre : {lessons[2].title}" in html


def test_resume_after_a_finished_course_goes_to_an_unfinished_lesson_elsewhere(
    learner_client, people, make_course
):
    learner, lessons = people["learner_a"], people["lessons"]
    _other, other_lessons = make_course(lessons=2)
    learner_client.get(other_lessons[1].url)
    for lesson in lessons:
        learner_client.get(lesson.url)
        services.lesson_complete(user=learner, lesson=lesson)
    assert selectors.resume_point(learner)["lesson"].pk == other_lessons[1].pk
    services.lesson_complete(user=learner, lesson=other_lessons[1])
    # Every lesson opened is finished: no « Reprendre » back to a finished lesson (Mon parcours
    # says what to do next in each course).
    learner_client.get(lessons[2].url)
    assert selectors.resume_point(learner) is None
    assert "Reprendre" not in learner_client.get("/mon-parcours/").content.decode()


def test_see_all_courses_leads_to_the_catalogue(learner_client, people):
    html = learner_client.get("/mon-parcours/").content.decode()
    catalogue_url = people["course"].get_parent().url
    assert catalogue_url != "/"
    assert f'<a class="standalone-link" href="{catalogue_url}">Voir tous les ateliers</a>' in html
