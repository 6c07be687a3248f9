"""Past one machine, by configuration only: media in S3-compatible storage (a local moto
server), cache and sessions in Redis, PostgreSQL through a pool or pgbouncer."""

import io
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.cache import cache
from django.test import Client, override_settings
from django.utils import timezone

from tests.services import (
    ROOT,
    create_database,
    drop_database,
    free_port,
    manage,
    postgres_available,
    production_env,
    require,
)

# A Redis database of its own per parallel worker (gw0: 15, gw1: 14…): clearing the cache
# flushes the whole database.
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_URL = os.environ.get("PASAPAS_TEST_REDIS_URL", f"redis://127.0.0.1:6379/{15 - WORKER % 8}")
PLAYER_HOST = "h5p.testserver"
H5P_PREFIX = "h5p-lecteur"


def settings_env(**extra):
    """A production process on a public host, with nothing of this one's Django set-up."""
    public = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "pasapas.example.org",
        "H5P_PLAYER_ORIGIN": "https://h5p.example.net",
    }
    return production_env(**{**public, **extra})


def read_settings(**env):
    """The settings a production process builds from this environment."""
    script = (
        "import json, sys; sys.path.insert(0, 'site'); import django; django.setup(); "
        "from django.conf import settings as s; "
        "print(json.dumps({'STORAGES': s.STORAGES, 'SESSION_ENGINE': s.SESSION_ENGINE, "
        "'CACHES': s.CACHES, 'DATABASES': s.DATABASES, 'SERVE_MEDIA': s.SERVE_MEDIA}, "
        "default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=settings_env(**env),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# --- Settings from the environment --------------------------------------------------------


def test_one_machine_keeps_its_folder_and_sessions_in_the_database_read_through_its_cache():
    built = read_settings()
    assert built["STORAGES"]["default"]["BACKEND"] == "pasapas.storage.MediaStorage"
    assert built["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    # The workers of one machine share a file cache: what one empties, all see emptied.
    assert built["CACHES"]["default"]["BACKEND"].endswith("FileBasedCache")
    assert built["SERVE_MEDIA"] is True


def test_many_machines_read_storage_cache_sessions_and_pool_from_the_environment():
    built = read_settings(
        S3_BUCKET="pasapas-media",
        S3_ENDPOINT_URL="https://s3.example.net",
        S3_REGION="fr-par",
        S3_ACCESS_KEY_ID="key",
        S3_SECRET_ACCESS_KEY="secret",
        REDIS_URL="redis://redis:6379/0",
        DATABASE_URL="postgres://pasapas:pw@pgbouncer:6432/pasapas",
        DB_POOL="true",
        DB_POOL_MAX_SIZE="6",
        DB_POOLER="pgbouncer",
    )
    storage = built["STORAGES"]["default"]
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    expected = {
        "bucket_name": "pasapas-media",
        "endpoint_url": "https://s3.example.net",
        "region_name": "fr-par",
        "access_key": "key",
        "secret_key": "secret",
    }
    assert {key: storage["OPTIONS"][key] for key in expected} == expected
    # Private: signed addresses, no ACL of its own, never replacing a file.
    assert storage["OPTIONS"]["querystring_auth"] is True
    assert storage["OPTIONS"]["default_acl"] is None
    assert storage["OPTIONS"]["file_overwrite"] is False
    assert built["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert built["SERVE_MEDIA"] is False
    assert built["CACHES"]["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
    assert built["CACHES"]["default"]["LOCATION"] == "redis://redis:6379/0"
    assert built["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    database = built["DATABASES"]["default"]
    assert database["OPTIONS"]["pool"] == {"min_size": 2, "max_size": 6, "timeout": 10.0}
    assert database["CONN_MAX_AGE"] == 0
    assert database["DISABLE_SERVER_SIDE_CURSORS"] is True


def test_the_deployment_checklist_passes_with_s3_and_redis():
    env = settings_env(
        S3_BUCKET="pasapas-media",
        S3_ENDPOINT_URL="https://s3.example.net",
        REDIS_URL="redis://127.0.0.1:6379/15",
    )
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, check=False)
    assert result.returncode == 0, result.stderr


# --- Media in S3-compatible storage (moto's server) ------------------------------------------


@pytest.fixture(scope="module")
def s3_server():
    from moto.server import ThreadedMotoServer

    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_server):
    """A fresh private bucket, and the default storage pointed at it as S3_BUCKET would."""
    import boto3

    name = f"pasapas-{secrets.token_hex(4)}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_server,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",  # noqa: S106
    )
    client.create_bucket(Bucket=name)
    storages = {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "access_key": "test",
                "secret_key": "test",
                "addressing_style": "path",
                "signature_version": "s3v4",
                "default_acl": None,
                "querystring_auth": True,
                "file_overwrite": False,
            },
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    # H5P package files: a prefix of their own, as settings build it from S3_BUCKET.
    storages["h5p"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**storages["default"]["OPTIONS"], "location": H5P_PREFIX},
    }
    with override_settings(STORAGES=storages, SERVE_MEDIA=False):
        yield client, name


def keys(bucket, prefix=""):
    client, name = bucket
    pages = client.get_paginator("list_objects_v2").paginate(Bucket=name, Prefix=prefix)
    return {item["Key"] for page in pages for item in page.get("Contents", [])}


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 (the local server)
        return response.status, response.read()


def test_images_and_renditions_live_in_the_bucket(db, bucket, s3_server):
    from courses.factories import ImageFactory

    image = ImageFactory(title="Capture du bureau")
    assert image.file.name in keys(bucket)
    rendition = image.get_rendition("fill-120x80")
    assert rendition.file.name in keys(bucket)
    assert (rendition.width, rendition.height) == (120, 80)
    # Private: the address is signed, and the signed address answers.
    assert rendition.url.startswith(f"{s3_server}/{bucket[1]}/")
    assert "X-Amz-Signature=" in rendition.url
    status, data = fetch(rendition.url)
    assert status == 200 and len(data) > 0
    # The pages' policy lets browsers show images and play videos from the bucket.
    page = Client().get("/")
    policy = page["Content-Security-Policy"]
    assert f"img-src 'self' {s3_server} data:" in policy
    assert f"media-src 'self' {s3_server}" in policy


def test_h5p_packages_are_stored_served_and_deleted_through_the_bucket(db, bucket):
    from demo.h5p.packaging import demo_package
    from exercises.h5p import bundles
    from exercises.h5p.services import discard_files, h5p_package_import
    from exercises.h5p.storage import delete_prefix

    activity = h5p_package_import(
        source=io.BytesIO(demo_package("fermer-une-fenetre")), title="Fermer une fenêtre"
    ).activity
    library = activity.main_library
    stored = keys(bucket, f"{H5P_PREFIX}/")
    assert f"{H5P_PREFIX}/{activity.content_path}h5p.json" in stored
    assert f"{H5P_PREFIX}/{activity.content_path}content/content.json" in stored
    assert f"{H5P_PREFIX}/{library.storage_path}library.json" in stored
    assert f"{H5P_PREFIX}/{activity.package.name}" in stored
    assert stored == keys(bucket)  # nothing among the media

    # The player's origin serves them back from the bucket.
    player = Client(HTTP_HOST=PLAYER_HOST)
    h5p = player.get(f"/h5p/contenu/{activity.content_key}/h5p.json")
    assert h5p.status_code == 200
    assert json.loads(b"".join(h5p.streaming_content))["mainLibrary"] == "PasAPas.BonChoix"
    folder = f"{library.machine_name}-{library.major}.{library.minor}"
    script = player.get(f"/h5p/bibliotheques/{folder}/bon-choix.js")
    assert script.status_code == 200
    assert script["Content-Type"] == "text/javascript"
    assert b"".join(script.streaming_content)
    assert player.get(f"/h5p/contenu/{activity.content_key}/content/nope.json").status_code == 404

    # Discarding the content removes its files, and only those.
    discard_files(activity.content_path, activity.package.name)
    left = keys(bucket, f"{H5P_PREFIX}/")
    assert not {key for key in left if key.startswith(f"{H5P_PREFIX}/{activity.content_path}")}
    assert f"{H5P_PREFIX}/{activity.package.name}" not in left
    assert f"{H5P_PREFIX}/{library.storage_path}library.json" in left
    assert player.get(f"/h5p/contenu/{activity.content_key}/h5p.json").status_code == 404
    delete_prefix(library.storage_path)
    # The activity's aggregated script and stylesheet, built at import, are in the bucket too;
    # unused, they go once a day old.
    bundle = bundles.bundle_name(bundles.load_order(activity))
    assert keys(bucket) == {
        f"{H5P_PREFIX}/{bundles.PREFIX}{bundle}.{kind}" for kind in ("js", "css")
    }
    assert bundles.remove_unused([], now=timezone.now() + timedelta(days=2)) == 2
    assert keys(bucket) == set()


def test_a_real_h5p_package_imports_into_the_bucket(db, bucket):
    from exercises.h5p.services import h5p_package_import
    from exercises.h5p.tests.conftest import fixture_package

    path = fixture_package("true-false.h5p")
    activity = h5p_package_import(source=path, title="Vrai ou faux").activity
    assert f"{H5P_PREFIX}/{activity.content_path}content/content.json" in keys(bucket)
    response = Client(HTTP_HOST=PLAYER_HOST).get(
        f"/h5p/contenu/{activity.content_key}/content/content.json"
    )
    assert response.status_code == 200


# --- Cache and sessions in Redis ---------------------------------------------------------------


def redis_available():
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2).ping()
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.fixture
def redis_settings():
    require(redis_available(), f"Redis is not reachable at {REDIS_URL}")
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"pasapas-test-{secrets.token_hex(4)}",
        }
    }
    with override_settings(
        CACHES=caches, SESSION_ENGINE="django.contrib.sessions.backends.cached_db"
    ):
        cache.clear()
        yield
        cache.clear()


