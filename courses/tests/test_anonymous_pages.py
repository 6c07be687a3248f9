"""The shared page cache of visitors without an account (courses.anonymous_pages), from the
attacker's side: nobody's page, token or cookie ever reaches someone else."""

import gzip
import re

import pytest
from django.conf import settings

from exercises.factories import ExerciseFactory, place

CACHE = "X-Page-Cache"


@pytest.fixture
def lesson(people):
    lesson = people["lessons"][0]
    place(lesson, ExerciseFactory(kind="true_false", title="Vrai ou faux : la souris"))
    return lesson


def test_visitor_pages_carry_no_token_and_set_no_cookie(client, people, lesson):
    for url in ("/", people["course"].url, lesson.url):
        first, second = client.get(url), client.get(url)
        assert (first[CACHE], second[CACHE]) == ("stored", "hit")
        assert first.content == second.content
        for response in (first, second):
            assert not response.cookies  # no Set-Cookie at all
            assert "csrfmiddlewaretoken" not in response.content.decode()
            assert "Se connecter" in response.content.decode()


def test_a_signed_in_page_is_never_stored_nor_served_to_anyone_else(client, people, lesson):
    signed_in = type(client)()
    signed_in.force_login(people["learner_a"])
    mine = signed_in.get(lesson.url)
    assert CACHE not in mine
    assert "Mon parcours" in mine.content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', mine.content.decode())
    assert token
    # The visitor after them gets a visitor's page, built for them.
    visitor = client.get(lesson.url)
    assert visitor[CACHE] == "stored"
    html = visitor.content.decode()
    assert "Mon parcours" not in html and "Marie" not in html and token.group(1) not in html
    # With the visitor's page in the cache, the signed-in person still gets their own.
    again = signed_in.get(lesson.url)
    assert CACHE not in again and "Mon parcours" in again.content.decode()


def test_a_session_cookie_or_a_message_is_never_served_from_the_cache(client, people, lesson):
    client.get(lesson.url)
    assert client.get(lesson.url)[CACHE] == "hit"
    other = type(client)()
    other.cookies["sessionid"] = "not-a-session"
    assert CACHE not in other.get(lesson.url)
    other = type(client)()
    other.cookies["messages"] = "x"
    assert CACHE not in other.get(lesson.url)


def test_language_and_reading_choice_are_kept_apart(client, lesson):
    assert '<html lang="fr"' in client.get(lesson.url).content.decode()
    english = type(client)()
    english.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = english.get(lesson.url)
    assert response[CACHE] == "stored" and '<html lang="en"' in response.content.decode()
    assert '<html lang="fr"' in client.get(lesson.url).content.decode()


def test_a_signed_in_post_without_its_token_is_refused(client, people, lesson):
    client.force_login(people["learner_a"])
    client.handler.enforce_csrf_checks = True
    refused = client.post("/affichage/", {"size": "3", "next": lesson.url})
    assert refused.status_code == 403
    refused = client.post("/langue/", {"language": "en", "next": lesson.url})
    assert refused.status_code == 403
    people["learner_a"].refresh_from_db()
    assert "text-3" not in client.get(lesson.url).content.decode()


def test_a_visitor_posts_a_preference_without_a_token(client, lesson):
    client.handler.enforce_csrf_checks = True
    assert client.post("/affichage/", {"size": "3", "next": lesson.url}).status_code == 302
    assert client.post("/affichage/", {"size": "99", "next": lesson.url}).status_code == 400
    assert client.post("/langue/", {"language": "en", "next": lesson.url}).status_code == 302
    assert '<html lang="en" class="text-3">' in client.get(lesson.url).content.decode()


def test_a_preview_is_never_stored(client, people, lesson):
    from django.core.cache import cache

    client.force_login(people["facilitator"])
    client.get(f"/admin/pages/{lesson.pk}/view_draft/")
    assert not [key for key in cache._cache if "anonymous-page" in str(key)]


def _stored_pages():
    from django.core.cache import cache

    return [
        cache.get(key.split(":", 2)[2]) for key in cache._cache if "anonymous-page:" in str(key)
    ]


def test_the_page_is_kept_gzipped_and_served_as_kept_to_a_browser_that_accepts_it(client, lesson):
    first = client.get(lesson.url)
    assert first[CACHE] == "stored" and "Content-Encoding" not in first
    [(packed, _headers)] = _stored_pages()
    assert gzip.decompress(packed) == first.content
    assert len(packed) * 3 < len(first.content)  # HTML shrinks well: the cache holds more
    hit = client.get(lesson.url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert hit[CACHE] == "hit" and hit["Content-Encoding"] == "gzip"
    assert hit.content == packed  # not compressed again on the way out
    assert int(hit["Content-Length"]) == len(packed)
    assert "Accept-Encoding" in hit["Vary"]
    assert gzip.decompress(hit.content) == first.content


def test_a_browser_without_gzip_gets_the_page_unpacked_from_the_cache(client, lesson):
    packed_first = client.get(lesson.url, HTTP_ACCEPT_ENCODING="gzip")
    assert packed_first[CACHE] == "stored" and packed_first["Content-Encoding"] == "gzip"
    plain = client.get(lesson.url, HTTP_ACCEPT_ENCODING="identity")
    assert plain[CACHE] == "hit" and "Content-Encoding" not in plain
    assert plain.content == gzip.decompress(packed_first.content)
    assert int(plain["Content-Length"]) == len(plain.content)
    assert "Accept-Encoding" in plain["Vary"]
