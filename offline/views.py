from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import condition, require_safe

from . import worker
from .headers import LESSON_HEADER


def _etag(request):
    return worker.script()[0]


@require_safe
@condition(etag_func=_etag)
def service_worker(request):
    """The worker's script, from the site's root so that its scope is the whole site. Browsers
    check it at each visit: no-cache, and its ETag answers an unchanged one with a 304."""
    version, script = worker.script()
    response = HttpResponse(script, content_type="application/javascript; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def fallback(request):
    """Shown by the worker for a page this device never opened while there is no connection;
    its script lists the lessons saved here."""
    return render(
        request,
        "offline/fallback.html",
        {"lessons_cache": worker.LESSONS_CACHE, "lesson_header": LESSON_HEADER},
    )
