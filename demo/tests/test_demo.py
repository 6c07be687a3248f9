"""`load_demo`: the real content of the centre, built idempotently."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from accounts.roles import FACILITATORS
from courses.models import CoursePage, GlossaryTerm, LessonPage
from demo import content
from demo.illustrations import ILLUSTRATIONS


def snapshot():
    """Everything load_demo writes, in a comparable form."""
    pages = list(
        Page.objects.order_by("path").values_list(
            "path", "title", "slug", "live", "latest_revision_id", "content_type__model"
        )
    )
    lessons = {page.pk: page.body.raw_data for page in LessonPage.objects.all()}
    return {
        "pages": pages,
        "lessons": str(lessons),
        "revisions": Revision.objects.count(),
        "images": list(get_image_model().objects.values_list("pk", "title", "file", "description")),
        "documents": list(get_document_model().objects.values_list("pk", "title", "file")),
        "terms": list(GlossaryTerm.objects.values_list("pk", "term", "definition")),
        "tags": list(Tag.objects.order_by("pk").values_list("name", "slug")),
        "users": list(get_user_model().objects.values_list("pk", "username", "password")),
    }


@pytest.fixture
def demo(db):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_is_idempotent_and_prints_how_to_sign_in(demo, client):
    assert "/admin/" in demo
    assert "Identifiant  : animateur" in demo
    before = snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert snapshot() == before
    assert "rien n'a changé" in out.getvalue()
    # The printed password opens the admin for the facilitator.
    user = get_user_model().objects.get(username="animateur")
    assert user.groups.filter(name=FACILITATORS).exists()
    password = demo.split("Mot de passe : ", 1)[1].split()[0]
    response = client.post("/admin/login/", {"username": "animateur", "password": password})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_demo_has_six_illustrated_tracks_that_render(demo, client):
    courses = list(CoursePage.objects.live().public().order_by("path"))
    assert len(courses) == 6
    titles = " ".join(course.title for course in courses).lower()
    for word in ("ordinateur", "internet", "e-mail", "photo", "démarches", "emploi"):
        assert word in titles
    for course in courses:
        assert course.lessons().count() >= 4, course.title
        assert course.cover_image is not None
        assert course.tags.exists()
    images = get_image_model().objects.all()
    assert images.count() == len(ILLUSTRATIONS)
    assert all(len(image.description) > 15 for image in images)
    kinds = set()
    for lesson in LessonPage.objects.live().public():
        response = client.get(lesson.url)
        assert response.status_code == 200
        soup = BeautifulSoup(response.content, "html.parser")
        assert all(img.get("alt") for img in soup.select("main img"))
        kinds |= {block.block_type for block in lesson.body}
    assert {"text", "image", "steps", "callout", "glossary_term", "document"} <= kinds


@pytest.mark.parametrize("track", content.TRACKS, ids=lambda track: track["slug"])
def test_every_lesson_teaches_step_by_step(track):
    for lesson in track["lessons"]:
        kinds = [kind for kind, _ in lesson["body"]]
        assert "steps" in kinds, lesson["slug"]
        callouts = [value["kind"] for kind, value in lesson["body"] if kind == "callout"]
        assert "remember" in callouts, f"{lesson['slug']} has no « À retenir »"
        assert {"tip", "warning"} & set(callouts), f"{lesson['slug']} has no tip or warning"
        assert len(lesson["summary"]) <= 255


def test_the_demo_facilitator_copies_a_shared_course_into_the_centre(demo, client):
    """The shared catalogue belongs to no centre; the demo centre has its own catalogue, so
    « Copier dans mon centre » works in the demo as for a real centre."""
    from django.urls import reverse

    from courses.models import CourseIndexPage

    facilitator = get_user_model().objects.get(username="animateur")
    shared = CourseIndexPage.objects.get(slug="ateliers")
    ours = CourseIndexPage.objects.get(centre=facilitator.centre)
    assert shared.centre_id is None and ours.live
    course = CoursePage.objects.child_of(shared).live().order_by("path").first()
    client.force_login(facilitator)
    url = reverse("pasapas_course_copy", args=[course.pk])
    assert "pas encore de catalogue" not in client.get(url).content.decode()
    response = client.post(url)
    copy = CoursePage.objects.child_of(ours).get()
    assert response.status_code == 302 and response.url.endswith(f"/pages/{copy.pk}/")
    assert copy.title == course.title and not copy.live
    assert LessonPage.objects.child_of(copy).count() == LessonPage.objects.child_of(course).count()
    # The home page and the catalogue link keep the shared catalogue.
    home = client.get("/").content.decode()
    assert f'href="{course.url}"' in home
