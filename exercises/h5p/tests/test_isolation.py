"""Package files live apart from the media the site serves, and only the player's host name
answers for them: with the test (development) settings, with the production settings served
by gunicorn, in the compose set-ups, and with S3-compatible storage. Every file of an imported
package is asked for on the site's origin, under every address it could have: each is a 404."""

import io
import json
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.files.storage import default_storage
from django.test import Client, override_settings

from exercises.h5p.bundles import PREFIX as BUNDLES
from exercises.h5p.bundles import bundle_name, load_order
from exercises.h5p.services import h5p_package_import
from exercises.h5p.storage import move_out_of_media, package_storage
from tests.services import ROOT, free_port, manage, served_env, web_server

from .builders import build_package, minimal_h5p, minimal_library
from .conftest import PLAYER_HOST, fixture_package, place_activity

# An SVG that loads a script of its own library: opened as a page on the site's origin, that
# script would run with the learner's session.
EVIL_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script href="x.js"/></svg>'
)
EVIL_JS = b"fetch('/mon-compte/').then(r => r.text()).then(t => top.stolen = t);"


def walk(storage, prefix):
    try:
        folders, files = storage.listdir(prefix)
    except FileNotFoundError:
        return
    for name in files:
        yield f"{prefix}{name}"
    for folder in folders:
        yield from walk(storage, f"{prefix}{folder}/")


def stored_names(activity):
    """Every stored file of an activity: its content, its package, its libraries, and the
    aggregated script and stylesheet of those libraries."""
    storage = package_storage()
    names = list(walk(storage, activity.content_path))
    for library in activity.libraries.all():
        names += walk(storage, library.storage_path)
    names.append(activity.package.name)
    bundle = bundle_name(load_order(activity))
    names += [f"{BUNDLES}{bundle}.js", f"{BUNDLES}{bundle}.css"]
    return names


def player_path(activity, name):
    """The player's address of a stored file (None for the .h5p, which it never serves)."""
    if name.startswith(activity.content_path):
        return f"/h5p/contenu/{activity.content_key}/{name.removeprefix(activity.content_path)}"
    if name.startswith(BUNDLES):
        return f"/h5p/ensembles/{name.removeprefix(BUNDLES)}"
    for library in activity.libraries.all():
        if name.startswith(library.storage_path):
            return f"/h5p/bibliotheques/{library.folder}/{name.removeprefix(library.storage_path)}"
    return None


def site_paths(activity, name):
    """Where the site's origin could answer for a stored file: its media route (the name as
    an older version stored it), and the player's own addresses."""
    paths = [f"{settings.MEDIA_URL}{name}", f"{settings.MEDIA_URL}h5p/{name}"]
    if (path := player_path(activity, name)) is not None:
        paths.append(path)
    return paths


def evil_package():
    library = minimal_library(
        "PasAPas.Evil", 1, 0, files={"images/evil.svg": EVIL_SVG, "images/x.js": EVIL_JS}
    )
    return build_package(h5p=minimal_h5p(("PasAPas.Evil", 1, 0)), libraries=[library])


@pytest.fixture
def real_activity(db):
    report = h5p_package_import(source=fixture_package("true-false.h5p"))
    return report.activity


def test_nothing_of_a_package_is_in_the_media_folder(real_activity):
    names = stored_names(real_activity)
    assert len(names) > 90
    assert all(package_storage().exists(name) for name in names)
    media_root = Path(settings.MEDIA_ROOT)
    assert not list(media_root.rglob("*")) if media_root.exists() else True
    assert not default_storage.exists(real_activity.package.name)
    assert Path(settings.H5P_ROOT).resolve() != media_root.resolve()


def test_the_site_origin_answers_404_for_every_file_of_a_package(real_activity):
    # The test settings serve the media folder like development does (SERVE_MEDIA).
    assert settings.SERVE_MEDIA
    site, player = Client(), Client(HTTP_HOST=PLAYER_HOST)
    served, names = 0, stored_names(real_activity)
    for name in names:
        for path in site_paths(real_activity, name):
            assert site.get(path).status_code == 404, path
        if (path := player_path(real_activity, name)) is not None:
            served += player.get(path).status_code == 200
    # The player does serve them all (so the test could fail), but the .h5p file.
    assert served == len(names) - 1


