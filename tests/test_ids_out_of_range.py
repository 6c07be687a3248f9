"""A number no id can be, in an address, a form or a chooser, finds nothing instead of a
server error (found by the URL walk, tests/test_url_walk.py)."""

import pytest
from django.test import Client
from pasapas.choosers import valid_pks
from pasapas.http import next_url

from courses.models import CoursePage
from workshops.models import Enrolment

HUGE = 10**20


@pytest.mark.django_db
def test_a_number_past_64_bits_finds_no_page_and_no_row_through_a_key():
    assert list(CoursePage.objects.filter(pk=HUGE)) == []
    assert list(Enrolment.objects.filter(session_id=HUGE)) == []
    assert list(Enrolment.objects.filter(session_id=-HUGE)) == []


@pytest.mark.django_db
def test_a_facilitator_asking_for_a_course_grid_past_64_bits_gets_a_404(people):
    client = Client(raise_request_exception=False)
    client.force_login(people["facilitator"])
    assert client.get(f"/animation/suivi/parcours/{HUGE}/").status_code == 404


def test_chooser_ids_that_cannot_be_keys_are_left_out():
    assert valid_pks(CoursePage, ["3", "abc", "\x00", str(HUGE), "-1", ""]) == [3, -1]


@pytest.mark.parametrize("given", ["99999999999999999999", "accueil", "//evil.example/", ""])
def test_next_must_be_a_path_of_this_site(rf, given):
    request = rf.post("/", {"next": given})
    assert next_url(request, "/mon-parcours/") == "/mon-parcours/"


def test_next_keeps_an_address_of_this_site(rf):
    assert next_url(rf.post("/", {"next": "/questions/3/"}), "/x/") == "/questions/3/"
    here = "http://testserver/questions/3/"
    assert next_url(rf.post("/", {"next": here}), "/x/") == here


@pytest.mark.django_db
def test_a_null_byte_in_an_address_finds_nothing(client, people):
    from taggit.models import Tag

    Tag.objects.create(name="internet", slug="internet")
    assert list(Tag.objects.filter(slug="inter\x00net")) == []
    assert list(Tag.objects.filter(name__iexact="\x00")) == []
    assert client.get("/themes/%00/").status_code == 404
    assert client.get("/themes/internet/").status_code == 200
