"""H5P activities have drafts, revisions, history, preview and locking like pages: a new
activity saved as a draft is not played by anyone, an edit goes live on publish, a revert
brings back the title and pass mark but never content files that were discarded, and the
delete confirmation says whose results are there."""

import io

import pytest
from django.test import Client

from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_import
from progress.models import XAPIStatement

from .builders import build_package
from .conftest import place_activity, upload
from .test_endpoints import send, statement

BASE = "/admin/snippets/h5p/h5pactivity"


@pytest.fixture
def admin(db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", password="admin-pass-123")
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


def test_a_new_activity_saved_as_draft_is_played_by_nobody(admin, lesson, signed_in):
    client, _ = admin
    response = client.post(
        f"{BASE}/add/", {"title": "Brouillon", "package": upload(build_package())}
    )
    assert response.status_code == 302
    activity = H5PActivity.objects.get()
    assert not activity.live
    place_activity(lesson, activity)
    assert "Brouillon" not in signed_in.get(lesson.url).content.decode()
    assert send(signed_in, activity, lesson, statement(activity)).status_code == 404
    assert not XAPIStatement.objects.exists()
    assert client.get(f"{BASE}/edit/{activity.pk}/").status_code == 200

    # Published: learners get it.
    response = client.post(
        f"{BASE}/edit/{activity.pk}/",
        {"title": "Brouillon", "pass_mark": 100, "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    assert H5PActivity.objects.get().live
    assert "Brouillon" in signed_in.get(lesson.url).content.decode()
    assert send(signed_in, activity, lesson, statement(activity)).status_code == 200


def test_a_revert_brings_back_the_title_but_keeps_the_current_files(admin, imported):
    client, user = admin
    activity = imported(title="Premier titre")
    first = activity.save_revision(user=user)
    first.publish(user=user)
    # A new package (files swapped at once), then a bad title, published.
    h5p_package_import(source=io.BytesIO(build_package()), activity=activity)
    activity = H5PActivity.objects.get(pk=activity.pk)
    key = activity.content_key
    activity.title = "Titre raté"
    activity.save_revision(user=user).publish(user=user)
    first.publish(user=user)
    activity = H5PActivity.objects.get(pk=activity.pk)
    assert (activity.title, activity.content_key) == ("Premier titre", key)
    assert client.get(f"{BASE}/history/{activity.pk}/").status_code == 200
    assert client.post(f"{BASE}/lock/{activity.pk}/").status_code == 302
    assert H5PActivity.objects.get(pk=activity.pk).locked


def test_the_delete_confirmation_says_whose_results_are_here(admin, imported, lesson, signed_in):
    client, _ = admin
    activity = imported()
    place_activity(lesson, activity)
    assert send(signed_in, activity, lesson, statement(activity)).status_code == 200
    page = client.get(f"{BASE}/delete/{activity.pk}/").content.decode()
    assert "1 personne a des résultats ici" in page
    assert f"{BASE}/unpublish/{activity.pk}/" in page
    assert client.post(f"{BASE}/unpublish/{activity.pk}/").status_code == 302
    assert not H5PActivity.objects.get(pk=activity.pk).live
