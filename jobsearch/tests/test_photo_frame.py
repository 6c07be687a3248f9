"""The frame chosen in the browser: what is kept is what was framed (read back pixel by
pixel), a quarter turn turns the picture, and every hostile frame is refused in plain French
with the old photo kept."""

import html
import io

import pytest
from django.urls import reverse
from PIL import Image

from jobsearch import limits, photos, services
from jobsearch.models import CV

from .helpers import picture, upload

RED, BLUE = (220, 20, 20), (20, 40, 220)


def halves(width, height, *, split="vertical"):
    """A picture red on the left (or top) half and blue on the other."""
    image = Image.new("RGB", (width, height), BLUE)
    box = (0, 0, width // 2, height) if split == "vertical" else (0, 0, width, height // 2)
    image.paste(RED, box)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def colour_at(jpeg, x, y):
    return Image.open(io.BytesIO(jpeg)).convert("RGB").getpixel((x, y))


def near(colour, expected, slack=40):
    return all(abs(a - b) <= slack for a, b in zip(colour, expected, strict=True))


def keep(data, frame=None, turn=0):
    return photos.framed(
        upload(data, name="p.png", content_type="image/png"), frame=frame, turn=turn
    )


@pytest.mark.database_independent
def test_the_chosen_frame_is_what_is_kept():
    data = halves(1200, 900)
    left = keep(data, photos.Frame(0, 0, 450, 600))
    right = keep(data, photos.Frame(700, 100, 480, 640))
    w, h = limits.PHOTO_SIZE
    assert Image.open(io.BytesIO(left)).size == limits.PHOTO_SIZE
    assert near(colour_at(left, w // 2, h // 2), RED)
    assert near(colour_at(right, w // 2, h // 2), BLUE)
    # Without a frame, the centre: half red, half blue.
    centre = keep(data)
    assert near(colour_at(centre, 10, h // 2), RED) and near(
        colour_at(centre, w - 10, h // 2), BLUE
    )


@pytest.mark.database_independent
def test_a_quarter_turn_turns_the_picture_clockwise():
    # Red on top; a quarter turn clockwise puts the top on the right.
    data = halves(800, 600, split="horizontal")
    turned = keep(data, photos.Frame(0, 0, 600, 800), turn=90)
    w, h = limits.PHOTO_SIZE
    assert near(colour_at(turned, w - 10, h // 2), RED)
    assert near(colour_at(turned, 10, h // 2), BLUE)
    back = keep(data, photos.Frame(0, 0, 600, 800), turn=270)
    assert near(colour_at(back, 10, h // 2), RED)
    # The frame is checked on the turned picture: 600 × 800 fits only once turned.
    with pytest.raises(photos.ValidationError):
        keep(data, photos.Frame(0, 0, 600, 800))


def photo_url(cv):
    return reverse("jobsearch:cv_step", args=[cv.pk, "photo"])


def test_the_page_keeps_the_frame_sent(client_of, learner):
    cv = services.cv_create(user=learner)
    response = client_of.post(
        photo_url(cv),
        {
            "photo": upload(halves(1200, 900), name="p.png", content_type="image/png"),
            "crop_x": "720",
            "crop_y": "0",
            "crop_width": "480",
            "crop_height": "640",
            "turn": "0",
            "keep": "1",
        },
    )
    assert response.status_code == 302
    cv.refresh_from_db()
    w, h = limits.PHOTO_SIZE
    assert near(colour_at(bytes(cv.photo), w // 2, h // 2), BLUE)


FRAME = {"crop_x": "0", "crop_y": "0", "crop_width": "450", "crop_height": "600", "turn": "0"}
HOSTILE = [
    {"crop_x": "-1"},
    {"crop_y": "-50"},
    {"crop_x": "NaN"},
    {"crop_width": "nan"},
    {"crop_width": "Infinity"},
    {"crop_height": "1e3"},
    {"crop_x": "12.5"},
    {"crop_x": "douze"},
    {"crop_x": "٣٠"},  # Arabic-Indic digits: decimal to Python, not to us
    {"crop_width": "99999999999999999999"},
    {"crop_width": "0", "crop_height": "0"},
    {"crop_width": "30", "crop_height": "40"},  # too small to hold a face
    {"crop_x": "1000"},  # runs off the right edge
    {"crop_y": "400"},  # runs off the bottom
    {"crop_width": "600", "crop_height": "600"},  # not 3 × 4
    {"crop_height": ""},  # a frame half sent
    {"turn": "45"},
    {"turn": "-90"},
    {"turn": "360"},
    {"turn": "quart"},
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_frames_are_refused_in_plain_french(client_of, learner, hostile):
    cv = services.cv_create(user=learner)
    services.cv_photo_set(cv=cv, upload=upload(picture()))
    kept = bytes(CV.objects.get(pk=cv.pk).photo)
    data = {**FRAME, **hostile, "photo": upload(halves(1200, 900), "p.png", "image/png")}
    response = client_of.post(photo_url(cv), data)
    assert response.status_code == 400
    assert "Le cadre choisi ne va pas avec cette photo" in html.unescape(response.content.decode())
    assert bytes(CV.objects.get(pk=cv.pk).photo) == kept


def test_a_bad_picture_with_a_good_frame_is_still_refused(client_of, learner):
    cv = services.cv_create(user=learner)
    response = client_of.post(
        photo_url(cv), {**FRAME, "photo": upload(b"%PDF-1.4 pas une photo", "p.jpg")}
    )
    assert response.status_code == 400
    assert "Ce fichier n'est pas une photo" in html.unescape(response.content.decode())
    cv.refresh_from_db()
    assert cv.photo is None


def test_the_page_offers_the_cropping_script_and_works_without_it(client_of, learner):
    cv = services.cv_create(user=learner)
    page = client_of.get(photo_url(cv)).content.decode()
    assert "jobsearch/photo_crop" in page and 'name="crop_x"' in page
    # Without JavaScript nothing fills the frame: the centre is kept.
    client_of.post(photo_url(cv), {"photo": upload(halves(1200, 900), "p.png", "image/png")})
    cv.refresh_from_db()
    assert Image.open(io.BytesIO(bytes(cv.photo))).size == limits.PHOTO_SIZE
