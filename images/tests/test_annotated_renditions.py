"""Annotations drawn into the renditions by the server: compared with a reference picture, the
original file untouched, the renditions renewed when the annotations change, and the hidden
areas beyond reach of a learner or a visitor (renditions and the original's address)."""

import hashlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from PIL import Image, ImageChops, ImageFilter
from wagtail.images import get_image_model

from images.services import image_annotations_set
from images.tests.screens import ANNOTATIONS, NAME_BOX, NUMBER_BOX, png_bytes, sign_in_screen

pytestmark = pytest.mark.django_db

REFERENCE = Path(__file__).parent / "reference" / "sign_in_annotated.png"
SPEC = "width-480|format-png"


@pytest.fixture
def screen(db):
    from courses.factories import root_collection

    data = png_bytes(sign_in_screen())
    image = get_image_model()(
        title="Connexion à mon compte",
        description="La page de connexion du site des impôts.",
        collection=root_collection(),
        file=ContentFile(data, name="connexion.png"),
    )
    image.save()
    return image


def stored_bytes(image):
    with image.file.storage.open(image.file.name, "rb") as handle:
        return handle.read()


def rendition_picture(rendition):
    with rendition.file.storage.open(rendition.file.name, "rb") as handle:
        picture = Image.open(handle)
        picture.load()
    return picture.convert("RGB")


def differing_share(first, second, threshold=40):
    difference = ImageChops.difference(first, second).convert("L")
    histogram = difference.histogram()
    return sum(histogram[threshold:]) / (first.width * first.height)


def test_the_rendition_matches_the_reference_and_the_original_is_untouched(screen):
    before = hashlib.sha256(stored_bytes(screen)).hexdigest()
    name = screen.file.name
    image_annotations_set(image=screen, raw=ANNOTATIONS)
    drawn = rendition_picture(screen.get_rendition(SPEC))
    reference = Image.open(REFERENCE).convert("RGB")
    assert drawn.size == reference.size
    # Fonts and Pillow versions may move an edge by a pixel: a small share of pixels may differ.
    assert differing_share(drawn, reference) < 0.01
    # ...while the plain screenshot differs from it a lot (the comparison can fail).
    assert differing_share(sign_in_screen(), reference) > 0.05
    screen.refresh_from_db()
    assert hashlib.sha256(stored_bytes(screen)).hexdigest() == before
    assert screen.file.name == name


def test_new_annotations_give_new_renditions_at_new_addresses(
    screen, django_capture_on_commit_callbacks
):
    plain = screen.get_rendition(SPEC)
    plain_name = plain.file.name
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail deletes files on commit
        image_annotations_set(image=screen, raw=ANNOTATIONS)
    assert not screen.renditions.filter(pk=plain.pk).exists()
    assert not plain.file.storage.exists(plain_name)
    annotated = screen.get_rendition(SPEC)
    assert annotated.url != plain.url and ".a" in annotated.file.name
    moved = {**ANNOTATIONS, "shapes": ANNOTATIONS["shapes"][:-1]}
    image_annotations_set(image=screen, raw=moved)
    assert screen.get_rendition(SPEC).url != annotated.url
    # Taking every annotation away gives back the plain picture under its plain name.
    image_annotations_set(image=screen, raw={"version": 1, "shapes": []})
    screen.refresh_from_db()
    assert screen.annotations == {}
    assert ".a" not in screen.get_rendition(SPEC).file.name


@pytest.mark.parametrize("spec", ["original", "max-200x200|format-jpeg", "width-800"])
def test_no_rendition_shows_the_hidden_name_or_number(screen, spec):
    image_annotations_set(image=screen, raw=ANNOTATIONS)
    picture = rendition_picture(screen.get_rendition(spec))
    scale_x, scale_y = picture.width / 480, picture.height / 300
    for left, top, right, bottom in (NAME_BOX, NUMBER_BOX):
        box = (
            round(left * scale_x) + 3,
            round(top * scale_y) + 3,
            round(right * scale_x) - 3,
            round(bottom * scale_y) - 3,
        )
        area = picture.crop(box).convert("L")
        assert (
            area.filter(ImageFilter.FIND_EDGES)
            .crop((2, 2, area.width - 2, area.height - 2))
            .getextrema()[1]
            < 40
        ), spec  # JPEG's own ripples stay below


def test_the_crop_of_a_rendition_is_cut_from_the_drawn_picture(screen):
    image_annotations_set(image=screen, raw=ANNOTATIONS)
    picture = rendition_picture(screen.get_rendition("fill-480x100-c100"))
    # The crop keeps the middle band, where the number was: only the cover's grey is there.
    top = round((114 - 100) + 3)
    covered = picture.crop((24, top, 276, top + 28)).convert("L")
    assert covered.getextrema() == (90, 90)


def test_an_unreadable_source_is_still_a_missing_picture_not_an_error(screen):
    image_annotations_set(image=screen, raw=ANNOTATIONS)
    screen.file.storage.delete(screen.file.name)
    from wagtail.images.shortcuts import get_rendition_or_not_found

    assert get_rendition_or_not_found(screen, SPEC).width == 0


class TestTheOriginalAddress:
    """The site's /media/ route: an original with a hidden area answers « not found » to
    anyone who may not change the picture, by every spelling of its address."""

    @pytest.fixture
    def covered(self, screen):
        image_annotations_set(image=screen, raw=ANNOTATIONS)
        return screen

    def spellings(self, image):
        name = image.file.name
        return [
            f"/media/{name}",
            f"/media//{name}",
            f"/media/images/../{name}",
            f"/media/./{name}",
        ]

    def test_a_visitor_and_a_learner_never_get_it(self, client, people, covered):
        for url in self.spellings(covered):
            assert client.get(url).status_code == 404, url
        client.force_login(people["learner_a"])
        for url in self.spellings(covered):
            assert client.get(url).status_code == 404, url
        client.force_login(people["mentor"])
        assert client.get(self.spellings(covered)[0]).status_code == 404

    def test_a_facilitator_still_gets_it_and_renditions_stay_public(self, client, people, covered):
        rendition = covered.get_rendition(SPEC)
        assert client.get(rendition.url).status_code == 200
        client.force_login(people["facilitator"])
        response = client.get(self.spellings(covered)[0])
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == png_bytes(sign_in_screen())

    def test_no_image_serve_view_is_mounted(self):
        """Wagtail's dynamic image serve view is not mounted (were it, it would still serve
        renditions, drawn with the annotations, « original » included: see above)."""
        from django.urls import NoReverseMatch, reverse

        with pytest.raises(NoReverseMatch):
            reverse("wagtailimages_serve", args=["signature", 1, "original"])

    def test_an_original_without_hidden_area_is_served_as_before(self, client, screen):
        image_annotations_set(
            image=screen,
            raw={"version": 1, "shapes": [{"kind": "marker", "x": 0.5, "y": 0.5, "label": "ici"}]},
        )
        assert client.get(f"/media/{screen.file.name}").status_code == 200
