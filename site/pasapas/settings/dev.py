"""Local development: `make run`."""

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = "dev-only-not-secret"  # noqa: S105 (never used in production)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
WHITENOISE_USE_FINDERS = True
H5P_PLAYER_ORIGIN = H5P_PLAYER_ORIGIN or "http://127.0.0.1:8000"  # noqa: F405
WHITENOISE_AUTOREFRESH = True

# E-mails are printed in the terminal, unless a real server is given.
if not MENTORING_EMAIL_ENABLED:  # noqa: F405
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
    MENTORING_EMAIL_ENABLED = True