def test_a_crafted_svg_with_a_script_never_runs_on_the_site(db):
    activity = h5p_package_import(source=io.BytesIO(evil_package())).activity
    library = activity.main_library
    svg = f"{library.storage_path}images/evil.svg"
    assert package_storage().exists(svg)
    script = f"{library.storage_path}images/x.js"
    for path in site_paths(activity, svg) + site_paths(activity, script):
        assert Client().get(path).status_code == 404, path
    # On the player's host it is an image under a policy that runs nothing: no script
    # source at all, and a sandbox (an opaque origin even there).
    response = Client(HTTP_HOST=PLAYER_HOST).get(player_path(activity, svg))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "sandbox" in policy.split("; ")
    assert "default-src 'none'" in policy and "script-src" not in policy
    assert response["X-Content-Type-Options"] == "nosniff"


def test_files_an_older_version_put_in_the_media_folder_move_out(db, settings):
    activity = h5p_package_import(source=io.BytesIO(build_package())).activity
    names = stored_names(activity)
    # As an older version left them: in the media folder, which the site serves.
    for name in names:
        with package_storage().open(name) as handle:
            default_storage.save(name, handle)
        package_storage().delete(name)
    assert move_out_of_media() == len(names)
    assert all(package_storage().exists(name) for name in names)
    assert not any(default_storage.exists(name) for name in names)
    assert not default_storage.exists("h5p")
    assert move_out_of_media() == 0  # again: nothing to do


def test_a_package_folder_inside_the_media_folder_is_a_startup_error(settings):
    from exercises.h5p.checks import package_files_apart_check

    assert package_files_apart_check(None) == []
    settings.H5P_ROOT = Path(settings.MEDIA_ROOT) / "h5p"
    [error] = package_files_apart_check(None)
    assert error.id == "pasapas.E002" and "media" in error.msg


# --- Production settings, served by gunicorn ------------------------------------------------


def fetch(url, host=None):
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (local)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


LIST_FILES = """
import json
from exercises.h5p.tests.test_isolation import player_path, site_paths, stored_names
activity = H5PActivity.objects.get()
names = stored_names(activity)
print(json.dumps({
    "site": [path for name in names for path in site_paths(activity, name)],
    "player": [p for name in names if (p := player_path(activity, name))],
}))
"""


def test_production_settings_serve_no_package_file_on_the_site(tmp_path):
    port = free_port()
    env = served_env(
        f"sqlite:///{tmp_path}/site.sqlite3",
        TASKS_IN_DATABASE="false",
        ALLOWED_HOSTS="127.0.0.1",
        H5P_PLAYER_ORIGIN=f"http://localhost:{port}",
        SERVE_MEDIA="true",  # one machine: the site serves its media folder
    )
    with web_server(env, tmp_path / "web.log", port=port) as (base, _web):
        manage("h5p_import", str(fixture_package("true-false.h5p")), env=env)
        listed = manage("shell", "-c", LIST_FILES, env=env).stdout.strip().splitlines()[-1]
        paths = json.loads(listed)
        assert len(paths["site"]) > 250
        for path in paths["site"]:
            assert fetch(f"{base}{path}") == 404, path
        player = f"http://localhost:{port}"
        refused = [p for p in paths["player"] if fetch(f"{player}{p}") != 200]
        assert refused == [], refused[:5]
        assert Path(env["H5P_ROOT"]).is_dir()
        assert not (Path(env["MEDIA_ROOT"]) / "h5p").exists()


def test_production_refuses_a_package_folder_inside_the_media_folder(tmp_path):
    env = served_env(
        f"sqlite:///{tmp_path}/site.sqlite3",
        H5P_PLAYER_ORIGIN="https://h5p.example.net",
        MEDIA_ROOT=str(tmp_path / "media"),
        H5P_ROOT=str(tmp_path / "media" / "h5p"),
    )
    result = manage("check", env=env, check=False)
    assert result.returncode != 0
    assert "pasapas.E002" in result.stderr


# --- The compose set-ups ----------------------------------------------------------------------


