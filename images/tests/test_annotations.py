"""The annotations' format: what is refused (in plain French), what is kept, and the text that
names the markers for a person who cannot see the picture."""

import json

import pytest
from django.core.exceptions import ValidationError
from PIL import Image, ImageFilter

from images import annotations
from images.tests.screens import ANNOTATIONS, NAME_BOX, sign_in_screen

pytestmark = pytest.mark.database_independent


def refused(data):
    with pytest.raises(ValidationError) as caught:
        annotations.parse(data if isinstance(data, str) else json.dumps(data))
    return " ".join(caught.value.messages)


def test_good_annotations_are_kept_with_tidy_labels_and_default_colours():
    data = annotations.parse(
        json.dumps(
            {
                "version": 1,
                "shapes": [
                    {"kind": "marker", "x": 0.5, "y": 0.5, "label": "  le   bouton\u00a0Valider "},
                    {"kind": "box", "x": 0, "y": 0, "w": 1, "h": 1},
                ],
            }
        )
    )
    assert data["shapes"][0]["label"] == "le bouton Valider"
    assert data["shapes"][1]["colour"] == annotations.DEFAULT_COLOUR
    assert annotations.parse(ANNOTATIONS) == ANNOTATIONS


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{pas du json", "illisibles"),
        ([], "illisibles"),
        ({"version": 2, "shapes": []}, "version"),
        ({"version": 1, "shapes": {}}, "illisibles"),
        ({"version": 1, "shapes": [], "script": "x"}, "illisibles"),
        ({"version": 1, "shapes": [{"kind": "star", "x": 0.1, "y": 0.1}]}, "n'existe pas"),
        ({"version": 1, "shapes": [{"kind": "marker", "x": 0.1}]}, "incomplètes"),
        ({"version": 1, "shapes": [{"kind": "marker", "x": 1.5, "y": 0.1}]}, "entièrement"),
        ({"version": 1, "shapes": [{"kind": "marker", "x": "0.1", "y": 0.1}]}, "entièrement"),
        ({"version": 1, "shapes": [{"kind": "marker", "x": True, "y": 0.1}]}, "entièrement"),
        (
            {"version": 1, "shapes": [{"kind": "box", "x": 0.9, "y": 0, "w": 0.2, "h": 0.1}]},
            "dépasse",
        ),
        (
            {"version": 1, "shapes": [{"kind": "blur", "x": 0.1, "y": 0, "w": 0.001, "h": 0.1}]},
            "petite",
        ),
        (
            {
                "version": 1,
                "shapes": [{"kind": "arrow", "x1": 0.1, "y1": 0.1, "x2": 0.1, "y2": 0.1}],
            },
            "courte",
        ),
        (
            {"version": 1, "shapes": [{"kind": "marker", "x": 0.1, "y": 0.1, "colour": "#ff00ff"}]},
            "palette",
        ),
        (
            {"version": 1, "shapes": [{"kind": "marker", "x": 0.1, "y": 0.1, "label": "x" * 121}]},
            "120",
        ),
        ({"version": 1, "shapes": [{"kind": "marker", "x": 0.1, "y": 0.1, "label": 12}]}, "texte"),
        (
            {"version": 1, "shapes": [{"kind": "marker", "x": 0.1, "y": 0.1, "label": "a\u202eb"}]},
            "invisible",
        ),
        (
            {
                "version": 1,
                "shapes": [
                    {"kind": "cover", "x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1, "colour": "red"}
                ],
            },
            "incomplètes",
        ),
        ({"version": 1, "shapes": [{"kind": "marker", "x": 0.1, "y": 0.1}] * 31}, "30 annotations"),
        (
            '{"version": 1, "shapes": ['
            + ",".join(['{"kind": "marker", "x": 0.1, "y": 0.1}'] * 800)
            + "]}",
            "trop longues",
        ),
    ],
)
def test_bad_annotations_are_refused_in_plain_french(data, message):
    assert message in refused(data)


def test_every_problem_is_named_by_its_element():
    message = refused(
        {
            "version": 1,
            "shapes": [
                {"kind": "marker", "x": 0.1, "y": 0.1},
                {"kind": "marker", "x": 2, "y": 0.1},
                {"kind": "box", "x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1, "colour": "rose"},
            ],
        }
    )
    assert "Élément 2" in message and "Élément 3" in message and "Élément 1" not in message


def test_the_alternative_text_names_the_markers_in_their_order():
    data = {
        "version": 1,
        "shapes": [
            {"kind": "marker", "x": 0.1, "y": 0.1, "label": "le champ Identifiant"},
            {"kind": "blur", "x": 0.1, "y": 0.1, "w": 0.1, "h": 0.1},
            {"kind": "marker", "x": 0.2, "y": 0.1, "label": ""},
            {"kind": "marker", "x": 0.3, "y": 0.1, "label": "le bouton Se connecter"},
        ],
    }
    text = annotations.alt_text("La page de connexion.", data)
    assert text == "La page de connexion. 1 : le champ Identifiant ; 3 : le bouton Se connecter."
    assert annotations.alt_text("Une image.", {}) == "Une image."


def test_a_blurred_name_keeps_no_detail():
    picture = sign_in_screen()
    drawn = annotations.draw(picture, ANNOTATIONS)
    before = picture.crop(NAME_BOX).convert("L")
    after = drawn.crop(NAME_BOX).convert("L")
    # The name's black letters on a pale ground: sharp edges before, only a soft shade after
    # (no step of more than a few greys from a pixel to the next).
    inner = (2, 2, after.width - 2, after.height - 2)
    assert before.filter(ImageFilter.FIND_EDGES).crop(inner).getextrema()[1] > 150
    assert after.filter(ImageFilter.FIND_EDGES).crop(inner).getextrema()[1] < 12
    # Drawing never changes the picture it was given.
    assert picture.tobytes() == sign_in_screen().tobytes()


def test_a_transparent_screenshot_is_drawn_on_white():
    picture = Image.new("RGBA", (100, 80), (0, 0, 0, 0))
    drawn = annotations.draw(picture, {"version": 1, "shapes": []})
    assert drawn.mode == "RGB" and drawn.getpixel((50, 40)) == (255, 255, 255)
