"""Pictures' renditions are kept by the browser a day; originals and other uploads are not.
Pictures go out as they are (never gzipped again), styles and pages gzipped."""

import pytest
from pasapas.compression import packed_already

from courses.factories import ImageFactory


def test_a_rendition_is_kept_a_day_and_an_original_is_not(client, db):
    image = ImageFactory()
    rendition = image.get_rendition("width-200")
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url)
    assert response.status_code == 200
    assert "max-age=86400" in response["Cache-Control"]
    original = client.get(image.file.url)
    assert original.status_code == 200 and "max-age" not in original.get("Cache-Control", "")


def test_a_missing_rendition_is_still_a_404(client, db):
    assert client.get("/media/images/absente.width-200.png").status_code == 404


def test_a_picture_is_not_gzipped_again_but_styles_still_are(client, db):
    image = ImageFactory()
    rendition = image.get_rendition("width-200")
    packed = client.get(rendition.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed.status_code == 200 and packed["Content-Type"].startswith("image/")
    assert "Content-Encoding" not in packed  # a JPEG or PNG is compressed already
    assert b"".join(packed.streaming_content) == rendition.file.open("rb").read()
    css = client.get("/static/css/pasapas.css", HTTP_ACCEPT_ENCODING="gzip")
    assert css.status_code == 200 and css["Content-Encoding"] == "gzip"


@pytest.mark.database_independent
@pytest.mark.parametrize(
    ("content_type", "packed"),
    [
        ("image/jpeg", True),
        ("image/png", True),
        ("image/webp", True),
        ("font/woff2", True),
        ("application/pdf", True),
        ("application/zip", True),
        ("video/mp4", True),
        ("image/svg+xml", False),
        ("text/html; charset=utf-8", False),
        ("application/json", False),
        ("text/css", False),
        ("text/javascript", False),
        ("", False),
    ],
)
def test_only_what_is_compressed_already_is_left_as_it_is(content_type, packed):
    assert packed_already(content_type) is packed
