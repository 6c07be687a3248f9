"""Production: everything from the environment; refuses to start without SECRET_KEY."""

import hashlib
import os
import tempfile
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY manquant : définissez la variable d'environnement SECRET_KEY. "
        "(SECRET_KEY is missing: set the SECRET_KEY environment variable.)"
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost")
if H5P_PLAYER_ORIGIN:  # noqa: F405
    # The player's host is served by the same processes.
    # Its host name without the port, as Django compares them.
    ALLOWED_HOSTS.append(urlsplit(H5P_PLAYER_ORIGIN).hostname)  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Behind a TLS-terminating proxy; set SECURE_SSL_REDIRECT=false only for a local trial.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
LANGUAGE_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview frames the site's own pages, so SAMEORIGIN rather than DENY.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Static files are built into the image (collectstatic) and served by each web container;
# uploads go where base.py says (a local folder, or S3_BUCKET).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Without Redis, the workers of one machine share a file cache: a change that empties a cached
# entry (a glossary word) reaches every worker, where a per-process memory cache would keep a
# stale copy in the others.
# Its default folder is named after the database: two sites on one machine never share it.
if not os.environ.get("REDIS_URL"):
    _database = DATABASES["default"]  # noqa: F405
    _site = hashlib.sha256(f"{_database.get('HOST')}:{_database['NAME']}".encode()).hexdigest()
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("CACHE_DIR")
            or os.path.join(tempfile.gettempdir(), f"pasapas-cache-{_site[:12]}"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
            # Outlives a deploy: a new release never reads the pickled objects of the last.
            "KEY_FUNCTION": "pasapas.release.cache_key",
        }
    }
    # Sessions are written to the database and read through that cache, as with Redis: a
    # signed-in page reads a file instead of building and sending a query (issue 25).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# A worker (`manage.py db_worker`) runs queued search and reference-index updates.
if env_bool("TASKS_IN_DATABASE", True):
    INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405
