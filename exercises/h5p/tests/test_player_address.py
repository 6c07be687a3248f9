"""The player's address is signed for one activity in one lesson, as the site shows that
lesson, and it expires: a value taken from a public lesson plays nothing else."""

import time
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.core.cache import cache
from django.test import Client
from wagtail.models import PageViewRestriction

from exercises.h5p.origins import SITE_ORIGIN_SALT

from .builders import build_package, minimal_h5p, minimal_library
from .conftest import PLAYER_HOST, place_activity


@pytest.fixture
def two_lessons(imported, make_course):
    """A public lesson with one activity, a lesson for signed-in people with another."""
    _, (public, restricted) = make_course(lessons=2)
    first = imported()
    other = minimal_library("PasAPas.Autre", 1, 0)
    second = imported(build_package(h5p=minimal_h5p(("PasAPas.Autre", 1, 0)), libraries=[other]))
    place_activity(public, first)
    place_activity(restricted, second)
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    return public, first, restricted, second


def signed_value(client, lesson):
    page = client.get(lesson.url)
    assert page.status_code == 200
    frame = BeautifulSoup(page.content, "html.parser").select_one("iframe[data-h5p-player]")
    return parse_qs(urlsplit(frame["src"]).query)["site"][0]


def play(activity, value):
    return Client(HTTP_HOST=PLAYER_HOST).get(f"/h5p/jouer/{activity.pk}/", {"site": value})


def test_a_public_lesson_address_plays_its_own_activity_only(two_lessons):
    public, first, restricted, second = two_lessons
    value = signed_value(Client(), public)
    assert play(first, value).status_code == 200
    refused = play(second, value)
    assert refused.status_code == 400
    assert "rechargez la page de la leçon" in refused.content.decode()
    # Nor a third activity, in no lesson at all.
    third = type(first).objects.create(
        title="x", main_library=first.main_library, content_key="k" * 32, content_path="x/"
    )
    assert play(third, value).status_code == 400


def test_the_restricted_lesson_address_is_only_given_to_who_may_see_it(two_lessons, learner):
    public, first, restricted, second = two_lessons
    anonymous = Client()
    assert anonymous.get(restricted.url).status_code == 302  # to the sign-in page
    signed_in = Client()
    signed_in.force_login(learner)
    value = signed_value(signed_in, restricted)
    assert play(second, value).status_code == 200


def test_a_changed_lesson_or_activity_breaks_the_signature(two_lessons):
    public, first, restricted, second = two_lessons
    value = signed_value(Client(), public)
    data = signing.TimestampSigner(salt=SITE_ORIGIN_SALT).unsign_object(value)
    assert data["activity"] == first.pk and data["lesson"] == public.pk
    forged = signing.TimestampSigner(salt=SITE_ORIGIN_SALT, key="not-the-key").sign_object(
        {**data, "activity": second.pk, "lesson": restricted.pk}
    )
    assert play(second, forged).status_code == 400
    # The origin-only value of older versions opens nothing either.
    old = signing.Signer(salt="h5p-site-origin").sign("http://testserver")
    assert play(first, old).status_code == 400


def test_an_activity_taken_out_of_its_lesson_no_longer_plays(two_lessons):
    public, first, restricted, second = two_lessons
    value = signed_value(Client(), public)
    public.body = []
    public.save_revision().publish()
    assert play(first, value).status_code == 400


def test_the_address_expires(two_lessons, settings, monkeypatch):
    public, first, restricted, second = two_lessons
    settings.H5P_PLAYER_URL_MAX_AGE = 3600
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now - 3601)
    old = signed_value(Client(), public)
    cache.clear()  # the visitor's page cache would hand back the same page and address
    monkeypatch.setattr(time, "time", lambda: now - 3500)
    recent = signed_value(Client(), public)
    monkeypatch.undo()
    assert play(first, recent).status_code == 200
    assert play(first, old).status_code == 400
