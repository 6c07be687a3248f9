"""Nothing a page caches goes stale: each change below shows on the very next view of the lesson,
with the caches warm (each page is opened before the change) and never cleared by the test."""

import datetime

import pytest
from bs4 import BeautifulSoup

from courses.factories import GlossaryTermFactory
from exercises.factories import ExerciseFactory, place
from exercises.tests.conftest import post_answer
from mentoring import services as mentoring_services
from mentoring.models import Tip
from tests.live_workshops import workshop_around_now
from workshops import live
from workshops.models import Enrolment
from workshops.services import enrolment_add


def view(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def publish(lesson, body):
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()


@pytest.fixture
def lesson(people):
    lesson = people["lessons"][0]
    publish(lesson, [{"type": "text", "value": "<p>Cliquez sur la souris avec le doigt.</p>"}])
    return lesson


@pytest.fixture
def learner_client(client, people):
    client.force_login(people["learner_a"])
    return client


def test_a_publication_shows_to_visitors_and_learners(client, people, lesson):
    other = type(client)()
    other.force_login(people["learner_a"])
    assert "avec le doigt" in view(client, lesson.url)
    assert "avec le doigt" in view(other, lesson.url)
    publish(lesson, [{"type": "text", "value": "<p>Cliquez avec le bouton gauche.</p>"}])
    for reader in (client, other):
        html = view(reader, lesson.url)
        assert "bouton gauche" in html and "avec le doigt" not in html


def test_a_new_lesson_of_the_course_shows_in_the_pager(client, people, lesson):
    last = people["lessons"][-1]
    html = view(client, last.url)
    assert "C'est la dernière leçon" in html
    new = (
        people["lessons"][0]
        .get_parent()
        .add_child(
            instance=type(last)(title="Une leçon toute neuve", slug="toute-neuve", summary="Neuve.")
        )
    )
    new.save_revision().publish()
    html = view(client, last.url)
    assert "Une leçon toute neuve" in html and "C'est la dernière leçon" not in html


def test_a_new_glossary_word_shows_in_the_lesson(learner_client, lesson):
    assert "glossary-link" not in view(learner_client, lesson.url)
    GlossaryTermFactory(term="souris", definition="Le petit appareil qui guide la flèche.")
    html = view(learner_client, lesson.url)
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".lesson__body .glossary-link").get_text() == "souris"
    assert "Le petit appareil qui guide la flèche." in html


def test_a_changed_or_deleted_glossary_word_shows_in_the_lesson(learner_client, lesson):
    word = GlossaryTermFactory(term="souris", definition="Première définition.")
    assert "Première définition." in view(learner_client, lesson.url)
    word.definition = "Définition corrigée."
    word.save()
    html = view(learner_client, lesson.url)
    assert "Définition corrigée." in html and "Première définition." not in html
    word.delete()
    assert "glossary-link" not in view(learner_client, lesson.url)


def test_an_approved_tip_shows_to_learners(client, people, learner_client, lesson):
    tip = mentoring_services.tip_submit(
        mentor=people["mentor"], lesson=lesson, text="Posez la main à plat sur la souris."
    )
    assert "Posez la main à plat" not in view(learner_client, lesson.url)
    mentoring_services.tip_approve(reviewer=people["facilitator"], tip=tip)
    assert Tip.objects.get(pk=tip.pk).status == Tip.Status.APPROVED
    assert "Posez la main à plat" in view(learner_client, lesson.url)


def test_a_recorded_result_shows_in_the_lesson(people, learner_client, lesson):
    exercise = ExerciseFactory(kind="true_false", title="Vrai ou faux : la souris")
    place(lesson, exercise)
    html = view(learner_client, lesson.url)
    assert "exercise--passed" not in html and "Réussi" not in html
    right = exercise.block[0].example_answers(exercise.block[1])["right"]
    assert post_answer(learner_client, exercise, lesson, right).status_code == 200
    html = view(learner_client, lesson.url)
    assert "exercise--passed" in html and "✓ Réussi" in html


def test_an_exercise_changed_shows_to_a_learner_who_has_not_answered_it(learner_client, lesson):
    exercise = ExerciseFactory(kind="true_false", title="Vrai ou faux : la souris")
    place(lesson, exercise)
    assert "Vrai ou faux : la souris" in view(learner_client, lesson.url)
    exercise.title = "Vrai ou faux : le clavier"
    exercise.save()
    html = view(learner_client, lesson.url)
    assert "Vrai ou faux : le clavier" in html and "Vrai ou faux : la souris" not in html


def test_a_message_shows_once_on_the_lesson(learner_client, lesson):
    view(learner_client, lesson.url)
    learner_client.post(f"/progression/lecon/{lesson.pk}/terminee/")
    assert "Bravo ! Cette leçon est terminée." in view(learner_client, lesson.url)
    assert "Bravo ! Cette leçon est terminée." not in view(learner_client, lesson.url)


def test_a_finished_lesson_shows_as_finished(learner_client, lesson):
    assert "J'ai terminé cette leçon" in view(learner_client, lesson.url)
    learner_client.post(f"/progression/lecon/{lesson.pk}/terminee/")
    html = view(learner_client, lesson.url)
    assert "Leçon terminée le" in html and "J'ai terminé cette leçon" not in html


