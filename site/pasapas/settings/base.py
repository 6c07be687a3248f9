"""Settings shared by every environment; the others start from these."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

SITE_DIR = Path(__file__).resolve().parent.parent.parent  # site/
BASE_DIR = SITE_DIR.parent  # the repository root


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "pasapas",
    "accounts",
    "images",
    "courses",
    "exercises",
    "exercises.h5p",
    "exercises.scorm",
    "progress",
    "mentoring",
    "reading",
    "offline",
    "workshops",
    "positioning",
    "figures",
    "partners",
    "appointments",
    "certificates",
    "jobsearch",
    "backups",
    "lrs",
    "demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_tasks",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "pasapas.health.HealthCheckMiddleware",
    # Pages go out compressed (a lesson: 70 KB of HTML, about 12 KB sent): learners at home are
    # on slow connections. Django pads the result against BREACH; static files are compressed
    # ahead by whitenoise; pictures, fonts and PDF, packed already, are not again.
    "pasapas.compression.TextGZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # No inline script or style on the site's pages (pasapas/csp.py).
    "pasapas.csp.SitePagesCSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The H5P player's origin answers only the player's addresses, and the site never them.
    "exercises.h5p.middleware.PlayerOriginMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "pasapas.locale.ChosenLanguageMiddleware",
    # JSON too deeply nested is refused before any view (Wagtail's too) parses it.
    "pasapas.json_guard.JSONBodyGuardMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Sessions opened under Django's own backend name move to accounts.backends, once.
    "accounts.backends.SessionBackendMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The reading choice (text size, contrast...) from its cookie, kept with the account.
    "reading.middleware.ReadingChoiceMiddleware",
    # Visitors' home, course and lesson pages from the shared cache (courses/anonymous_pages.py).
    "courses.anonymous_pages.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Shared centre PCs: a card holder's idle session ends; new cards' codes do not linger.
    "accounts.middleware.SharedComputerMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The site and its home page from the cache, not two queries a page (courses/page_cache.py).
    "courses.page_cache.CachedSiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # An admin form posted without its hidden fields is a 400, not a server error.
    "pasapas.admin_refusals.AdminBadPostMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pasapas.urls"
WSGI_APPLICATION = "pasapas.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "mentoring.context_processors.mentoring_nav",
                "reading.context_processors.reading",
                "workshops.context_processors.live_bar",
            ],
        },
    },
]

# SQLite by default so that `make run` needs nothing else; PostgreSQL via DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A web server and a worker share the file: wait instead of failing on a lock. A write
    # transaction takes the lock as it begins (IMMEDIATE): one that read first and then wrote
    # could not wait for another writer, SQLite refuses it at once ("database is locked").
    DATABASES["default"].setdefault("OPTIONS", {})
    DATABASES["default"]["OPTIONS"].update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # Connections are kept (DB_CONN_MAX_AGE) as on PostgreSQL: opening one and running those
    # pragmas was a tenth of a signed-in lesson's time (issue 25).
else:
    # Wagtail's PostgreSQL search index uses contrib.postgres fields (French dictionary).
    INSTALLED_APPS.append("django.contrib.postgres")
    # Many web containers, one database: pool the connections, in each process (DB_POOL,
    # psycopg's pool) and/or in front of PostgreSQL (DB_POOLER=pgbouncer, transaction mode).
    if env_bool("DB_POOL"):
        DATABASES["default"]["CONN_MAX_AGE"] = 0  # a pool keeps connections; Django must not
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": int(os.environ.get("DB_POOL_MIN_SIZE", "2")),
            "max_size": int(os.environ.get("DB_POOL_MAX_SIZE", "10")),
            "timeout": float(os.environ.get("DB_POOL_TIMEOUT", "10")),
        }
    if os.environ.get("DB_POOLER", "").lower() == "pgbouncer":
        # In transaction mode a session does not outlive its transaction: no server-side
        # cursors (prepared statements are already off by default in Django).
        DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
        DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
# The page whose body places exercises and H5P activities (exercises.placement): named here,
# as the image model is, so that activities (a layer below the lessons) never import it.
EXERCISES_LESSON_MODEL = "courses.LessonPage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.ImageForm"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:sign_in"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"
# Django's CSRF check for every view; a script endpoint answers a failure in its own words
# (pasapas.http.csrf_refusal), a page with the plain 403_csrf.html.
CSRF_FAILURE_VIEW = "pasapas.errors.csrf_failure"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # Django's model backend, with the roles read with the person (accounts/backends.py).
    "accounts.backends.RoleBackend",
]
# Learners forget codes: at home, one ticks « C'est mon ordinateur » and stays signed in a month.
SESSION_COOKIE_AGE = 60 * 60 * 24 * 30
# Otherwise (a shared PC of the centre) a card holder's session ends after this long without a
# request, and when the browser closes (accounts.middleware.SharedComputerMiddleware).
CARD_SESSION_IDLE_TIMEOUT = timedelta(
    seconds=int(os.environ.get("CARD_SESSION_IDLE_TIMEOUT", str(2 * 60 * 60)))
)
# The readable codes of new cards, kept in the facilitator's session only while printing needs.
ACCESS_CARDS_TTL = timedelta(minutes=10)
# A new e-mail address is used once the link sent to it is opened, within these days.
EMAIL_CONFIRM_MAX_AGE = timedelta(days=3)

# Failed sign-ins are limited per username *and* address: a learner who mistypes is stopped
# alone, never the whole room behind the centre's shared address.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Behind reverse proxies every request comes from the proxy: the lock, and every limit per
# address, must key on the person's address instead (pasapas.http.client_ip). TRUSTED_PROXIES
# is how many proxies stand in front of the site, each adding to X-Forwarded-For; 0 (nothing
# in front) ignores that header, which a client could write.
TRUSTED_PROXIES = int(os.environ.get("TRUSTED_PROXIES", "0"))
AXES_CLIENT_IP_CALLABLE = "pasapas.http.client_ip"

# Self sign-up (/inscription/): a few accounts per address and a ceiling for the whole site
# in each window, so that nobody fills the site with accounts.
SIGNUP_LIMIT_PER_ADDRESS = 5
SIGNUP_LIMIT_OVERALL = 60
SIGNUP_LIMIT_WINDOW = timedelta(hours=1)

# French first, English available.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("English"))]
LOCALE_PATHS = [SITE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "pasapas_language"

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static_collected"))
STATICFILES_DIRS = [
    SITE_DIR / "static",
    # The H5P player, installed from the npm registry by `make install` (package.json).
    ("h5p-standalone", BASE_DIR / "node_modules" / "h5p-standalone" / "dist"),
    # The SCORM run-time API (scorm-again), for packages on the player's origin.
    ("scorm-again", BASE_DIR / "node_modules" / "scorm-again" / "dist"),
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# The erasure register (accounts.erasure_register): outside the database and the media, so
# that no restore takes it back; keep it (and back it up) apart from the site's backups.
ERASURE_REGISTER = Path(os.environ.get("ERASURE_REGISTER", BASE_DIR / "private" / "erasures.jsonl"))

STORAGES = {
    "default": {"BACKEND": "pasapas.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Past one machine, uploads (images, documents, H5P packages) go to S3-compatible storage,
# private: the site hands out signed addresses that expire. The keys may also come from the
# standard AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables or the machine's role.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            # "path" for most self-hosted servers (MinIO, Garage), "virtual" for AWS.
            "addressing_style": os.environ.get("S3_ADDRESSING_STYLE") or None,
            "signature_version": os.environ.get("S3_SIGNATURE_VERSION", "s3v4"),
            "location": os.environ.get("S3_PREFIX", ""),
            # A CDN's host name in front of the bucket; its addresses are not signed, so only
            # for a bucket (or prefix) that the CDN may read.
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "default_acl": None,  # the bucket's own policy: private
            "querystring_auth": True,
            "querystring_expire": int(os.environ.get("S3_URL_EXPIRE", "3600")),
            "file_overwrite": False,  # a name already taken gets another, never replaced
        },
    }

# H5P packages (their libraries' scripts, content and .h5p files) live apart from the media
# the site serves: only the H5P player's own host name answers for them (exercises/h5p/views),
# never the site's /media/ route nor a signed media address. On one machine a folder beside
# the media folder, never inside it; with S3, another bucket (H5P_S3_BUCKET) or a prefix of
# its own (H5P_S3_PREFIX), which the site never hands out addresses for.
H5P_ROOT = Path(os.environ.get("H5P_ROOT", BASE_DIR / "h5p_files"))
STORAGES["h5p"] = {"BACKEND": "exercises.h5p.storage.PackageFileStorage"}
if S3_BUCKET:
    STORAGES["h5p"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **STORAGES["default"]["OPTIONS"],
            "bucket_name": os.environ.get("H5P_S3_BUCKET") or S3_BUCKET,
            "location": os.environ.get("H5P_S3_PREFIX", "h5p-lecteur"),
            # Read by the player's views only: no public host name, no address handed out.
            "custom_domain": None,
        },
    }

# Wagtail page editors hold many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Pas à Pas"
WAGTAILADMIN_BASE_URL = os.environ.get("SITE_URL", "http://localhost:8000")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False  # « creer-un-mot-de-passe », as the demo writes addresses
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no staff e-mail hash sent to a third party
# Wagtail's responsive wrapper is an inline style, which the site's policy refuses: the
# stylesheet sizes embedded videos instead (.video__embed).
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAILDOCS_EXTENSIONS = [
    *["csv", "docx", "odt", "ods", "pdf", "txt", "xlsx", "zip"],
    *["mp4", "webm", "vtt"],  # videos and their captions
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# Pixels, not bytes, are what a rendition costs in memory (about 3 bytes each): an 11000 × 11000
# PNG weighs 117 KB and takes 360 MB per rendition. 30 million (a 24-megapixel camera's 6000 ×
# 4000, all frames of a GIF counted) is ample for screenshots and photos of a lesson. The images
# app also sets it as Pillow's own limit, so every other place an image is opened refuses too.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 30_000_000

# Search: the database backend, with the French dictionary on PostgreSQL.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        # Wagtail's database backend; on SQLite a typed quote never breaks FTS5 (see the module).
        "BACKEND": "pasapas.search_backend",
        "SEARCH_CONFIG": "french",
    }
}

# Wagtail 8 queues search and reference-index updates as tasks.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pasapas",
    }
}
if os.environ.get("REDIS_URL"):
    # Shared by every web container. Sessions are written to the database and read through
    # the cache: all containers see them, and they survive a Redis restart or flush.
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "pasapas"),
        # Outlives a deploy: a new release never reads the pickled objects of the last.
        "KEY_FUNCTION": "pasapas.release.cache_key",
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# E-mail: only the mentoring notifications people ask for. Sent through SMTP when EMAIL_HOST
# is set; without it nothing is sent (the counts in the site's menu remain).
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS", True),
            "timeout": 20,
        },
    }
}
MENTORING_EMAIL_ENABLED = bool(os.environ.get("EMAIL_HOST"))

# xAPI to a Learning Record Store (the lrs app): off without LRS_URL, the LRS's xAPI endpoint
# (for Ralph: http://host:8100/xAPI/). Statements go through an outbox drained by a task.
LRS_URL = os.environ.get("LRS_URL", "")
LRS_USERNAME = os.environ.get("LRS_USERNAME", "")
LRS_PASSWORD = os.environ.get("LRS_PASSWORD", "")
LRS_AUTHORIZATION = os.environ.get("LRS_AUTHORIZATION", "")  # a whole header, e.g. "Bearer …"
LRS_BATCH_SIZE = int(os.environ.get("LRS_BATCH_SIZE", "100"))
LRS_TIMEOUT = float(os.environ.get("LRS_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Pas à Pas <ne-pas-repondre@localhost>")

# Where browsers fetch uploads when not from the site (the pages' policy allows it): found
# from the storage's addresses; set it when those cannot be signed at start (no keys yet).
MEDIA_ORIGIN = os.environ.get("MEDIA_ORIGIN", "").rstrip("/")
# Uploads in object storage are fetched from there (signed addresses), not through Django.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not S3_BUCKET)
URLIZE_ASSUME_HTTPS = True  # "www.ameli.fr" in a mentor's answer links to https://
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True  # ASCII theme addresses: /themes/debutant/

# H5P: package code runs on an origin of its own, never the site's (its cookies and signed-in
# addresses). In development, the site is http://localhost:8000 and the player
# http://127.0.0.1:8000; in production a host name of its own, on another domain if you can.
H5P_PLAYER_ORIGIN = os.environ.get("H5P_PLAYER_ORIGIN", "").rstrip("/")
# The player's address is signed per activity and lesson as a page shows it, and expires:
# a lesson left open longer is reloaded (seconds; 12 hours).
# External video H5P content may play, by provider name ("youtube", "vimeo") or a media host's
# https origin, comma-separated; empty: only the package's own files (named at import).
H5P_VIDEO_PROVIDERS = env_list("H5P_VIDEO_PROVIDERS")
H5P_PLAYER_URL_MAX_AGE = int(os.environ.get("H5P_PLAYER_URL_MAX_AGE", str(12 * 60 * 60)))

# The certificates' PDF: a TrueType font that writes every name (Ł, ş, ễ…), regular and bold.
# Debian's fonts-dejavu-core (in the Docker image); without it, Helvetica and names folded to
# the letters it has.
CERTIFICATE_FONTS = (
    os.environ.get("CERTIFICATE_FONT", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    os.environ.get("CERTIFICATE_FONT_BOLD", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
