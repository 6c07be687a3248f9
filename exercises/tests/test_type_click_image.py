"""Cliquer sur l'image: the click is scored on the server against the author's zones, the
zones never reach the page before an answer, and the admin refuses an exercise without zones."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import nested_form_data, streamfield

from exercises.models import Exercise
from exercises.registry import get_type
from exercises.types.click_image import SAMPLE_TITLE, where
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

KIND = "click_image"


@pytest.fixture
def two_zones(db):
    """Two right places (a button and a link), and the author's message on a miss."""
    value = get_type(KIND).sample()
    value["zones"] = [
        {"x": 10, "y": 10, "width": 20, "height": 10, "label": "Bouton"},
        {"x": 60, "y": 50, "width": 10, "height": 30, "label": "Lien"},
    ]
    value["feedback_miss"] = "Regardez plutôt en haut à gauche."
    return value


def _score(client, exercise, lesson, fields, **kwargs):
    response = post_answer(client, exercise, lesson, fields, **kwargs)
    assert response.status_code == 200, response.content
    return response


def test_a_click_in_any_right_zone_scores_and_a_miss_shows_the_authors_message(
    client, placed, lesson, learner, two_zones
):
    exercise = placed(KIND, two_zones)
    client.force_login(learner)
    for x, y in [("20", "15"), ("65", "79.5"), ("10", "10"), ("30", "20")]:  # edges count
        assert _score(client, exercise, lesson, {"x": x, "y": y}).json()["score"] == 1
    reply = _score(client, exercise, lesson, {"x": "50", "y": "15"}).json()
    assert reply["score"] == 0 and reply["passed"] is False
    html = reply_html = _score(client, exercise, lesson, {"x": "50", "y": "15"}).json()["html"]
    assert "Regardez plutôt en haut à gauche." in html
    assert "Votre repère est en haut, au centre." in html
    assert "click-image__marker--wrong" in reply_html and 'cx="50.0%" cy="15.0%"' in html
    assert "click-image__zone" not in html  # a miss does not show where the zones are
    right = _score(client, exercise, lesson, {"x": "65", "y": "60"}).json()["html"]
    assert "click-image__marker--right" in right
    assert 'x="60%" y="50%" width="10%" height="30%"' in right  # the zone it fell in
    assert 'x="10%" y="10%"' not in right  # and only that one
    assert ExerciseResult.objects.get(user=learner, exercise=exercise).passed


def test_without_javascript_the_image_input_sends_pixels_of_the_rendition(
    client, placed, lesson, learner
):
    exercise = placed(KIND)
    html = client.get(lesson.url).content.decode()
    assert f'type="image" class="click-image__picture" name="ex{exercise.pk}-click"' in html
    assert 'width="960" height="600"' in html  # the sample is drawn at 960 x 600
    client.force_login(learner)
    # The Start button's zone is x 0-7 %, y 91-100 %: pixel (30, 580) is in it.
    response = post_answer(
        client, exercise, lesson, {"click.x": "30", "click.y": "580"}, json=False
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Bravo, c'est réussi" in html
    assert ExerciseAttempt.objects.get().answer == {"x": 3.18, "y": 96.75}
    response = post_answer(
        client, exercise, lesson, {"click.x": "480", "click.y": "300"}, json=False
    )
    assert "Le bouton Démarrer est tout en bas à gauche" in response.content.decode()


def test_the_page_has_the_image_and_question_but_not_the_zones(client, placed, lesson):
    exercise = placed(KIND)
    exercise_type, value = exercise.block
    html = client.get(lesson.url).content.decode()
    assert "Cliquez sur le bouton Démarrer." in html
    assert escape(value["image"].description) in html  # the alt text
    assert "/static/exercises/click_image.js" in html
    for zone in value["zones"]:
        assert json.dumps(zone) not in html
        assert f"width: {zone['width']}%" not in html
    assert "click-image__zone" not in html and "click-image__marker" not in html
    assert value["feedback_miss"] not in html


def test_a_stale_answer_is_scored_against_the_current_zones():
    exercise_type = get_type(KIND)
    value = {
        "image": None,
        "question": "Q",
        "zones": [{"x": 0, "y": 0, "width": 10, "height": 10, "label": ""}],
        "feedback_miss": "",
    }
    assert exercise_type.score(value, {}).points == 0
    assert exercise_type.score(value, {"x": "5", "y": 5}).points == 0  # not a number
    assert exercise_type.score(value, {"x": 5, "y": 5}).points == 1
    value["zones"] = [{"x": 50, "y": 50, "width": 10, "height": 10, "label": ""}]
    assert exercise_type.score(value, {"x": 5, "y": 5}).points == 0


@pytest.mark.parametrize(
    "fields",
    [
        {"x": "nan", "y": "5"},
        {"x": "inf", "y": "5"},
        {"x": "1e1", "y": "5"},
        {"x": "-1", "y": "5"},
        {"x": "100.5", "y": "5"},
        {"x": "5", "y": "101"},
        {"x": " 5", "y": "5"},
        {"x": "cinq", "y": "5"},
        {"x": "5"},
        {"x": "", "y": ""},
        {"x": ["5", "6"], "y": "5"},
        {"x": "5", "y": "5", "click.x": "3", "click.y": "3"},
        {"click.x": "961", "click.y": "3"},
        {"click.x": "3", "click.y": "601"},
        {"click.x": "3.5", "click.y": "3"},
        {"click.x": "-3", "click.y": "3"},
        {"click.x": "3"},
    ],
)
def test_tampered_positions_are_refused_and_nothing_is_stored(
    fields, client, placed, lesson, learner
):
    exercise = placed(KIND)
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, fields)
    assert response.status_code == 400
    assert french_only(response.json()["error"])
    assert not ExerciseAttempt.objects.exists()