def test_a_reading_setting_shows_on_the_lesson(learner_client, lesson):
    assert 'class="text-3' not in view(learner_client, lesson.url)
    learner_client.post(
        "/affichage/", {"size": "3", "contrast": "1", "spacing": "1", "next": lesson.url}
    )
    html = view(learner_client, lesson.url)
    assert '<html lang="fr" class="text-3 contrast-high spacing-wide">' in html


def test_a_raised_hand_shows_on_the_lesson(people, learner_client, lesson):
    session = workshop_around_now(people, starts_in=-datetime.timedelta(minutes=10))
    enrolment_add(session=session, user=people["learner_a"])
    soup = BeautifulSoup(view(learner_client, lesson.url), "html.parser")
    assert soup.select_one("[data-hand-on]").has_attr("hidden")
    live.hand_raise(enrolment=Enrolment.objects.get(session=session, user=people["learner_a"]))
    soup = BeautifulSoup(view(learner_client, lesson.url), "html.parser")
    assert not soup.select_one("[data-hand-on]").has_attr("hidden")
    assert soup.select_one("[data-hand-off]").has_attr("hidden")


def test_a_language_change_shows_on_the_lesson(learner_client, lesson):
    publish(
        lesson,
        [{"type": "callout", "value": {"kind": "remember", "text": "<p>Prenez le temps.</p>"}}],
    )
    html = view(learner_client, lesson.url)
    assert '<html lang="fr"' in html and "À retenir" in html
    learner_client.post("/langue/", {"language": "en", "next": lesson.url})
    html = view(learner_client, lesson.url)
    assert '<html lang="en"' in html and "Remember" in html and "À retenir" not in html
    learner_client.post("/langue/", {"language": "fr", "next": lesson.url})
    assert "À retenir" in view(learner_client, lesson.url)


# --- Visitors without an account: their pages come whole from the shared page cache ---------


def visitor_view(client, url):
    """The page as a visitor sees it, checking that it was served from the cache when warm."""
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] in {"hit", "stored"}
    return response.content.decode()


def test_a_visitors_lesson_comes_from_the_cache(client, lesson):
    assert client.get(lesson.url)["X-Page-Cache"] == "stored"
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"


def test_a_new_glossary_word_shows_to_visitors(client, lesson):
    assert "glossary-link" not in visitor_view(client, lesson.url)
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"
    GlossaryTermFactory(term="souris", definition="Le petit appareil qui guide la flèche.")
    assert "Le petit appareil qui guide la flèche." in visitor_view(client, lesson.url)


def test_a_new_lesson_shows_on_the_visitors_course_page(client, people, lesson):
    course = people["course"]
    assert "Une leçon toute neuve" not in visitor_view(client, course.url)
    assert client.get(course.url)["X-Page-Cache"] == "hit"
    new = course.add_child(
        instance=type(lesson)(title="Une leçon toute neuve", slug="toute-neuve", summary="Neuve.")
    )
    new.save_revision().publish()
    assert "Une leçon toute neuve" in visitor_view(client, course.url)


def test_an_exercise_changed_shows_to_visitors(client, lesson):
    exercise = ExerciseFactory(kind="true_false", title="Vrai ou faux : la souris")
    place(lesson, exercise)
    assert "Vrai ou faux : la souris" in visitor_view(client, lesson.url)
    assert client.get(lesson.url)["X-Page-Cache"] == "hit"
    exercise.title = "Vrai ou faux : le clavier"
    exercise.save_revision().publish()
    html = visitor_view(client, lesson.url)
    assert "Vrai ou faux : le clavier" in html
    assert "Vrai ou faux : la souris" not in html


def test_a_reading_setting_shows_to_visitors(client, lesson):
    assert 'class="text-3' not in visitor_view(client, lesson.url)
    response = client.post("/affichage/", {"size": "3", "contrast": "1", "next": lesson.url})
    assert response.status_code == 302  # no token needed: it only sets the visitor's cookie
    assert '<html lang="fr" class="text-3 contrast-high">' in visitor_view(client, lesson.url)


def test_a_language_change_shows_to_visitors(client, lesson):
    assert '<html lang="fr"' in visitor_view(client, lesson.url)
    assert client.post("/langue/", {"language": "en", "next": lesson.url}).status_code == 302
    assert '<html lang="en"' in visitor_view(client, lesson.url)
    client.post("/langue/", {"language": "fr", "next": lesson.url})
    assert '<html lang="fr"' in visitor_view(client, lesson.url)


def test_a_role_and_its_permissions_show_at_once(people, client, lesson):
    """Role permissions are cached per set of roles (accounts.backends): a role given, or a
    permission taken from a role, shows on the next page."""
    from django.contrib.auth.models import Permission

    from accounts.roles import FACILITATORS, role_group

    entry = 'href="/animation/apprenants/"'
    client.force_login(people["learner_b"])
    assert entry not in view(client, lesson.url)
    people["learner_b"].groups.add(role_group(FACILITATORS))
    assert entry in view(client, lesson.url)
    role_group(FACILITATORS).permissions.remove(
        Permission.objects.get(content_type__app_label="accounts", codename="manage_learners")
    )
    assert entry not in view(client, lesson.url)
