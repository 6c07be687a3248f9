"""A lesson with an annotated screenshot: the cached blocks follow a change of annotations at
once (the former renditions are deleted), and the text alternative names the markers."""

import pytest
from bs4 import BeautifulSoup

from courses.factories import ImageFactory
from courses.tests.test_lesson_cache import picture_block, publish
from images.services import image_annotations_set

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]

MARKER = {"kind": "marker", "x": 0.5, "y": 0.5, "label": "le bouton Démarrer"}


def picture(client, lesson):
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    return soup.select_one("main figure img")


def test_new_annotations_show_on_the_next_view_of_a_cached_lesson(
    client, make_course, django_capture_on_commit_callbacks
):
    _, lessons = make_course(lessons=1)
    image = ImageFactory(description="Le bureau de Windows.")
    lesson = publish(lessons[0], [picture_block(image, "Le bureau")])
    before = picture(client, lesson)  # now in the cache
    assert before["alt"] == "Le bureau de Windows."
    with django_capture_on_commit_callbacks(execute=True):
        image_annotations_set(image=image, raw={"version": 1, "shapes": [MARKER]})
    after = picture(client, lesson)
    assert after["alt"] == "Le bureau de Windows. 1 : le bouton Démarrer."
    assert after["src"] != before["src"]
    assert client.get(after["src"]).status_code == 200


def test_a_lesson_s_own_alternative_text_also_names_the_markers(client, make_course):
    _, lessons = make_course(lessons=1)
    image = ImageFactory()
    image_annotations_set(image=image, raw={"version": 1, "shapes": [MARKER]})
    block = picture_block(image, "Le bureau")
    block["value"]["alt_text"] = "Le bureau, avec le bouton Démarrer en bas à gauche"
    lesson = publish(lessons[0], [block])
    assert picture(client, lesson)["alt"] == (
        "Le bureau, avec le bouton Démarrer en bas à gauche. 1 : le bouton Démarrer."
    )
