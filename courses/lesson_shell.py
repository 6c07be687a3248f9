"""A signed-in person's lesson page: what every signed-in reader sees alike is rendered once
per publication, language and reading choice into the shared cache (pasapas.personal_parts),
and only the personal parts are rendered for each view: the menu, the workshop bar, messages,
exercises and activities, the questions and tips, the end of the lesson, the CSRF token.

The key holds what the shared part shows besides the page itself: the stamps of pages (the
breadcrumbs, the pager), glossary words and pictures' drawings; a change renews it, so the
next view is built anew. Pictures and settings changed in the admin show within TIMEOUT, as
the lesson's cached blocks. A request with a query string (« ?etape= ») is rendered whole."""

import hashlib

from django.http import HttpResponse
from django.template import engines
from django.template.context import make_context
from django.utils.translation import get_language
from pasapas import kept, personal_parts

from images.stamp import annotations_stamp

from .glossary_links import glossary_version
from .page_stamp import pages_stamp
from .templatetags.lesson_tags import lesson_blocks

TIMEOUT = 300


def _applies(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.META.get("QUERY_STRING")
        and not getattr(request, "is_preview", False)
        and request.user.is_authenticated
    )


def _key(page, request):
    reading = getattr(request, "reading", None)
    parts = [
        request.get_host(),
        request.path,
        page.pk,
        page.cache_key,
        get_language(),
        getattr(reading, "classes", ""),
        pages_stamp(),
        glossary_version(),
        annotations_stamp(),
    ]
    digest = hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()
    return f"lesson-shell:{digest}"


def serve(page, request, template_name):
    """The response, or None when the page is to be rendered whole (a visitor, a preview, a
    query string)."""
    if not _applies(request):
        return None
    template = engines["django"].get_template(template_name)
    page_context = page.get_context(request)
    key = _key(page, request)
    pieces = kept.get(key, TIMEOUT)
    if pieces is None:
        shared = {
            **page_context,
            personal_parts.SHELL: True,
            "csrf_token": personal_parts.csrf_stand_in(),
        }
        pieces = personal_parts.split(template.render(shared, request))
        kept.set(key, pieces, TIMEOUT)
    entries = []

    def entry(argument):
        if not entries:
            entries.extend(lesson_blocks(page))
        return {"entry": entries[int(argument)]}

    context = make_context(page_context, request)
    try:
        html = personal_parts.fill(pieces, template.template, context, entry)
    except KeyError:
        # A copy made before the templates changed names a part they no longer have: the page
        # is rendered whole, and its next copy made.
        kept.delete(key)
        return None
    return HttpResponse(html)
