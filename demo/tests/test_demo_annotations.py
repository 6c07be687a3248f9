"""The demo's annotated screenshots: the e-administration lesson shows the login page with its
numbered markers named in the text alternative, and the example's personal data hidden."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.images import get_image_model

from courses.models import LessonPage
from demo.annotations import ANNOTATIONS
from demo.illustrations import ILLUSTRATIONS

pytestmark = pytest.mark.django_db


def test_the_demo_screenshots_are_annotated_and_named_on_the_lesson(client):
    call_command("load_demo", stdout=io.StringIO())
    images = get_image_model().objects
    for name, annotations in ANNOTATIONS.items():
        image = images.get(title=ILLUSTRATIONS[name].title)
        assert image.annotations == annotations and image.hides_something
        # Learners and visitors never get the original, where the example's data is readable.
        assert client.get(image.file.url).status_code == 404
    login = images.get(title=ILLUSTRATIONS["eadmin-login-page"].title)
    lesson = next(
        page
        for page in LessonPage.objects.live()
        if any(
            step["screenshot"] and step["screenshot"].pk == login.pk
            for block in page.body
            if block.block_type == "steps"
            for step in block.value["steps"]
        )
    )
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    alts = [img["alt"] for img in soup.select("main img")]
    assert any("3 : le bouton Se connecter." in alt for alt in alts), alts
    rendition = soup.select_one("main img.step__screenshot")["src"]
    assert ".a" in rendition and client.get(rendition).status_code == 200
    # A second load changes nothing.
    call_command("load_demo", stdout=io.StringIO())
    assert images.get(pk=login.pk).annotations == ANNOTATIONS["eadmin-login-page"]
