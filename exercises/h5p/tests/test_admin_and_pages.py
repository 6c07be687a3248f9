"""The admin upload, the lesson page around an activity, its queries, and privacy."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.privacy import erase_user, export_user_data
from exercises.h5p.models import H5PActivity, H5PLibrary
from progress.models import ExerciseResult, H5PState, XAPIStatement

from .builders import build_package
from .conftest import fixture_package, place_activity, upload
from .test_endpoints import send, statement

ADD_URL = "/admin/snippets/h5p/h5pactivity/add/"


def admin_client(user):
    client = Client()
    client.force_login(user)
    return client


def test_admin_uploads_a_real_package(people):
    client = admin_client(people["admin"])
    data = fixture_package("drag-text.h5p").read_bytes()
    response = client.post(ADD_URL, {"title": "", "package": upload(data, "mots.h5p")})
    assert response.status_code == 302, response.content.decode()[-2000:]
    activity = H5PActivity.objects.get()
    assert activity.title == "Drag the Words"
    assert activity.main_library.machine_name == "H5P.DragText"
    assert activity.uploaded_by == people["admin"]


def test_admin_form_lists_every_problem_and_stores_nothing(people):
    client = admin_client(people["admin"])
    bad = build_package(drop=["content/content.json"], extra={"content/x.svg": b"<svg/>"})
    response = client.post(ADD_URL, {"title": "Essai", "package": upload(bad)})
    assert response.status_code == 200
    page = response.content.decode()
    assert "content.json" in page
    assert "x.svg" in page
    assert not H5PActivity.objects.exists()
    assert not H5PLibrary.objects.exists()


@pytest.mark.parametrize(
    "name,data",
    [("activite.zip", build_package()), ("activite.h5p", b"PK\x03\x04 not really a zip")],
)
def test_admin_form_refuses_what_is_not_a_package(people, name, data):
    response = admin_client(people["admin"]).post(ADD_URL, {"package": upload(data, name)})
    assert response.status_code == 200
    assert "error-message" in response.content.decode() or "errorlist" in response.content.decode()
    assert not H5PActivity.objects.exists()


def test_admin_form_needs_a_file_to_create(people):
    response = admin_client(people["admin"]).post(ADD_URL, {"title": "Sans fichier"})
    assert response.status_code == 200
    assert not H5PActivity.objects.exists()


def test_editing_the_title_keeps_the_content(people, imported):
    activity = imported()
    key = activity.content_key
    client = admin_client(people["admin"])
    url = f"/admin/snippets/h5p/h5pactivity/edit/{activity.pk}/"
    # Saved as a draft: the live activity does not change until it is published.
    response = client.post(url, {"title": "Nouveau titre"})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.title, activity.content_key) == ("Exercice de test", key)
    assert activity.has_unpublished_changes
    response = client.post(url, {"title": "Nouveau titre", "action-publish": "action-publish"})
    assert response.status_code == 302
    activity.refresh_from_db()
    assert (activity.title, activity.content_key) == ("Nouveau titre", key)


def test_a_bad_replacement_in_the_admin_keeps_the_activity(people, imported):
    activity = imported()
    key = activity.content_key
    client = admin_client(people["admin"])
    url = f"/admin/snippets/h5p/h5pactivity/edit/{activity.pk}/"
    bad = build_package(extra={"content/run.exe": b"MZ"})
    response = client.post(url, {"title": activity.title, "package": upload(bad)})
    assert response.status_code == 200
    assert "run.exe" in response.content.decode()
    activity.refresh_from_db()
    assert activity.content_key == key


def test_facilitator_uploads_with_installed_libraries(people, imported):
    imported()
    client = admin_client(people["facilitator"])
    again = build_package(content={"question": "Une autre"})
    response = client.post(ADD_URL, {"title": "Autre", "package": upload(again)})
    assert response.status_code == 302
    assert H5PActivity.objects.filter(title="Autre", uploaded_by=people["facilitator"]).exists()


def test_facilitator_does_not_see_the_libraries(people, imported):
    imported()
    client = admin_client(people["facilitator"])
    assert client.get("/admin/snippets/h5p/h5plibrary/").status_code in (302, 403)
    assert admin_client(people["admin"]).get("/admin/snippets/h5p/h5plibrary/").status_code == 200


def test_learners_and_mentors_cannot_upload(people):
    for who in ("learner_a", "mentor"):
        response = admin_client(people[who]).post(ADD_URL, {"package": upload(build_package())})
        assert response.status_code in (302, 403)
    assert not H5PActivity.objects.exists()


# --- The lesson page ---------------------------------------------------------------------


def lesson_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_lesson_queries_do_not_grow_with_activities(imported, make_course, learner):
    _, (one, three) = make_course(lessons=2)
    activities = [imported(build_package(content={"n": n})) for n in range(3)]
    place_activity(one, activities[0])
    for activity in activities:
        place_activity(three, activity)
    client = Client()
    client.force_login(learner)
    for activity in activities:
        send(client, activity, three, statement(activity))
        H5PState.objects.create(user=learner, activity=activity, lesson=three, state="{}")
    assert lesson_queries(client, one.url) == lesson_queries(client, three.url)
    assert lesson_queries(Client(), one.url) == lesson_queries(Client(), three.url)


def test_lesson_shows_the_result_and_my_path_lists_it(imported, lesson, learner):
    activity = imported()
    place_activity(lesson, activity)
    client = Client()
    client.force_login(learner)
    send(client, activity, lesson, statement(activity, raw=2, maximum=2))
    page = client.get(lesson.url).content.decode()
    assert "✓ Fait" in page
    my_path = client.get("/mon-parcours/").content.decode()
    assert activity.title in my_path
    assert f"#activite-h5p-{activity.pk}" in my_path


def test_visitor_can_play_but_nothing_is_posted(imported, lesson):
    activity = imported()
    place_activity(lesson, activity)
    page = Client().get(lesson.url).content.decode()
    assert 'data-signed-in="false"' in page
    assert "connectez-vous pour que votre résultat soit gardé" in page


# --- Privacy -------------------------------------------------------------------------------


def test_export_and_erase_cover_h5p_data(people, imported):
    learner = people["learner_a"]
    lesson = people["lessons"][0]
    activity = imported()
    place_activity(lesson, activity)
    client = Client()
    client.force_login(learner)
    data = statement(activity)
    data["result"]["response"] = "ma réponse personnelle"
    send(client, activity, lesson, data)
    H5PState.objects.create(user=learner, activity=activity, lesson=lesson, state='{"a": 1}')
    exported = json.loads(json.dumps(export_user_data(learner)))
    assert exported["progress.XAPIStatement"][0]["verb"] == "answered"
    assert exported["progress.H5PState"][0]["state"] == '{"a": 1}'
    assert exported["progress.ExerciseResult"][0]["h5p_activity_id"] == activity.pk
    erase_user(learner)
    assert not H5PState.objects.exists()
    kept = XAPIStatement.objects.get()
    assert kept.user is None and "result" not in kept.statement
    assert "ma réponse personnelle" not in json.dumps(kept.statement)
    assert ExerciseResult.objects.get(activity=activity).user is None


def test_deleting_an_activity_removes_its_files(
    people, imported, django_capture_on_commit_callbacks
):
    from exercises.h5p.storage import package_storage

    default_storage = package_storage()
    activity = imported()
    content = f"{activity.content_path}h5p.json"
    assert default_storage.exists(content)
    client = admin_client(people["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/snippets/h5p/h5pactivity/delete/{activity.pk}/")
    assert response.status_code == 302
    assert not H5PActivity.objects.exists()
    assert not default_storage.exists(content)
    assert not default_storage.exists(activity.package.name)
    assert H5PLibrary.objects.exists()  # shared: kept


def test_nobody_adds_a_library_by_hand(people, imported):
    """Libraries come from packages: even a superuser's « add » or « copy » posted by hand
    (without version numbers) is refused, and nothing is stored."""
    imported()
    client = admin_client(people["admin"])
    before = H5PLibrary.objects.count()
    library = H5PLibrary.objects.first()
    listing = client.get("/admin/snippets/h5p/h5plibrary/")
    assert listing.status_code == 200
    assert "/admin/snippets/h5p/h5plibrary/add/" not in listing.content.decode()
    for url in (
        "/admin/snippets/h5p/h5plibrary/add/",
        f"/admin/snippets/h5p/h5plibrary/copy/{library.pk}/",
    ):
        assert client.get(url).status_code in (302, 403)
        for data in ({}, {"title": "Fausse", "machine_name": "H5P.Fake", "major": "x"}):
            assert client.post(url, data).status_code in (302, 403)
    assert H5PLibrary.objects.count() == before
    # Editing what a package installed still works.
    assert client.get(f"/admin/snippets/h5p/h5plibrary/edit/{library.pk}/").status_code == 200
