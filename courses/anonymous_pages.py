"""Home, course and lesson pages for visitors without an account, from the shared cache.

A visitor's page is the same for every visitor with the same language and reading choice: it
carries no token (forms post without one: pasapas.http.csrf_for_signed_in) and nothing of a
person. The middleware keeps it, whole, under a key made of the address, the language, the
reading choice, and the stamps of what it shows (pages, glossary words, exercises, H5P
activities): a publication or a new word changes the key, so the next view is built anew.
Pictures and settings changed in the admin show within TIMEOUT, as the lesson fragments.

The page is kept gzipped (a lesson's HTML shrinks about five times): the cache holds more
pages in the same room, and a browser that accepts gzip, every browser, gets those bytes as
they are, where GZipMiddleware would compress the same page again on every view. The page holds
nothing secret (no token, nothing of a person), so compressing it once is safe from BREACH.

Never stored or served: a signed-in person's page, any request with a session cookie or a
message waiting, a page whose building set a cookie or asked for a CSRF token, previews,
and anything but a 200 for GET."""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_vary_headers

from exercises.cached_chooser import ALWAYS, chosen_stamp
from images.stamp import annotations_stamp

from .glossary_links import glossary_version
from .page_stamp import pages_stamp

TIMEOUT = 300
HEADER = "X-Page-Cache"


def _page_types():
    from .models import CourseIndexPage, CoursePage, HomePage, LessonPage

    return (HomePage, CourseIndexPage, CoursePage, LessonPage)


def _may_use_cache(request):
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "messages" not in request.COOKIES
    )


def _key(request):
    reading = getattr(request, "reading", None)
    parts = [
        request.get_host(),
        request.get_full_path(),
        getattr(request, "LANGUAGE_CODE", ""),
        getattr(reading, "classes", ""),
        pages_stamp(),
        glossary_version(),
        annotations_stamp(),  # a picture's drawing changed: new rendition addresses
        *(chosen_stamp(label) for label in sorted(ALWAYS)),
    ]
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()
    # "gz": the value is (gzipped content, headers); an older value had the content as it is.
    return f"anonymous-page:gz:{digest}"


def _storable(request, response):
    route = getattr(request, "_wagtail_route_for_request", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "CSRF_COOKIE" not in request.META
        and not getattr(request, "is_preview", False)
        and not request.user.is_authenticated
        and route is not None
        and isinstance(route[0], _page_types())
        and "private" not in response.get("Cache-Control", "")
    )


def _from_cache(request, packed, headers):
    """The stored bytes as they are for a browser that accepts gzip, unpacked for another."""
    if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(packed, headers=headers)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(gzip.decompress(packed), headers=headers)
    # Whichever the browser got, a shared cache on the way must ask again for another browser.
    patch_vary_headers(response, ("Accept-Encoding",))
    response[HEADER] = "hit"
    return response


class AnonymousPageCacheMiddleware:
    """After the language and reading choice are known, before anything personal is read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_use_cache(request):
            return self.get_response(request)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            return _from_cache(request, *stored)
        response = self.get_response(request)
        if _storable(request, response):
            headers = {
                name: value
                for name, value in response.items()
                if name not in ("Vary", "Content-Length")  # the length is the packed bytes'
            }
            # A cached page holds signed player addresses: it never outlives a quarter of
            # their life, so a visitor never gets an expired one.
            timeout = min(TIMEOUT, settings.H5P_PLAYER_URL_MAX_AGE // 4)
            packed = gzip.compress(response.content, compresslevel=6, mtime=0)
            cache.set(key, (packed, headers), timeout)
            response[HEADER] = "stored"
        return response
