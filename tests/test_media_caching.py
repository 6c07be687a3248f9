"""Pictures' renditions are kept by the browser a day; originals and other uploads are not."""

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
