"""Wagtail's admin views given forms without their hidden fields, or ids that are not numbers,
answer a plain 400 (pasapas.admin_refusals), never a server error; nothing stored changes."""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page


@pytest.fixture
def chef(db):
    admin = get_user_model().objects.create_superuser("chef", password="chef-pass-123")
    client = Client(raise_request_exception=False)
    client.force_login(admin)
    return client


def _refused(response, words):
    assert response.status_code == 400, response.status_code
    assert words in response.content.decode()


@pytest.mark.django_db
def test_forms_posted_without_their_hidden_fields_are_refused(chef, caplog):
    home = Page.objects.filter(depth=2).first().specific
    title, pages = home.title, Page.objects.count()
    posts = [
        f"/admin/pages/{home.pk}/copy/",  # no new_parent_page
        "/admin/choose-external-link/",  # no url
        "/admin/redirects/import/process/",  # no import_file_name
        "/admin/snippets/choose/accounts/centre/create/",  # a chooser's creation form
    ]
    with caplog.at_level(logging.WARNING, logger="pasapas.admin_refusals"):
        for url in posts:
            _refused(chef.post(url, {}), "formulaire est incomplet")
        # A script's post gets the same refusal as JSON.
        response = chef.post(posts[0], {}, HTTP_ACCEPT="application/json")
        assert response.status_code == 400
        assert "incomplet" in response.json()["error"]
    ours = [record for record in caplog.records if record.name == "pasapas.admin_refusals"]
    assert len(ours) == len(posts) + 1  # each refusal logged, with its traceback
    assert all(record.exc_info for record in ours)
    home.refresh_from_db()
    assert home.title == title
    assert Page.objects.count() == pages  # no copy made


@pytest.mark.django_db
def test_choosers_given_an_id_that_is_not_a_number(chef):
    for kind in ("images", "documents"):
        for bad in ("%00", "xxx", "%C3%A9t%C3%A9"):
            _refused(chef.get(f"/admin/{kind}/chooser/chosen/{bad}/"), "adresse est incorrecte")
    _refused(chef.get("/admin/snippets/choose/accounts/centre/chosen/abc/"), "incorrecte")


@pytest.mark.django_db
def test_only_the_admin_and_only_those_errors(chef):
    # Good requests are untouched; an unknown id stays a 404.
    assert chef.get("/admin/").status_code == 200
    assert chef.get("/admin/images/chooser/chosen/999999/").status_code == 404
    # Outside the admin, the site's own views are not covered by this seam.
    from django.test import RequestFactory
    from pasapas.admin_refusals import AdminBadPostMiddleware

    middleware = AdminBadPostMiddleware(lambda request: None)
    post = RequestFactory().post("/cours/", {})
    assert middleware.process_exception(post, ValueError("x")) is None
    admin_get = RequestFactory().get("/admin/pages/")
    assert middleware.process_exception(admin_get, AttributeError("x")) is None
    assert middleware.process_exception(RequestFactory().post("/admin/"), TypeError()) is None
    assert (
        middleware.process_exception(RequestFactory().post("/admin/"), KeyError()).status_code
        == 400
    )
