"""The offline worker's script: its source with a small configuration in front, and a version
that changes with every deploy that changes what it keeps (its files, their addresses, the
fallback page's templates), so that browsers install the new worker and drop the old caches."""

import hashlib
import json
from functools import cache
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.template.loader import get_template
from django.urls import reverse

from .headers import LESSON_HEADER

SOURCE = Path(__file__).with_name("service_worker.js")
# The saved lessons and pictures outlive a deploy (their names carry no deploy version):
# a learner keeps what they read. Bump the suffix only if what is stored changes shape.
LESSONS_CACHE = "pasapas-lessons-v1"
IMAGES_CACHE = "pasapas-images-v1"
MAX_LESSONS = 40
MAX_IMAGES = 150
# What every page needs: the site's stylesheets, scripts and pictures, and the exercises'
# scripts (a lesson's exercises show offline, even if answering needs the server).
PRECACHE_PREFIXES = ("css/", "js/", "img/", "exercises/")
SKIPPED_SUFFIXES = ("_admin.js", ".map")
FALLBACK_TEMPLATES = ("offline/fallback.html", "base.html")


def _static_names():
    if isinstance(staticfiles_storage, ManifestFilesMixin):
        return set(staticfiles_storage.hashed_files)
    return {path for finder in finders.get_finders() for path, _storage in finder.list([])}


def precached_names():
    return sorted(
        name
        for name in _static_names()
        if name.startswith(PRECACHE_PREFIXES) and not name.endswith(SKIPPED_SUFFIXES)
    )


def _digest_of(name):
    found = finders.find(name)
    return hashlib.sha256(Path(found).read_bytes()).hexdigest() if found else ""


def build_config():
    assets = {name: staticfiles_storage.url(name) for name in precached_names()}
    hashed = isinstance(staticfiles_storage, ManifestFilesMixin)
    version = hashlib.sha256()
    version.update(SOURCE.read_bytes())
    version.update(json.dumps(assets, sort_keys=True).encode())
    if not hashed:
        # Addresses without a hash (development): the files' contents tell a change instead.
        for name in assets:
            version.update(_digest_of(name).encode())
    for template_name in FALLBACK_TEMPLATES:
        version.update(get_template(template_name).template.source.encode())
    return {
        "version": version.hexdigest()[:16],
        "assets": assets,
        "fallback": reverse("offline:fallback"),
        "staticUrl": settings.STATIC_URL,
        "mediaUrl": settings.MEDIA_URL,
        "skip": ["/admin/", "/h5p/", "/documents/", reverse("offline:worker")],
        "lessonHeader": LESSON_HEADER,
        "lessonsCache": LESSONS_CACHE,
        "imagesCache": IMAGES_CACHE,
        "maxLessons": MAX_LESSONS,
        "maxImages": MAX_IMAGES,
    }


def build_script():
    config = build_config()
    script = "self.PASAPAS = " + json.dumps(config, sort_keys=True) + ";\n"
    return config["version"], script + SOURCE.read_text(encoding="utf-8")


@cache
def _cached_script():
    return build_script()


def script():
    """(version, source). Hashed static addresses only change with a deploy, which restarts
    the processes: built once per process. Otherwise (development) built each time."""
    if isinstance(staticfiles_storage, ManifestFilesMixin) and not settings.DEBUG:
        return _cached_script()
    return build_script()
