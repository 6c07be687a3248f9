"""« À consulter »: content types with nothing to answer (Dialog Cards, Accordion…) are done
once opened, so their lesson can complete; the author chooses the default per content type
and per activity. Other activities still wait for a passed answer."""

import io
import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.services import h5p_package_import
from progress.models import ExerciseResult, LessonProgress

from .builders import build_package
from .conftest import fixture_package, place_activity


def viewed(client, activity, lesson):
    return client.post(
        f"/h5p/activite/{activity.pk}/vue/",
        json.dumps({"lesson": lesson.pk}),
        content_type="application/json",
    )


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def cards(db):
    return h5p_package_import(source=fixture_package("H5P.Dialogcards.h5p")).activity


def test_dialog_cards_are_to_view_and_opening_them_completes_the_lesson(
    cards, lesson, learner, signed_in
):
    assert cards.done_when_viewed
    assert H5PLibrary.objects.get(machine_name="H5P.Dialogcards").done_when_viewed
    place_activity(lesson, cards)
    page = BeautifulSoup(signed_in.get(lesson.url).content, "html.parser")
    assert "À consulter" in page.select_one(f"#activite-h5p-{cards.pk}").get_text()
    frame = page.select_one("iframe[data-h5p-player]")
    assert frame["data-viewed-url"] == f"/h5p/activite/{cards.pk}/vue/"
    response = viewed(signed_in, cards, lesson)
    assert response.status_code == 200
    assert response.json()["completed"] and response.json()["lesson_completed"]
    result = ExerciseResult.objects.get(user=learner, activity=cards)
    assert result.passed and result.best_score == 1.0 and result.attempts == 0
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None
    again = viewed(signed_in, cards, lesson)  # opened again: still one result, still done
    assert again.status_code == 200
    assert ExerciseResult.objects.filter(user=learner, activity=cards).count() == 1


def test_an_activity_with_answers_is_not_done_by_opening_it(imported, lesson, learner, signed_in):
    activity = imported(build_package())
    assert not activity.done_when_viewed
    place_activity(lesson, activity)
    page = BeautifulSoup(signed_in.get(lesson.url).content, "html.parser")
    assert page.select_one("iframe[data-h5p-player]")["data-viewed-url"] == ""
    response = viewed(signed_in, activity, lesson)  # forged by hand
    assert response.status_code == 200 and response.json()["recorded"] is False
    assert not ExerciseResult.objects.filter(activity=activity).exists()


def test_viewing_needs_a_signed_in_learner_and_the_right_lesson(cards, lesson, make_course):
    place_activity(lesson, cards)
    assert viewed(Client(), cards, lesson).status_code == 403
    _, (elsewhere,) = make_course(lessons=1)
    from accounts.models import Centre
    from accounts.services import learner_create

    person, _ = learner_create(centre=Centre.objects.create(name="C", slug="c"), first_name="A")
    client = Client()
    client.force_login(person)
    refused = viewed(client, cards, elsewhere)
    assert refused.status_code == 400
    assert "ne fait pas partie" in refused.json()["error"]
    assert not ExerciseResult.objects.exists()


def test_the_author_sets_the_default_per_content_type(db):
    H5PLibrary.objects.filter(machine_name="PasAPas.Test").delete()
    first = h5p_package_import(source=io.BytesIO(build_package())).activity
    assert not first.done_when_viewed
    H5PLibrary.objects.filter(machine_name="PasAPas.Test").update(done_when_viewed=True)
    second = h5p_package_import(source=io.BytesIO(build_package())).activity
    assert second.done_when_viewed
    assert not H5PActivity.objects.get(pk=first.pk).done_when_viewed  # kept as it was


def test_in_the_admin_a_new_activity_takes_its_type_default_then_the_box_decides(people):
    from .conftest import upload

    client = Client()
    client.force_login(people["admin"])
    data = fixture_package("H5P.Dialogcards.h5p").read_bytes()
    added = client.post("/admin/snippets/h5p/h5pactivity/add/", {"package": upload(data)})
    assert added.status_code == 302, added.content.decode()[-1500:]
    activity = H5PActivity.objects.get()
    assert activity.done_when_viewed  # the box was not ticked: the type's default
    url = f"/admin/snippets/h5p/h5pactivity/edit/{activity.pk}/"
    assert client.post(url, {"title": "Cartes"}).status_code == 302
    activity.refresh_from_db()
    assert not activity.done_when_viewed and activity.title == "Cartes"
    client.post(url, {"title": "Cartes", "done_when_viewed": "on"})
    activity.refresh_from_db()
    assert activity.done_when_viewed