def test_compose_keeps_package_files_out_of_the_media_volume():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "MEDIA_ROOT=/app/media" in dockerfile and "H5P_ROOT=/app/h5p_files" in dockerfile
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    for name in ("web", "worker"):
        mounts = dict(volume.split(":")[::-1] for volume in compose["services"][name]["volumes"])
        assert mounts["/app/media"] == "media" and mounts["/app/h5p_files"] == "h5p-files"
        assert not any(target.startswith("/app/media/") for target in mounts)
    # The balancer proxies everything to Django (which answers 404 on the site's host name):
    # it serves no folder of its own.
    for conf in (ROOT / "docker" / "nginx").glob("*.conf"):
        text = conf.read_text()
        assert not re.search(r"^\s*(alias|root)\s", text, re.M), conf
    # Past one machine no container has a media or package folder: both are in the bucket.
    scale = (ROOT / "docker-compose.scale.yml").read_text()
    assert "H5P_S3_PREFIX: ${H5P_S3_PREFIX:-h5p-lecteur}" in scale


def test_compose_environments_pass_the_checks(tmp_path):
    """The settings the compose files build (one machine; S3 with a prefix; S3 with a CDN in
    front of the media) keep package files apart, or refuse to start."""
    base = {"H5P_PLAYER_ORIGIN": "https://h5p.example.net"}
    one = served_env(f"sqlite:///{tmp_path}/a.sqlite3", **base, H5P_ROOT="/app/h5p_files")
    one["MEDIA_ROOT"] = "/app/media"
    assert manage("check", env=one, check=False).returncode == 0
    s3 = {**base, "S3_BUCKET": "pasapas-media", "S3_ENDPOINT_URL": "https://s3.example.net"}
    bucket = served_env(f"sqlite:///{tmp_path}/b.sqlite3", **s3)
    assert manage("check", env=bucket, check=False).returncode == 0
    cdn = served_env(f"sqlite:///{tmp_path}/c.sqlite3", **s3, S3_CUSTOM_DOMAIN="cdn.example.net")
    result = manage("check", env=cdn, check=False)
    assert result.returncode != 0 and "pasapas.E002" in result.stderr
    apart = {**cdn, "H5P_S3_BUCKET": "pasapas-h5p"}
    assert manage("check", env=apart, check=False).returncode == 0


# --- S3-compatible storage (moto's server) --------------------------------------------------


@pytest.fixture
def bucket_storages(s3_server):
    import boto3

    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",  # noqa: S106
    )
    client.create_bucket(Bucket="isolation")
    options = {
        "bucket_name": "isolation",
        "endpoint_url": s3_server,
        "region_name": "us-east-1",
        "access_key": "test",
        "secret_key": "test",
        "addressing_style": "path",
        "signature_version": "s3v4",
        "default_acl": None,
        "querystring_auth": True,
        "file_overwrite": False,
    }
    storages = {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options},
        "h5p": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {**options, "location": "h5p-lecteur", "custom_domain": None},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    with override_settings(STORAGES=storages, SERVE_MEDIA=False):
        yield client


@pytest.fixture(scope="module")
def s3_server():
    pytest.importorskip("moto")
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def test_with_s3_package_files_are_under_their_own_prefix_and_never_linked(
    bucket_storages, lesson, learner
):
    activity = h5p_package_import(source=fixture_package("true-false.h5p")).activity
    pages = bucket_storages.get_paginator("list_objects_v2").paginate(Bucket="isolation")
    keys = [item["Key"] for page in pages for item in page.get("Contents", [])]
    assert len(keys) > 90
    assert all(key.startswith("h5p-lecteur/h5p/") for key in keys)
    site, player = Client(), Client(HTTP_HOST=PLAYER_HOST)
    for name in stored_names(activity):
        for path in site_paths(activity, name):
            assert site.get(path).status_code == 404, path
    assert player.get(f"/h5p/contenu/{activity.content_key}/h5p.json").status_code == 200
    # No page of the site hands out an address of the package files.
    place_activity(lesson, activity)
    site.force_login(learner)
    page = site.get(lesson.url).content.decode()
    assert "h5p-lecteur" not in page and "isolation" not in page
