"""The certificate's rule: every lesson completed and every « à réussir » activity passed;
Mon parcours says what is left; the learner may add a family name or an initial."""

import io

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from certificates import services
from certificates.models import Certificate
from exercises.factories import ExerciseFactory, place
from progress import services as progress_services


def finish(user, lessons):
    for lesson in lessons:
        progress_services.lesson_complete(user=user, lesson=lesson)


def pass_exercise(user, lesson, exercise):
    progress_services.exercise_attempt_record(
        user=user, lesson=lesson, exercise=exercise, score=1, passed=True, answer={}
    )


@pytest.fixture
def with_exercises(people):
    lessons = people["lessons"]
    required = ExerciseFactory(title="Cliquer sur le bouton")
    optional = ExerciseFactory(title="Pour aller plus loin", kind="true_false")
    place(lessons[1], required)
    place(lessons[1], optional, required=False)
    return required, optional


def test_lessons_clicked_done_without_the_required_exercise_give_no_certificate(
    people, with_exercises
):
    learner, course, lessons = people["learner_a"], people["course"], people["lessons"]
    required, _optional = with_exercises
    finish(learner, lessons)
    with pytest.raises(ValidationError, match="1 exercice à réussir"):
        services.certificate_issue(user=learner, course=course)
    assert not Certificate.objects.exists()
    pass_exercise(learner, lessons[1], required)
    assert services.certificate_issue(user=learner, course=course).lesson_count == 3


def test_my_path_says_what_is_left_and_offers_the_certificate_only_when_nothing_is(
    client, people, with_exercises
):
    learner, lessons = people["learner_a"], people["lessons"]
    required, _optional = with_exercises
    client.force_login(learner)
    finish(learner, lessons[:1])
    html = client.get("/mon-parcours/").content.decode()
    assert "1 leçon terminée sur 3" in html
    assert "2 leçons à terminer" in html
    assert f"{lessons[1].url}#exercice-{required.pk}" in html and "Cliquer sur le bouton" in html
    assert "Pour aller plus loin" not in html  # optional: not asked for
    finish(learner, lessons[1:])
    html = client.get("/mon-parcours/").content.decode()
    assert "3 leçons terminées sur 3" in html and "à terminer" not in html
    assert "Cliquer sur le bouton" in html
    assert "Obtenir mon attestation" not in html
    response = client.post(f"/mon-parcours/attestation/{people['course'].pk}/", follow=True)
    assert "Il reste 1 exercice à réussir" in response.content.decode()
    pass_exercise(learner, lessons[1], required)
    html = client.get("/mon-parcours/").content.decode()
    assert "Obtenir mon attestation" in html and "il reste :" not in html


def test_a_certificate_issued_before_the_rule_stays_valid(people, with_exercises):
    learner, course = people["learner_a"], people["course"]
    issued = Certificate.objects.create(
        user=learner,
        course=course,
        code="PAP-7K3M-9QXD-4HTA",
        learner_name="Marie",
        course_title=course.title,
        lesson_count=3,
    )
    again = services.certificate_issue(user=learner, course=course)
    assert again.pk == issued.pk and not again.is_revoked


@pytest.mark.parametrize(
    "typed, printed", [("", "Marie"), ("  Martin  ", "Marie Martin"), ("M.", "Marie M.")]
)
def test_the_learner_chooses_a_family_name_or_an_initial(client, people, typed, printed):
    learner, course = people["learner_a"], people["course"]
    finish(learner, people["lessons"])
    client.force_login(learner)
    assert "Nom de famille à ajouter (facultatif)" in client.get("/mon-parcours/").content.decode()
    client.post(f"/mon-parcours/attestation/{course.pk}/", {"family_name": typed})
    certificate = Certificate.objects.get()
    assert certificate.learner_name == printed
    content = client.get(f"/mon-parcours/attestation/{certificate.code}.pdf").content
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert printed in text


def test_a_family_name_too_long_is_refused_plainly(client, people):
    learner, course = people["learner_a"], people["course"]
    finish(learner, people["lessons"])
    client.force_login(learner)
    response = client.post(
        f"/mon-parcours/attestation/{course.pk}/", {"family_name": "x" * 81}, follow=True
    )
    assert "80 caractères au plus" in response.content.decode()
    assert not Certificate.objects.exists()
