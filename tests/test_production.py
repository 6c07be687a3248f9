"""Production settings and the container's start scripts, run here against the local
PostgreSQL (Docker does not run on these machines)."""

import gzip
import json
import re
import secrets
import subprocess
import urllib.error
import urllib.request

import pytest

from tests.services import (
    ROOT,
    create_database,
    drop_database,
    manage,
    postgres_available,
    production_env,
    require,
    served_env,
    web_server,
)


def local_env(**extra):
    """Plain HTTP, as a server on this machine answers."""
    return production_env(**{"SECURE_SSL_REDIRECT": "false", "SECURE_COOKIES": "false", **extra})


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", env=local_env(), check=False)
    assert result.returncode != 0
    assert "SECRET_KEY manquant" in result.stderr
    assert "SECRET_KEY is missing" in result.stderr


def test_production_passes_the_deployment_checklist():
    env = production_env(
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        H5P_PLAYER_ORIGIN="https://h5p.example.net",
    )
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, check=False)
    assert result.returncode == 0, result.stderr


def test_deployment_checklist_warns_without_an_h5p_player_origin():
    env = production_env(SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org")
    env.pop("H5P_PLAYER_ORIGIN", None)
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env, check=False)
    assert result.returncode != 0
    assert "pasapas.W001" in result.stderr


@pytest.fixture
def production_database():
    require(postgres_available(), "PostgreSQL is not reachable")
    name = f"pasapas_start_{secrets.token_hex(4)}"
    url = create_database(name)
    yield url
    drop_database(name)


def get(url, host="localhost"):
    request = urllib.request.Request(url, headers={"Host": host})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode()


def fetch(url, **headers):
    """(status, headers, body as sent) of a GET, asking for gzip."""
    request = urllib.request.Request(
        url, headers={"Host": "localhost", "Accept-Encoding": "gzip", **headers}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read()


def test_start_scripts_serve_the_site_on_postgresql(production_database, tmp_path):
    env = served_env(production_database, LOAD_DEMO="true")
    with web_server(env, tmp_path / "web.log") as (base, _web):
        status, html = get(f"{base}/")
        assert status == 200 and "Les bases de l" in html
        # whitenoise serves the hashed static files named in the page.
        css = html.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
        assert ".css" in css and css != "/static/css/pasapas.css"
        assert get(f"{base}{css}")[0] == 200
        # ... kept for good by browsers (a new version gets a new name), and sent gzipped.
        status, headers, body = fetch(f"{base}{css}")
        assert status == 200 and headers["Content-Encoding"] == "gzip"
        assert "max-age=315360000" in headers["Cache-Control"]
        assert "immutable" in headers["Cache-Control"]
        assert b"{" in gzip.decompress(body)
        # An uploaded illustration is served from the media folder, kept a day, not gzipped.
        # (The card's own <img>: its attributes come in alphabetical order, src after class.)
        card = re.search(r'<img [^>]*class="card__image"[^>]*>', html).group(0)
        img = re.search(r' src="([^"]+)"', card).group(1)
        assert img.startswith("/media/images/")
        status, headers, body = fetch(f"{base}{img}")
        assert status == 200 and headers.get_content_type() == "image/jpeg"
        assert "Content-Encoding" not in headers
        assert "max-age=86400" in headers["Cache-Control"]
        # A visitor's page, from the shared cache the second time, gzipped as it was kept.
        fetch(f"{base}/")
        status, headers, body = fetch(f"{base}/")
        assert headers["X-Page-Cache"] == "hit" and headers["Content-Encoding"] == "gzip"
        assert "Les bases de l" in gzip.decompress(body).decode()
        # A host that is not allowed is refused.
        with pytest.raises(urllib.error.HTTPError) as refused:
            get(f"{base}/", host="evil.example")
        assert refused.value.code == 400
    output = (tmp_path / "web.log").read_text()
    assert "Booting worker" in output or "Listening at" in output, output[-2000:]

    # Publishing queues Wagtail's index updates as tasks; the worker runs them.
    queued = manage(
        "shell",
        "-c",
        "from courses.models import LessonPage; p = LessonPage.objects.first();"
        "p.save_revision().publish();"
        "from django_tasks_db.models import DBTaskResult;"
        "import json; print(json.dumps(DBTaskResult.objects.filter(status='READY').count()))",
        env=env,
    )
    assert json.loads(queued.stdout.strip().splitlines()[-1]) > 0
    worker = subprocess.run(
        ["bash", str(ROOT / "docker/start-worker.sh"), "--batch", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert worker.returncode == 0, worker.stderr[-2000:]
    left = manage(
        "shell",
        "-c",
        "from django_tasks_db.models import DBTaskResult;"
        "print(DBTaskResult.objects.exclude(status='SUCCESSFUL').count())",
        env=env,
    )
    assert left.stdout.strip().splitlines()[-1] == "0"
