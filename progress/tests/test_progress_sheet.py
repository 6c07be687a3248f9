"""The progress sheet a learner prints from « Mon parcours »: their name, the date, each
course's finished lessons and passed exercises with dates; read in constant queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from exercises.factories import ExerciseFactory
from progress import selectors, services


def finish(learner, lessons, exercises=0):
    for lesson in lessons:
        services.lesson_complete(user=learner, lesson=lesson)
    for _ in range(exercises):
        services.exercise_attempt_record(
            user=learner,
            lesson=lessons[0],
            exercise=ExerciseFactory(),
            score=1.0,
            passed=True,
            answer={},
        )


def test_mon_parcours_holds_the_sheet_and_its_print_button(client, people):
    learner, lessons = people["learner_a"], people["lessons"]
    finish(learner, lessons[:2], exercises=1)
    services.exercise_attempt_record(
        user=learner,
        lesson=lessons[0],
        exercise=ExerciseFactory(title="Pas réussi"),
        score=0.2,
        passed=False,
        answer={},
    )
    client.force_login(learner)
    soup = BeautifulSoup(client.get("/mon-parcours/").content, "html.parser")
    assert soup.select_one("button[data-print]").get_text() == "Imprimer ma fiche de progrès"
    assert soup.select_one("script[src*='js/print']")
    sheet = soup.select_one(".progress-sheet")
    assert sheet.has_attr("hidden")  # on paper only
    text = sheet.get_text(" ", strip=True)
    assert f"Fiche de progrès de {learner.get_full_name() or learner.get_username()}" in text
    assert "Imprimée le" in text
    assert people["course"].title in text
    assert lessons[0].title in text and lessons[1].title in text and lessons[2].title not in text
    assert "Exercices réussis" in text and "Pas réussi" not in text
    assert "meilleur score 100 %" in text
    assert "/mon-parcours/" in sheet.select_one(".progress-sheet__address").get_text()


def test_an_empty_sheet_says_so(client, people):
    client.force_login(people["learner_a"])
    html = client.get("/mon-parcours/").content.decode()
    assert "Aucune leçon terminée ni exercice réussi pour le moment." in html


@pytest.mark.django_db
def test_the_sheet_reads_in_constant_queries(people, make_course):
    learner = people["learner_a"]
    finish(learner, people["lessons"][:1], exercises=1)
    with CaptureQueriesContext(connection) as few:
        assert len(selectors.progress_sheet(learner)) == 1
    for _ in range(3):
        _, lessons = make_course(lessons=5)
        finish(learner, lessons, exercises=2)
    with CaptureQueriesContext(connection) as many:
        sheet = selectors.progress_sheet(learner)
    assert len(sheet) == 4 and sum(len(course.lessons) for course in sheet) == 16
    assert len(few) == len(many) == 3
