"""A lesson's blocks that are alike for everyone come from the cache; a publication shows at
once, a preview shows the draft, and exercises stay each learner's own."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import ImageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]


def publish(lesson, body):
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def picture_block(image, caption):
    return {"type": "image", "value": {"image": image.pk, "alt_text": "", "caption": caption}}


def test_the_second_visit_reads_no_picture_and_sees_a_publication_at_once(client, make_course):
    _, lessons = make_course(lessons=1)
    image = ImageFactory()
    lesson = publish(lessons[0], [picture_block(image, "Le bureau de Windows")])

    with CaptureQueriesContext(connection) as first:
        assert "Le bureau de Windows" in client.get(lesson.url).content.decode()
    with CaptureQueriesContext(connection) as second:
        assert "Le bureau de Windows" in client.get(lesson.url).content.decode()
    image_table = image._meta.db_table
    assert any(image_table in q["sql"] for q in first.captured_queries)
    assert not any(image_table in q["sql"] for q in second.captured_queries)
    assert len(second) < len(first)

    publish(lesson, [picture_block(image, "La barre des tâches")])
    html = client.get(lesson.url).content.decode()
    assert "La barre des tâches" in html and "Le bureau de Windows" not in html


def test_a_preview_shows_the_draft_not_the_cached_page(admin_client, client, make_course):
    _, lessons = make_course(lessons=1)
    lesson = publish(lessons[0], [{"type": "text", "value": "<p>Version publiée</p>"}])
    assert "Version publiée" in client.get(lesson.url).content.decode()  # now in the cache

    draft = lesson.specific
    draft.body = [{"type": "text", "value": "<p>Brouillon en cours</p>"}]
    preview = draft.make_preview_request(original_request=None)
    assert "Brouillon en cours" in preview.content.decode()
    assert "Version publiée" in client.get(lesson.url).content.decode()


def test_the_cache_follows_the_language(client, make_course):
    _, lessons = make_course(lessons=1)
    lesson = publish(
        lessons[0],
        [{"type": "callout", "value": {"kind": "remember", "text": "<p>Prenez votre temps.</p>"}}],
    )
    french = client.get(lesson.url, headers={"Accept-Language": "fr"}).content.decode()
    client.post("/langue/", {"language": "en", "next": lesson.url})
    english = client.get(lesson.url).content.decode()
    assert "À retenir" in french
    assert "À retenir" not in english and "Remember" in english
