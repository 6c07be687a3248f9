"""What the benchmarks share: settings for a throw-away site, the demo-like page tree,
a gunicorn server, and percentiles."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]


def configure(workdir, database_url=None):
    """Production settings on a throw-away database and media folder, then django.setup()."""
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "pasapas.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": database_url or f"sqlite:///{workdir}/bench.sqlite3",
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "TASKS_IN_DATABASE": "false",
            "LOG_LEVEL": "WARNING",
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


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]