def test_a_session_opened_on_one_container_is_valid_on_another(people, redis_settings):
    from django.conf import settings

    learner = people["learner_a"]
    first = Client()
    signed_in = first.post(
        "/connexion/", {"username": learner.username, "password": people["code_a"]}
    )
    assert signed_in.status_code == 302
    assert first.get("/mon-compte/").status_code == 200
    cookie = first.cookies[settings.SESSION_COOKIE_NAME].value

    def container():
        """Another web container: it shares only the cookie, Redis and the database."""
        client = Client()
        client.cookies[settings.SESSION_COOKIE_NAME] = cookie
        return client

    assert container().get("/mon-compte/").status_code == 200
    # A Redis flush (or restart) signs nobody out: sessions are in the database too.
    cache.clear()
    assert container().get("/mon-compte/").status_code == 200
    # Signing out on one container signs out on all of them.
    container().post("/deconnexion/")
    assert container().get("/mon-compte/").status_code == 302


# --- PostgreSQL: Django's pool, pgbouncer ---------------------------------------------------------


@pytest.fixture
def scratch_database():
    require(postgres_available(), "PostgreSQL is not reachable")
    name = f"pasapas_growth_{secrets.token_hex(4)}"
    url = create_database(name)
    yield name, url
    drop_database(name)


