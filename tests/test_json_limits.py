"""The one JSON guard (pasapas.json_limits): size and depth known before anything is parsed."""

import json

import pytest
from pasapas.json_limits import MAX_DEPTH, JSONRefused, depth_exceeds, loads_bounded


def test_twenty_thousand_brackets_are_refused_before_parsing():
    raw = "[" * 20_000 + "]" * 20_000
    with pytest.raises(RecursionError):
        json.loads(raw)  # what happened before: a server error
    with pytest.raises(JSONRefused, match="trop imbriqué"):
        loads_bounded(raw, max_bytes=64 * 1024)
    with pytest.raises(JSONRefused, match="trop imbriqué"):
        loads_bounded(raw.encode(), max_bytes=64 * 1024)


def test_the_refusal_is_the_bad_json_every_caller_already_catches():
    with pytest.raises(json.JSONDecodeError):
        loads_bounded("{" * 200, max_bytes=1000)
    with pytest.raises(ValueError):
        loads_bounded("x" * 2000, max_bytes=1000)


def test_depth_is_counted_outside_strings_only():
    inside = json.dumps({"text": "[" * 5_000 + '\\"{' * 100})
    assert loads_bounded(inside, max_bytes=100_000)["text"].startswith("[[[")
    deep_enough = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert loads_bounded(deep_enough, max_bytes=100_000)
    assert depth_exceeds(deep_enough, MAX_DEPTH - 1)
    # An escaped quote must not end a string early and hide the brackets after it.
    tricky = '["\\\\", ' + "[" * 500 + "]" * 500 + "]"
    with pytest.raises(JSONRefused):
        loads_bounded(tricky, max_bytes=100_000)
    # Nor an unfinished string: the brackets after it still count.
    with pytest.raises(JSONRefused):
        loads_bounded('"' + "[" * 500, max_bytes=100_000)


def test_bytes_not_in_utf8_are_unreadable_not_parsed_in_another_encoding():
    utf16 = ("[" * 500 + "]" * 500).encode("utf-16")
    with pytest.raises(UnicodeDecodeError):
        loads_bounded(utf16, max_bytes=100_000)


def test_too_large_is_refused_by_size():
    with pytest.raises(JSONRefused, match="trop gros"):
        loads_bounded("[" + "1," * 600 + "1]", max_bytes=1000)


def test_a_backup_manifest_nested_deeply_is_a_bad_manifest():
    from backups.archive import parse_manifest

    with pytest.raises(Exception) as caught:
        parse_manifest(("[" * 20_000 + "]" * 20_000).encode())
    assert not isinstance(caught.value, RecursionError)


@pytest.mark.django_db
def test_zones_typed_by_hand_nested_deeply_are_refused_not_a_server_error():
    from django.core.exceptions import ValidationError

    from exercises.registry import get_type

    block = get_type("click_image").block().child_blocks["zones"]
    with pytest.raises(ValidationError, match="illisible"):
        block.clean(block.value_from_form("[" * 20_000 + "]" * 20_000))


def test_the_depth_refusal_is_french_or_english_never_both():
    from django.utils import translation

    raw = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    with pytest.raises(JSONRefused) as refused:
        loads_bounded(raw, max_bytes=64 * 1024)
    assert str(refused.value) == "L'envoi est illisible : il est trop imbriqué."
    with translation.override("en"):  # the message is lazy: said in the language of the page
        assert str(refused.value) == "What was sent cannot be read: it is nested too deeply."


DEEP = "[" * 20_000 + "]" * 20_000


@pytest.mark.django_db
@pytest.mark.parametrize(
    "content_type",
    ["application/json", "application/json; charset=utf-8", "TEXT/JSON", "application/x+json"],
)
def test_deep_json_to_wagtail_admin_api_is_a_plain_refusal(client, content_type):
    """Wagtail's admin API parses JSON itself: the site's guard stands before it."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    admin = get_user_model().objects.create_superuser("chef", password="chef-pass-123")
    client.force_login(admin)
    page = Page.objects.filter(depth=2).first()
    pages = Page.objects.count()
    url = f"/admin/api/main/pages/{page.pk}/action/copy/"
    for body in (DEEP, DEEP.encode("utf-16"), '{"a": ' + "{" * 200 + "1" + "}" * 200 + "}"):
        response = client.post(url, body, content_type=content_type)
        assert response.status_code == 400
        assert "trop imbriqué" in response.json()["message"]
    assert Page.objects.count() == pages  # nothing copied
    # An ordinary body, brackets inside its strings included, reaches the API as before.
    ordinary = json.dumps({"destination_page_id": page.pk, "slug": "[" * 500})
    response = client.post(url, ordinary, content_type=content_type)
    assert "trop imbriqué" not in response.content.decode()


@pytest.mark.django_db
def test_deep_json_anywhere_is_refused_before_the_view(client):
    """Any address, signed in or not: the guard does not depend on the view."""
    response = client.post("/", DEEP, content_type="application/json")
    assert response.status_code == 400
    assert "trop imbriqué" in response.json()["error"]
    # A form post with brackets is not JSON: left to its view.
    response = client.post("/", {"q": DEEP})
    assert b"trop imbriqu" not in response.content
