"""What the benchmarks share: settings for a throw-away site on a temporary database, the
demo-like page tree, a gunicorn server, a signed-in browser, and percentiles."""

import http.cookiejar
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]

ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def create_database(admin_url):
    import psycopg

    name = f"pasapas_bench_{secrets.token_hex(6)}"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(admin_url)
    return name, urllib.parse.urlunsplit(parts._replace(path=f"/{name}"))


def drop_database(admin_url, name):
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def configure(workdir, database_url=None, **env):
    """Production settings on a throw-away database and media folder (and `env` on top), then
    django.setup()."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "pasapas.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url or f"sqlite:///{workdir}/bench.sqlite3",
            "MEDIA_ROOT": str(workdir / "media"),
            "H5P_ROOT": str(workdir / "h5p_files"),
            "STATIC_ROOT": str(workdir / "static"),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "TASKS_IN_DATABASE": "false",
            "LOG_LEVEL": "WARNING",
            **env,
        }
    )
    import django

    django.setup()


def build_site(courses, lessons, archives=0):
    """A catalogue of `courses` x `lessons` (plus `archives` more courses) with lesson bodies
    like the demo's: text, an image, four illustrated steps and an « À retenir »."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", "--noinput", verbosity=0)
    from courses.factories import (
        CourseIndexPageFactory,
        CoursePageFactory,
        ImageFactory,
        LessonPageFactory,
    )
    from courses.models import HomePage

    home = HomePage.objects.get()
    catalogue = CourseIndexPageFactory(parent=home, slug="ateliers")
    images = [ImageFactory() for _ in range(3)]
    body = [
        {"type": "text", "value": "<p>Une leçon avec du texte, des étapes et une image.</p>"},
        {"type": "image", "value": {"image": images[0].pk, "alt_text": "", "caption": "Écran"}},
        {
            "type": "steps",
            "value": {
                "title": "Étapes",
                "steps": [
                    {
                        "instruction": f"<p>Étape {n}</p>",
                        "screenshot": images[n % 3].pk,
                        "tip": "Astuce",
                    }
                    for n in range(4)
                ],
            },
        },
        {"type": "callout", "value": {"kind": "remember", "text": "<p>À retenir.</p>"}},
    ]
    made = []
    titles = [f"Atelier {c}" for c in range(courses)] + [f"Archive {a}" for a in range(archives)]
    for title in titles:
        course = CoursePageFactory(parent=catalogue, title=title, cover_image=images[0])
        course.tags.add("bench")
        course.save()
        pages = [LessonPageFactory(parent=course, body=body) for _ in range(lessons)]
        made.append((course, pages))
    return made


def serve(port, workers):
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "pasapas.wsgi:application",
            "--pythonpath",
            "site",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
        start_new_session=True,
    )


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None  # the 302 comes back as an HTTPError, which `Browser.send` accepts


class Browser:
    """One signed-in visitor: keeps its cookies, sends the CSRF token, never follows redirects."""

    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NoRedirect()
        )

    def cookie(self, name):
        return next((c.value for c in self.cookies if c.name == name), None)

    def send(self, path, data=None, expect=200, headers=None):
        headers = {"Host": "localhost", **(headers or {})}
        if data is not None:
            token = self.cookie("csrftoken")
            data = {**data, "csrfmiddlewaretoken": token}
            data = urllib.parse.urlencode(data, doseq=True).encode()  # lists: one field each
            headers.update({"X-CSRFToken": token, "Referer": "http://localhost/"})
        request = urllib.request.Request(self.base + path, data=data, headers=headers)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=10) as response:
                response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            error.read()
            error.close()
            status = error.code
        elapsed = (time.perf_counter() - started) * 1000
        assert status == expect, (path, status)
        return elapsed

    def wait_until_up(self, path="/sante/"):
        for _ in range(100):
            try:
                self.send(path)
                return
            except Exception:  # noqa: BLE001 (not up yet)
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not answer")

    def sign_in(self, username, code):
        self.send("/connexion/")
        self.send("/connexion/", {"username": username, "password": code}, expect=302)
        assert self.cookie("sessionid"), "sign-in failed: no session cookie"


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
