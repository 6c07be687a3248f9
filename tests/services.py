"""Helpers for tests that need a real service: PostgreSQL, a served site, Chromium.

On a user's clone a missing service skips those tests; CI sets PASAPAS_REQUIRE_SERVICES=1 so
that a missing service fails instead of skipping silently."""

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_ADMIN_URL = os.environ.get(
    "PASAPAS_POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
CHROMIUM = os.environ.get("PASAPAS_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


SETUP_SCRIPTS = ROOT / "tests" / "setup_scripts"


def setup_script(name, **params):
    """The code for `manage.py shell -c` that sets up a served site: the module
    tests/setup_scripts/<name>.py (a module, so that it is linted), then its main(**params).
    Parameters are plain values (str, int, list, dict), written out with repr()."""
    return f"{(SETUP_SCRIPTS / f'{name}.py').read_text()}\nmain(**{params!r})\n"


def require(condition, reason):
    if condition:
        return
    if os.environ.get("PASAPAS_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (PASAPAS_REQUIRE_SERVICES=1)")
    pytest.skip(reason)


@contextmanager
def chromium():
    """Debian's Chromium driven by Playwright (never a browser download): the one launch every
    browser test goes through, the served site's (tests/browser) as the test server's."""
    require(Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield browser
        finally:
            browser.close()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def postgres_available():
    try:
        import psycopg

        with psycopg.connect(POSTGRES_ADMIN_URL, connect_timeout=3):
            return True
    except Exception:  # noqa: BLE001
        return False


def create_database(name):
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    base = POSTGRES_ADMIN_URL.rsplit("/", 1)[0]
    return f"{base}/{name}"


def drop_database(name):
    import psycopg

    with psycopg.connect(POSTGRES_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_for(url, timeout=120, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.status
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {timeout}s")


def manage(*args, env=None, check=True):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        check=check,
        capture_output=True,
        text=True,
    )


# What the test process's own Django set-up puts in the environment: settings, database,
# storage, cache, pool. A production process started from a test must not inherit it.
_OWN_SET_UP = ("DJANGO_", "DATABASE_URL", "SECRET_KEY", "S3_", "REDIS_", "DB_")


def production_env(**extra):
    """The environment of a production process (its settings, this Python), then `extra`."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(_OWN_SET_UP)}
    env.update(DJANGO_SETTINGS_MODULE="pasapas.settings.production", PYTHON=sys.executable)
    env.update(extra)
    return env


def served_env(database_url, **extra):
    """A production environment for a server on this machine: plain HTTP, its own static
    and media folders (temporary), 2 workers."""
    local = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "localhost",
        "STATIC_ROOT": tempfile.mkdtemp(prefix="pasapas-static-"),
        "MEDIA_ROOT": tempfile.mkdtemp(prefix="pasapas-media-"),
        "H5P_ROOT": tempfile.mkdtemp(prefix="pasapas-h5p-"),
        "WEB_CONCURRENCY": "2",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
    }
    return production_env(**{**local, **extra})


@contextmanager
def web_server(env, log_path, port=None):
    """docker/start-web.sh on a free port (or `port`, when the environment must name it
    beforehand, like the H5P player's origin), as the container runs it; yields (base URL,
    process). Its output goes to a file: thousands of access-log lines would fill a pipe and
    stall gunicorn. Stopped, then its static and media folders removed, on the way out."""
    port = port or free_port()
    env = {**env, "BIND": f"127.0.0.1:{port}"}
    base = f"http://127.0.0.1:{port}"
    with open(log_path, "w") as log:
        web = subprocess.Popen(
            ["bash", str(ROOT / "docker/start-web.sh")],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            try:
                wait_for(f"{base}/sante/", timeout=300, process=web)
            except (RuntimeError, TimeoutError):
                pytest.fail(Path(log_path).read_text()[-3000:])
            yield base, web
        finally:
            if web.poll() is None:
                os.killpg(web.pid, signal.SIGTERM)
            try:
                web.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(web.pid, signal.SIGKILL)
                web.wait(timeout=10)
            for folder in ("STATIC_ROOT", "MEDIA_ROOT", "H5P_ROOT"):
                if env.get(folder, "").startswith(tempfile.gettempdir()):
                    shutil.rmtree(env[folder], ignore_errors=True)
