from django.conf import settings
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .http import csrf_for_signed_in
from .media import serve_media

urlpatterns = [
    # The site history and bulk actions, within the person's centre: before the admin.
    path("admin/", include("accounts.admin_urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # A visitor's language is a cookie: no token needed (pasapas.http.csrf_for_signed_in).
    path("langue/", csrf_for_signed_in(set_language), name="set_language"),
    path("", include("courses.urls")),
    path("", include("accounts.urls")),
    path("", include("progress.urls")),
    path("", include("exercises.urls")),
    path("", include("exercises.h5p.urls")),
    path("", include("exercises.scorm.urls")),
    path("", include("mentoring.urls")),
    path("", include("reading.urls")),
    path("", include("offline.urls")),
    path("", include("workshops.urls")),
    path("", include("positioning.urls")),
    path("", include("figures.urls")),
    path("", include("certificates.urls")),
    path("", include("lrs.urls")),
    path("", include("jobsearch.urls")),
    path("", include("partners.urls")),
    path("", include("appointments.urls")),
]

if settings.SERVE_MEDIA:
    # One machine: Django serves uploads from the media volume. Past one machine, media
    # lives in object storage and SERVE_MEDIA is off.
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.*)$", serve_media)]

# Wagtail's page tree last: it answers every other address.
urlpatterns += [path("", include(wagtail_urls))]

# A restarting database or a full media disk gets its own message (pasapas/errors.py).
handler500 = "pasapas.errors.server_error"
