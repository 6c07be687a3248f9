"""Every lesson block renders, and carries what the editor needs (template, icon, description,
preview value); the video block refuses what a learner could not use."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.blocks import StreamValue, StructBlockValidationError

from courses.blocks import LessonStreamBlock, VideoBlock
from courses.factories import DocumentFactory, GlossaryTermFactory, ImageFactory
from courses.models import LessonPage
from exercises.factories import ExerciseFactory

STREAM = LessonStreamBlock()


@pytest.fixture
def media(db):
    return {
        "image": ImageFactory(description="Le bouton Démarrer, en bas à gauche."),
        "document": DocumentFactory(title="Fiche mémo"),
        "term": GlossaryTermFactory(term="Souris", definition="L'objet qui déplace la flèche."),
        "exercise": ExerciseFactory(title="Le menu Démarrer"),
    }


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_block_has_editor_metadata(name):
    block = STREAM.child_blocks[name]
    assert "/blocks/" in block.meta.template
    assert block.meta.icon
    assert str(block.get_description())
    assert hasattr(block.meta, "preview_value")


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_block_preview_renders(name, media):
    block = STREAM.child_blocks[name]
    html = block.render(block.get_preview_value())
    assert BeautifulSoup(html, "html.parser").get_text(strip=True)


@pytest.mark.parametrize("name", list(STREAM.child_blocks))
def test_block_preview_in_the_admin_block_picker(admin_client, media, name):
    block = LessonPage._meta.get_field("body").stream_block.child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    assert "css/pasapas.css" in response.content.decode()


def render(block_type, value):
    stream = StreamValue(STREAM, [(block_type, STREAM.child_blocks[block_type].normalize(value))])
    return BeautifulSoup(stream.render_as_block(), "html.parser")


def test_image_block_uses_its_own_alt_or_the_image_alt(media):
    soup = render("image", {"image": media["image"], "alt_text": "", "caption": "Le bureau"})
    assert soup.img["alt"] == "Le bouton Démarrer, en bas à gauche."
    assert soup.figcaption.get_text() == "Le bureau"
    soup = render("image", {"image": media["image"], "alt_text": "Autre texte", "caption": "x"})
    assert soup.img["alt"] == "Autre texte"


def test_steps_block_numbers_steps_and_shows_screenshot_and_tip(media):
    soup = render(
        "steps",
        {
            "title": "Allumer",
            "steps": [
                {"instruction": "<p>Appuyez</p>", "screenshot": media["image"], "tip": "Doucement"},
                {"instruction": "<p>Attendez</p>", "screenshot": None, "tip": ""},
            ],
        },
    )
    items = soup.select("ol.steps__list > li")
    assert len(items) == 2
    assert items[0].img["alt"] == media["image"].description
    assert "Doucement" in items[0].get_text()
    assert items[1].img is None


@pytest.mark.parametrize(
    ("kind", "label"), [("tip", "Astuce"), ("warning", "Attention"), ("remember", "À retenir")]
)
def test_callout_kinds(kind, label, db):  # db: the glossary words it links
    soup = render("callout", {"kind": kind, "text": "<p>Texte</p>"})
    assert soup.aside["aria-label"] == label
    assert f"callout--{kind}" in soup.aside["class"]


def test_document_block_links_the_file(media):
    soup = render("document", {"document": media["document"], "title": "", "description": ""})
    assert soup.a["href"] == media["document"].url
    assert "Fiche mémo" in soup.a.get_text()


def test_glossary_term_block(media):
    soup = render("glossary_term", {"term": media["term"]})
    assert soup.dfn.get_text() == "Souris"
    assert "déplace la flèche" in soup.dd.get_text()


def test_video_block_with_file_has_a_captions_track(db):
    video = DocumentFactory(title="Vidéo", file__filename="souris.mp4")
    captions = DocumentFactory(title="Sous-titres", file__filename="souris.vtt")
    block = VideoBlock()
    value = block.clean(
        block.normalize(
            {"title": "La souris", "video_file": video, "captions": captions, "transcript": "…"}
        )
    )
    soup = BeautifulSoup(block.render(value), "html.parser")
    assert soup.video.track["kind"] == "captions"
    assert soup.video.track["src"] == captions.url


@pytest.mark.parametrize(
    ("files", "field", "message"),
    [
        ({}, "embed", "soit une adresse"),
        ({"video_file": "souris.mp4"}, "captions", "sous-titres"),
        ({"video_file": "souris.avi", "captions": "souris.vtt"}, "video_file", "MP4 ou WebM"),
        ({"video_file": "souris.mp4", "captions": "souris.srt"}, "captions", "WebVTT"),
    ],
)
def test_video_block_refuses_unusable_videos(db, files, field, message):
    block = VideoBlock()
    value = {"title": "La souris"}
    for name, filename in files.items():
        value[name] = DocumentFactory(file__filename=filename)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.normalize(value))
    assert message in str(error.value.block_errors[field].messages)
