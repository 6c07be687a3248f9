"""Facilitators write in the Wagtail admin: bad input is refused with a clear message and
nothing is stored."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.roles import ensure_facilitator_group
from courses.models import LessonPage
from demo.drawing import canvas, to_png_bytes


@pytest.fixture
def facilitator(db, django_user_model):
    user = django_user_model.objects.create_user(username="camille", password="x")
    user.groups.add(ensure_facilitator_group())
    return user


@pytest.fixture
def facilitator_client(client, facilitator):
    client.force_login(facilitator)
    return client


def png_upload(name="ecran.png"):
    image, _ = canvas(120, 80)
    return SimpleUploadedFile(name, to_png_bytes(image), content_type="image/png")


def lesson_form(**overrides):
    data = {
        "title": "Utiliser la souris",
        "slug": "utiliser-la-souris",
        "summary": "Vous saurez cliquer et double-cliquer.",
        "objectives": "Cliquer\nDouble-cliquer",
        "duration_override": "30",
        "tags": "souris",
        "body": streamfield([("text", rich_text("<p>La souris se tient à plat.</p>"))]),
        "comments": {
            "TOTAL_FORMS": "0",
            "INITIAL_FORMS": "0",
            "MIN_NUM_FORMS": "0",
            "MAX_NUM_FORMS": "1000",
        },
    }
    data.update(overrides)
    return nested_form_data(data)


def add_lesson_url(course):
    return reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", course.pk))


def test_facilitator_reaches_the_admin(facilitator_client):
    assert facilitator_client.get(reverse("wagtailadmin_home")).status_code == 200


def test_facilitator_creates_a_lesson(facilitator_client, make_course):
    course, _ = make_course(lessons=0)
    response = facilitator_client.post(add_lesson_url(course), lesson_form())
    assert response.status_code == 302
    lesson = LessonPage.objects.get(slug="utiliser-la-souris")
    assert lesson.get_parent().pk == course.pk
    assert [tag.name for tag in lesson.tags.all()] == ["souris"]


def test_lesson_without_title_is_refused(facilitator_client, make_course):
    course, _ = make_course(lessons=0)
    response = facilitator_client.post(add_lesson_url(course), lesson_form(title=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "erreurs de validation" in html
    assert "Champ requis" in html
    assert not LessonPage.objects.filter(slug="utiliser-la-souris").exists()


def test_image_block_without_caption_is_refused(facilitator_client, make_course):
    from courses.factories import ImageFactory

    course, _ = make_course(lessons=0)
    image = ImageFactory()
    body = streamfield([("image", {"image": image.pk, "alt_text": "", "caption": ""})])
    data = lesson_form(body=body)
    data["action-publish"] = "action-publish"
    response = facilitator_client.post(add_lesson_url(course), data)
    assert response.status_code == 200
    assert "erreurs de validation" in response.content.decode()
    assert not LessonPage.objects.filter(slug="utiliser-la-souris").exists()


def test_image_without_alt_text_is_refused(facilitator_client):
    image_model = get_image_model()
    response = facilitator_client.post(
        reverse("wagtailimages:add"),
        {"title": "Le bureau", "file": png_upload(), "description": ""},
    )
    assert response.status_code == 200
    assert "Le texte alternatif est obligatoire" in response.content.decode()
    assert not image_model.objects.filter(title="Le bureau").exists()


def test_image_with_alt_text_is_stored(facilitator_client):
    response = facilitator_client.post(
        reverse("wagtailimages:add"),
        {"title": "Le bureau", "file": png_upload(), "description": "Le bureau de Windows."},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get(title="Le bureau").description == "Le bureau de Windows."


def test_a_file_that_is_not_an_image_is_refused(facilitator_client):
    fake = SimpleUploadedFile("virus.png", b"MZ not an image", content_type="image/png")
    response = facilitator_client.post(
        reverse("wagtailimages:add"),
        {"title": "Faux", "file": fake, "description": "Texte."},
    )
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="Faux").exists()


def test_glossary_term_must_be_unique(facilitator_client):
    url = reverse("wagtailsnippets_courses_glossaryterm:add")
    data = {"term": "Souris", "definition": "Un objet qui déplace la flèche."}
    assert facilitator_client.post(url, data).status_code == 302
    response = facilitator_client.post(url, data)
    assert response.status_code == 200
    assert "existe déjà" in response.content.decode()