QUERIES = (
    "from concurrent.futures import ThreadPoolExecutor\n"
    "from django.db import connection\n"
    "def query(n):\n"
    "    with connection.cursor() as cursor:\n"
    "        cursor.execute('SELECT %s', [n])\n"
    "        value = cursor.fetchone()[0]\n"
    "    connection.close()\n"
    "    return value\n"
    "with ThreadPoolExecutor(6) as pool:\n"
    "    print(sum(pool.map(query, range(40))))\n"
    "print('pool', connection.pool.get_stats()['pool_max'])\n"
)


def test_the_psycopg_pool_serves_queries(scratch_database):
    _name, url = scratch_database
    env = settings_env(DATABASE_URL=url, DB_POOL="true", DB_POOL_MAX_SIZE="4")
    assert manage("check", env=env).returncode == 0
    result = manage("shell", "-v", "0", "-c", QUERIES, env=env)
    assert result.stdout.split() == [str(sum(range(40))), "pool", "4"], result.stderr


def pgbouncer_binary():
    return shutil.which("pgbouncer") or next(
        (p for p in ("/usr/sbin/pgbouncer", "/usr/bin/pgbouncer") if os.path.exists(p)), None
    )


@pytest.fixture
def pgbouncer(scratch_database):
    """pgbouncer in transaction mode on a free port, in front of a fresh database (run as the
    postgres user: it refuses to run as root)."""
    binary = pgbouncer_binary()
    require(binary is not None, "pgbouncer is not installed (apt-get install pgbouncer)")
    name, _url = scratch_database
    port = free_port()
    workdir = Path(tempfile.mkdtemp(prefix="pasapas-pgbouncer-"))
    (workdir / "users.txt").write_text('"postgres" ""\n')
    (workdir / "pgbouncer.ini").write_text(
        f"[databases]\n{name} = host=127.0.0.1 port=5432 dbname={name}\n"
        "[pgbouncer]\n"
        f"listen_addr = 127.0.0.1\nlisten_port = {port}\nunix_socket_dir =\n"
        f"auth_type = trust\nauth_file = {workdir / 'users.txt'}\n"
        "pool_mode = transaction\nmax_client_conn = 100\ndefault_pool_size = 5\n"
        "ignore_startup_parameters = extra_float_digits,options\n"
    )
    command = [binary, str(workdir / "pgbouncer.ini")]
    if os.geteuid() == 0:
        postgres = pwd.getpwnam("postgres")
        os.chown(workdir, postgres.pw_uid, postgres.pw_gid)
        for path in workdir.iterdir():
            os.chown(path, postgres.pw_uid, postgres.pw_gid)
        command = ["runuser", "-u", "postgres", "--", *command]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        import psycopg

        deadline = time.monotonic() + 20
        while True:
            try:
                psycopg.connect(
                    f"postgresql://postgres@127.0.0.1:{port}/{name}", connect_timeout=2
                ).close()
                break
            except psycopg.OperationalError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"pgbouncer did not start: {process.communicate()[0][-2000:]}")
                time.sleep(0.2)
        yield f"postgres://postgres@127.0.0.1:{port}/{name}"
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=10)
        shutil.rmtree(workdir, ignore_errors=True)


PAGE_REQUEST = (
    "from django.conf import settings\n"
    "from django.test import Client, override_settings\n"
    # Static files are not collected here: plain names in the page.
    "override_settings(STORAGES={**settings.STORAGES, 'staticfiles': "
    "{'BACKEND': 'django.contrib.staticfiles.storage.StaticFilesStorage'}}).enable()\n"
    "client = Client(HTTP_HOST='pasapas.example.org', headers={'X-Forwarded-Proto': 'https'})\n"
    "print(client.get('/sante/').status_code, client.get('/').status_code, "
    "client.get('/connexion/').status_code)\n"
)


def test_the_site_runs_through_pgbouncer_in_transaction_mode(pgbouncer):
    env = settings_env(DATABASE_URL=pgbouncer, DB_POOLER="pgbouncer", TASKS_IN_DATABASE="false")
    migrate = manage("migrate", "--noinput", env=env, check=False)
    assert migrate.returncode == 0, migrate.stderr[-3000:]
    result = manage("shell", "-v", "0", "-c", PAGE_REQUEST, env=env, check=False)
    assert result.stdout.split() == ["200", "200", "200"], result.stderr[-3000:]
