"""An image is refused by its pixels, not only its bytes: an 11000 × 11000 PNG weighs a few
kilobytes and would take hundreds of megabytes per rendition."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.images.shortcuts import get_rendition_or_not_found

pytestmark = pytest.mark.django_db


def png(width, height):
    out = io.BytesIO()
    Image.new("1", (width, height)).save(out, "PNG")  # one bit a pixel: small to make
    return out.getvalue()


@pytest.fixture(scope="module")
def bomb():
    return png(11_000, 11_000)


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", password="x-123456"))
    return client


def upload(data, name="grande.png"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="image/png")


def test_the_admin_refuses_too_many_pixels_with_a_plain_message(admin_client, bomb):
    assert len(bomb) < 200_000
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Écran", "description": "Un écran", "file": upload(bomb)},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cette image est trop grande : 30 millions de pixels au plus" in html
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("size", [(11_000, 11_000), (7_000, 5_000)])
def test_the_multiple_upload_refuses_too_many_pixels(admin_client, size):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"files[]": upload(png(*size))},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False
    assert "trop grande" in data["error_message"]
    assert not get_image_model().objects.exists()


def test_an_image_within_the_limit_is_accepted(admin_client):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Écran", "description": "Un écran", "file": upload(png(6_000, 4_000))},
    )
    assert response.status_code == 302
    assert get_image_model().objects.get().width == 6_000


@pytest.fixture
def stored_bomb(bomb, monkeypatch):
    """An image stored before the limit existed (or restored from a backup)."""
    with monkeypatch.context() as patch:
        patch.setattr(Image, "MAX_IMAGE_PIXELS", None)
        image = get_image_model()(title="Ancienne", description="Une ancienne image")
        image.file = ImageFile(io.BytesIO(bomb), name="ancienne.png")
        image.save()
    return image


def test_pillow_refuses_it_wherever_it_is_opened(stored_bomb):
    with stored_bomb.open_file() as opened, pytest.raises(Image.DecompressionBombError):
        Image.open(opened)
    # Just above the limit too, not only at twice Pillow's default.
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(png(6_000, 5_001)))
    assert Image.open(io.BytesIO(png(6_000, 5_000))).size == (6_000, 5_000)


def test_a_stored_image_beyond_the_limit_gives_a_placeholder_not_a_server_error(
    stored_bomb, client, make_course
):
    rendition = get_rendition_or_not_found(stored_bomb, "width-400")
    assert rendition.width == 0  # Wagtail's « not found », no 360 MB allocated
    course, (lesson,) = make_course(lessons=1)
    lesson.body = [
        {"type": "image", "value": {"image": stored_bomb.pk, "alt_text": "", "caption": "x"}}
    ]
    lesson.save_revision().publish()
    assert client.get(lesson.url).status_code == 200


def test_a_click_image_exercise_on_it_has_no_picture(stored_bomb):
    from exercises.registry import get_type

    assert get_type("click_image").picture({"image": stored_bomb}) is None
