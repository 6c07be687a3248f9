"""The admin's annotation editor: who reaches it, what a bad post leaves (nothing), and the
server's preview."""

import json

import pytest
from django.core.files.base import ContentFile
from wagtail.images import get_image_model

from images.tests.screens import ANNOTATIONS, png_bytes, sign_in_screen

pytestmark = pytest.mark.django_db


@pytest.fixture
def screen(db):
    from courses.factories import root_collection

    image = get_image_model()(
        title="Connexion",
        description="La page de connexion.",
        collection=root_collection(),
        file=ContentFile(png_bytes(sign_in_screen()), name="connexion.png"),
    )
    image.save()
    return image


def urls(image):
    base = f"/admin/images/{image.pk}/annotations/"
    return base, base + "original/", base + "apercu/"


def test_the_image_page_links_to_the_editor_which_shows_the_tools(client, people, screen):
    client.force_login(people["facilitator"])
    edit = client.get(f"/admin/images/{screen.pk}/")
    assert f"/admin/images/{screen.pk}/annotations/".encode() in edit.content
    page = client.get(urls(screen)[0])
    assert page.status_code == 200
    html = page.content.decode()
    for words in [
        "Repère numéroté",
        "Flouter une zone",
        "Masquer une zone",
        "Annuler la dernière action",
    ]:
        assert words in html
    assert client.get(urls(screen)[1]).status_code == 200


def test_a_good_post_is_stored_and_a_bad_one_stores_nothing(client, people, screen):
    client.force_login(people["facilitator"])
    editor = urls(screen)[0]
    response = client.post(editor, {"annotations": json.dumps(ANNOTATIONS)})
    assert response.status_code == 302
    screen.refresh_from_db()
    assert screen.annotations == ANNOTATIONS
    assert "1 : le bouton Se connecter" in screen.default_alt_text
    bad = {**ANNOTATIONS, "shapes": [*ANNOTATIONS["shapes"], {"kind": "marker", "x": 3, "y": 0}]}
    for posted in [json.dumps(bad), "{", "", json.dumps({"version": 9, "shapes": []})]:
        response = client.post(editor, {"annotations": posted})
        assert response.status_code == 400
        assert "Les annotations n'ont pas été enregistrées" in response.content.decode()
        screen.refresh_from_db()
        assert screen.annotations == ANNOTATIONS
    assert (
        "Élément 7 : il doit se trouver entièrement sur l&#x27;image."
        in client.post(editor, {"annotations": json.dumps(bad)}).content.decode()
    )


def test_the_preview_is_drawn_by_the_server_and_stores_nothing(client, people, screen):
    client.force_login(people["facilitator"])
    preview = urls(screen)[2]
    response = client.post(preview, {"annotations": json.dumps(ANNOTATIONS)})
    assert response.status_code == 200 and response["Content-Type"] == "image/png"
    assert response.content.startswith(b"\x89PNG")
    screen.refresh_from_db()
    assert screen.annotations == {}
    refused = client.post(preview, {"annotations": "[]"})
    assert refused.status_code == 400 and "illisibles" in refused.content.decode()
    assert client.get(preview).status_code == 405


@pytest.mark.parametrize("who", [None, "learner_a", "mentor"])
def test_nobody_else_reaches_the_editor_or_the_original(client, people, screen, who):
    from images.services import image_annotations_set

    image_annotations_set(image=screen, raw=ANNOTATIONS)
    if who:
        client.force_login(people[who])
    for url in urls(screen):
        response = client.post(url, {"annotations": json.dumps({"version": 1, "shapes": []})})
        assert response.status_code in {302, 403, 404}, url
        assert client.get(url).status_code in {302, 403, 404, 405}, url
    screen.refresh_from_db()
    assert screen.annotations == ANNOTATIONS


def test_an_unknown_image_is_not_found(client, people):
    client.force_login(people["facilitator"])
    assert client.get("/admin/images/999999/annotations/").status_code == 404


def _edit_form(image, **overrides):
    data = {
        "title": image.title,
        "description": image.description,
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }
    data.update(overrides)
    return data


def test_a_new_file_takes_the_old_annotations_away_and_says_so_beforehand(client, people, screen):
    from django.core.files.uploadedfile import SimpleUploadedFile

    screen.annotations = ANNOTATIONS
    screen.save()
    count = len(ANNOTATIONS["shapes"])
    client.force_login(people["facilitator"])
    edit = f"/admin/images/{screen.pk}/"
    assert f"retire les annotations de l&#x27;image ({count} éléments)" in (
        client.get(edit).content.decode()
    )

    # A change of title keeps them; a file that is no image changes nothing.
    client.post(edit, _edit_form(screen, title="Connexion (2025)"))
    screen.refresh_from_db()
    assert screen.title == "Connexion (2025)" and screen.annotations == ANNOTATIONS
    not_an_image = SimpleUploadedFile("connexion.png", b"not a picture", "image/png")
    refused = client.post(edit, _edit_form(screen, file=not_an_image))
    assert refused.status_code == 200
    screen.refresh_from_db()
    assert screen.annotations == ANNOTATIONS

    # A new picture: the annotations drawn on the old one go, and the form says no more.
    new = SimpleUploadedFile(
        "connexion-2.png", png_bytes(sign_in_screen(width=500, height=300)), "image/png"
    )
    assert client.post(edit, _edit_form(screen, file=new)).status_code == 302
    screen.refresh_from_db()
    assert screen.width == 500
    assert screen.annotations["shapes"] == []
    assert "1 :" not in screen.default_alt_text
    assert not screen.hides_something
    assert "retire les annotations" not in client.get(edit).content.decode()


def test_an_image_without_annotations_has_no_warning(client, people, screen):
    client.force_login(people["facilitator"])
    assert "retire l" not in client.get(f"/admin/images/{screen.pk}/").content.decode()
