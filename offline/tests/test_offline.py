"""The offline worker's script and version, the fallback page, the lesson mark and the
sign-out that empties what the worker kept."""

import json
import re
from urllib.parse import quote

import pytest
from django.test import override_settings

from offline import worker
from offline.headers import LESSON_HEADER


def config_of(script):
    return json.loads(re.match(r"self\.PASAPAS = (\{.*?\});\n", script).group(1))


@pytest.fixture
def manifest(tmp_path):
    """Production's storage (hashed addresses) over a manifest written here."""

    def use(css_hash):
        paths = {
            "css/pasapas.css": f"css/pasapas.{css_hash}.css",
            "js/offline.js": "js/offline.0123456789ab.js",
            "exercises/sort.js": "exercises/sort.0123456789ab.js",
            "exercises/click_image_admin.js": "exercises/click_image_admin.0123456789ab.js",
            "wagtailadmin/js/core.js": "wagtailadmin/js/core.0123456789ab.js",
            "h5p-standalone/main.bundle.js": "h5p-standalone/main.bundle.0123456789ab.js",
        }
        (tmp_path / "staticfiles.json").write_text(
            json.dumps({"paths": paths, "version": "1.1", "hash": css_hash})
        )
        worker._cached_script.cache_clear()
        return override_settings(
            STATIC_ROOT=tmp_path,
            STORAGES={
                "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
                "staticfiles": {
                    "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
                },
            },
        )

    yield use
    worker._cached_script.cache_clear()


def test_the_worker_is_served_from_the_root_as_a_script(client, db):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Cache-Control"] == "no-cache"
    assert "connect-src 'self'" in response["Content-Security-Policy"]
    script = response.content.decode()
    config = config_of(script)
    assert response["ETag"].strip('"') == config["version"]
    assert config["fallback"] == "/hors-ligne/"
    assert config["lessonHeader"] == LESSON_HEADER
    assert {"css/pasapas.css", "js/offline.js", "img/logo.svg"} <= set(config["assets"])
    assert "exercises/sort.js" in config["assets"]
    # Never the admin's files, the H5P player's or the authoring scripts.
    assert not [
        name
        for name in config["assets"]
        if not name.startswith(("css/", "js/", "img/", "exercises/"))
    ]
    assert "exercises/click_image_admin.js" not in config["assets"]
    assert "/admin/" in config["skip"] and "/h5p/" in config["skip"]
    assert 'addEventListener("fetch"' in script


def test_an_unchanged_worker_is_answered_with_304(client, db):
    etag = client.get("/sw.js")["ETag"]
    assert client.get("/sw.js", headers={"if-none-match": etag}).status_code == 304
    assert client.get("/sw.js", headers={"if-none-match": '"other"'}).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_the_worker_and_fallback_refuse_other_methods(client, db, method):
    assert getattr(client, method)("/sw.js").status_code == 405
    assert getattr(client, method)("/hors-ligne/").status_code == 405


def test_head_and_unknown_neighbours(client, db):
    assert client.head("/sw.js").status_code == 200
    assert client.get("/sw.js/").status_code == 404
    assert client.get("/sw.json").status_code == 404


def test_the_version_follows_the_static_manifest(manifest, client, db):
    with manifest("aaaaaaaaaaaa"):
        first, script = worker.script()
        config = config_of(script)
        assert config["assets"]["css/pasapas.css"] == "/static/css/pasapas.aaaaaaaaaaaa.css"
        assert set(config["assets"]) == {"css/pasapas.css", "js/offline.js", "exercises/sort.js"}
        assert client.get("/sw.js")["ETag"].strip('"') == first
        assert worker.script()[0] == first  # once per process
    with manifest("aaaaaaaaaaaa"):
        assert worker.script()[0] == first  # the same deploy, the same worker
    with manifest("bbbbbbbbbbbb"):
        second, script = worker.script()
        assert second != first
        assert "pasapas.bbbbbbbbbbbb.css" in script


def test_without_hashed_addresses_the_contents_tell_a_change(tmp_path, db):
    (tmp_path / "css").mkdir()
    stylesheet = tmp_path / "css" / "pasapas.css"
    stylesheet.write_text("body { color: black; }")
    with override_settings(STATICFILES_DIRS=[tmp_path]):
        first = worker.script()[0]
        assert worker.script()[0] == first
        stylesheet.write_text("body { color: navy; }")
        assert worker.script()[0] != first


def test_the_fallback_page_lists_the_saved_lessons(client, db):
    response = client.get("/hors-ligne/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "n&#x27;est pas enregistrée sur cet appareil" in html or "n'est pas enregistrée" in html
    assert f'data-cache="{worker.LESSONS_CACHE}"' in html
    assert f'data-header="{LESSON_HEADER}"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_the_fallback_page_in_english(client, db):
    client.cookies["pasapas_language"] = "en"
    html = client.get("/hors-ligne/").content.decode()
    assert "This page is not saved on this device" in html
    assert "You are not connected to the Internet" in html


def test_every_page_carries_the_status_and_its_script(client, db, home):
    html = client.get("/").content.decode()
    status = re.search(r"<div class=\"offline-status\"[^>]*>", html).group(0)
    assert 'role="status"' in status
    assert 'data-worker="/sw.js"' in status
    assert "Pas de connexion Internet" in status
    assert re.search(r'<script src="/static/js/offline\.js" defer></script>', html)


def test_a_lesson_is_marked_for_the_worker_and_other_pages_are_not(client, make_course):
    course, lessons = make_course(lessons=1)
    lessons[0].title = "Écrire un « e-mail »"
    lessons[0].save_revision().publish()
    response = client.get(lessons[0].url)
    assert response.status_code == 200
    assert response[LESSON_HEADER] == quote("Écrire un « e-mail »", safe="")
    assert response[LESSON_HEADER].isascii()
    assert LESSON_HEADER not in client.get(course.url)
    assert LESSON_HEADER not in client.get("/")


def test_a_lesson_preview_is_not_marked(make_course):
    _course, lessons = make_course(lessons=1)
    response = lessons[0].make_preview_request()
    assert response.status_code == 200
    assert LESSON_HEADER not in response


def test_signing_out_clears_what_the_worker_kept_but_not_the_reading_choice(client, people):
    client.force_login(people["learner_a"])
    client.cookies["pasapas_language"] = "en"
    response = client.post("/deconnexion/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert '"cookies"' not in response["Clear-Site-Data"]
    assert client.get("/deconnexion/").status_code == 405