def test_sample_draws_its_screenshot_once_and_reuses_it(db):
    first, second = get_type(KIND).sample(), get_type(KIND).sample()
    assert first["image"].pk == second["image"].pk
    assert get_image_model().objects.filter(title=SAMPLE_TITLE).count() == 1
    assert (first["image"].width, first["image"].height) == (960, 600)


def test_where_says_the_place_in_words():
    assert where(2, 97) == "en bas à gauche"
    assert where(50, 50) == "au centre de l'image"
    assert where(90, 10) == "en haut à droite"


# Authoring ------------------------------------------------------------------------------------


def _raw(**changes):
    raw = {
        "image": get_type(KIND).sample()["image"].pk,
        "question": "Cliquez sur Démarrer.",
        "zones": [{"x": 0, "y": 90, "width": 10, "height": 10, "label": "Démarrer"}],
        "feedback_miss": "",
    }
    raw.update(changes)
    return raw


def _errors(raw):
    block = get_type(KIND).block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(raw))
    return str(error.value.as_json_data())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"zones": []}, "Dessinez au moins une zone juste sur l'image."),
        ({"image": None}, "Choisissez l'image sur laquelle la personne doit cliquer."),
        ({"zones": [{"x": 95, "y": 0, "width": 10, "height": 10}]}, "sort de l'image"),
        ({"zones": [{"x": -1, "y": 0, "width": 10, "height": 10}]}, "sort de l'image"),
        ({"zones": [{"x": 5, "y": 0, "width": 0, "height": 10}]}, "n'a pas de taille"),
        ({"zones": [{"x": 5, "y": 100, "width": 1, "height": 0.5}]}, "sort de l'image"),
        ({"zones": [{"x": 5, "y": 5, "width": 1, "height": 1}] * 21}, "20 zones au plus"),
    ],
)
def test_admin_refuses_a_bad_exercise(changes, message):
    assert message in _errors(_raw(**changes))


@pytest.mark.django_db
def test_admin_refuses_unreadable_zones_typed_by_hand():
    block = get_type(KIND).block().child_blocks["zones"]
    with pytest.raises(ValidationError, match="illisibles"):
        block.clean(block.value_from_form("[{pas du json"))
    with pytest.raises(ValidationError, match="illisible"):
        block.clean(block.value_from_form('[{"x": "5", "y": 0, "width": 1, "height": 1}]'))
    with pytest.raises(ValidationError, match="Dessinez au moins une zone"):
        block.clean(block.value_from_form(""))


@pytest.mark.django_db
def test_admin_accepts_zones_and_rounds_them():
    block = get_type(KIND).block()
    zones = [{"x": 0, "y": 90.123456, "width": 10, "height": 9.87, "label": " Démarrer "}]
    value = block.clean(block.to_python(_raw(zones=zones)))
    assert value["zones"] == [
        {"x": 0.0, "y": 90.12, "width": 10.0, "height": 9.87, "label": "Démarrer"}
    ]


def _form(image_pk, zones):
    return nested_form_data(
        {
            "title": "Trouver Démarrer",
            "instructions": "",
            "body": streamfield(
                [
                    (
                        KIND,
                        {
                            "image": image_pk,
                            "question": "Cliquez sur le bouton Démarrer.",
                            "zones": zones,
                            "feedback_miss": "",
                        },
                    )
                ]
            ),
            "hint": "",
            "success_feedback": "",
            "pass_mark": "100",
        }
    )


def test_admin_form_has_the_zone_drawer(admin_client):
    html = admin_client.get("/admin/snippets/exercises/exercise/add/").content.decode()
    assert "pasapas-zones" in html  # the widget, in the StreamField's block definitions
    assert "exercises/click_image_admin.js" in html
    assert "exercises/click_image_admin.css" in html


def test_admin_post_without_zones_is_refused_and_with_zones_is_saved(admin_client):
    image = get_type(KIND).sample()["image"]
    url = "/admin/snippets/exercises/exercise/add/"
    response = admin_client.post(url, _form(image.pk, "[]"))
    assert response.status_code == 200
    assert "Dessinez au moins une zone juste sur l" in response.content.decode()
    assert not Exercise.objects.exists()

    zones = [{"x": 0, "y": 91, "width": 7, "height": 9, "label": "Démarrer"}]
    response = admin_client.post(url, _form(image.pk, json.dumps(zones)))
    assert response.status_code == 302
    exercise = Exercise.objects.get()
    assert exercise.block[1]["zones"] == zones
    assert exercise.body.raw_data[0]["value"]["zones"] == zones

    edit = admin_client.get(f"/admin/snippets/exercises/exercise/edit/{exercise.pk}/")
    assert edit.status_code == 200 and "pasapas-zones" in edit.content.decode()


def test_admin_image_preview_gives_the_rendition_to_editors_only(admin_client, client, db):
    image = get_type(KIND).sample()["image"]
    url = f"/admin/pasapas/image-zones/{image.pk}/"
    data = admin_client.get(url).json()
    assert (data["width"], data["height"]) == (960, 600)
    assert data["url"].startswith("/media/") and data["alt"] == image.description
    assert admin_client.get("/admin/pasapas/image-zones/999999/").status_code == 404
    assert client.get(url).status_code == 302  # to the admin's sign-in
