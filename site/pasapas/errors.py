"""The error page says what happened when the cause is known: the database restarting (503,
try again soon) or the media storage full or read-only during an upload (507, nothing kept).

It renders without the database: no context processor, no session, no user."""

import errno
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.decorators.csrf import requires_csrf_token

from .http import wants_json

STORAGE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS, errno.EACCES, errno.EPERM}

DATABASE_DOWN = {
    "status": 503,
    "title": "Le site redémarre",
    "text": (
        "Le site est momentanément indisponible. Ce que vous aviez déjà enregistré est gardé. "
        "Réessayez dans une minute."
    ),
    "text_en": (
        "The site is restarting. What you had already saved is kept. Try again in a minute."
    ),
}
STORAGE_FULL = {
    "status": 507,
    "title": "Le fichier n'a pas pu être enregistré",
    "text": (
        "L'espace de stockage du site est plein ou n'accepte plus d'écriture : rien n'a été "
        "enregistré. Prévenez la personne qui s'occupe du site, puis réessayez."
    ),
    "text_en": (
        "The site's storage is full or read-only: nothing was saved. Tell the person who runs "
        "the site, then try again."
    ),
}


def known_cause(error):
    """DATABASE_DOWN, STORAGE_FULL or None, for an exception or any in its chain."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if isinstance(error, (OperationalError, InterfaceError)):
            return DATABASE_DOWN
        if isinstance(error, OSError) and error.errno in STORAGE_ERRNOS:
            return STORAGE_FULL
        error = error.__cause__ or error.__context__
    return None


@requires_csrf_token
def server_error(request, template_name="500.html"):
    cause = known_cause(sys.exc_info()[1])
    status = cause["status"] if cause else 500
    headers = {"Retry-After": "30"} if status == 503 else {}
    if cause and wants_json(request):
        message = f"{cause['text']} ({cause['text_en']})"
        # `error_message` and `success` are what Wagtail's multiple-upload page reads.
        payload = {"error": message, "error_message": message, "success": False}
        return JsonResponse(payload, status=status, headers=headers)
    context = {k: v for k, v in (cause or {}).items() if k != "status"}
    body = loader.get_template(template_name).render(context)
    return HttpResponse(body, status=status, headers=headers)


def csrf_failure(request, reason=""):
    """Django's CSRF refusal (CSRF_FAILURE_VIEW): a view that answers scripts says it in its own
    words (its csrf_refusal, pasapas.http); any other gets the plain page 403_csrf.html."""
    view = getattr(getattr(request, "resolver_match", None), "func", None)
    respond = getattr(view, "csrf_refusal", None)
    if respond is not None:
        return respond(request)
    return django_csrf_failure(request, reason)
