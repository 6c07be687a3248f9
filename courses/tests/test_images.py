"""Uploaded pictures reach learners light: WebP with a JPEG fallback, two widths for small
screens, their size written (no jump while loading), lazy below the top of the page, and the
lesson page still reads from a constant number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def lesson_with_pictures(lesson, screenshots):
    images = [ImageFactory(description=f"Écran {n}") for n in range(screenshots + 1)]
    lesson.body = [
        {"type": "image", "value": {"image": images[0].pk, "alt_text": "", "caption": "Écran"}},
        {
            "type": "steps",
            "value": {
                "title": "Étapes",
                "steps": [
                    {"instruction": f"<p>Étape {n}</p>", "screenshot": image.pk, "tip": ""}
                    for n, image in enumerate(images[1:])
                ],
            },
        },
    ]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def assert_light_picture(picture, alt):
    sources = picture.find_all("source")
    assert [source["type"] for source in sources] == ["image/webp"]
    assert ".webp" in sources[0]["srcset"] and "w," in sources[0]["srcset"]
    assert sources[0]["sizes"]
    img = picture.img
    assert img["src"].endswith(".jpg")
    assert int(img["width"]) > 0 and int(img["height"]) > 0
    assert img["loading"] == "lazy" and img["decoding"] == "async"
    assert img["alt"] == alt


def test_a_lesson_shows_its_pictures_in_webp_with_their_size_and_lazily(client, make_course):
    _, lessons = make_course(lessons=1)
    lesson = lesson_with_pictures(lessons[0], screenshots=2)
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    figure = soup.select_one(".figure picture")
    assert_light_picture(figure, "Écran 0")
    shots = soup.select(".step picture")
    assert len(shots) == 2
    for n, shot in enumerate(shots, start=1):
        assert_light_picture(shot, f"Écran {n}")
        assert "step__screenshot" in shot.img["class"]


def test_course_cards_and_cover_use_webp(client, make_course, catalogue):
    course, _ = make_course(lessons=1, cover_image=ImageFactory())
    card = BeautifulSoup(client.get(catalogue.url).content, "html.parser").select_one(".card")
    assert card.select_one("source[type='image/webp']")
    assert card.img["loading"] == "lazy" and card.img["alt"] == ""
    cover = BeautifulSoup(client.get(course.url).content, "html.parser").select_one(
        ".course__image"
    )
    assert cover.parent.name == "picture" and cover.parent.select_one("source[type='image/webp']")
    assert cover.get("loading") is None  # the first thing on screen: not held back


def queries(client, url):
    client.get(url)  # renditions made, blocks cached: as a running site has them
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_lesson_queries_do_not_grow_with_its_pictures(client, make_course):
    _, lessons = make_course(lessons=2)
    few = lesson_with_pictures(lessons[0], screenshots=1)
    many = lesson_with_pictures(lessons[1], screenshots=8)
    assert queries(client, few.url) == queries(client, many.url)
