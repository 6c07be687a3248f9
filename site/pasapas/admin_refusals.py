"""Wagtail's admin views trust their own forms: posted without a hidden field, or given an id
that is not a number, some raise (MultiValueDictKeyError, KeyError, AttributeError, ValueError,
NoReverseMatch) instead of refusing, and a visitor's bad request becomes a server error. One
seam, rather than a patch per Wagtail view: exactly those exceptions, raised by an admin view
answering a post, become a plain 400; so does a ValueError answering any other request (an
address whose id is not a number, e.g. a chooser's). They are logged with their traceback, so
a real fault stays visible."""

import logging

from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from .http import wants_json

logger = logging.getLogger(__name__)

# MultiValueDictKeyError is a KeyError.
REFUSED_POST = (KeyError, AttributeError, ValueError, NoReverseMatch)
REFUSED_OTHER = (ValueError,)


class AdminBadPostMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        posted = request.method == "POST"
        if not isinstance(exception, REFUSED_POST if posted else REFUSED_OTHER):
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        logger.warning(
            "Admin request refused (%s) at %s %s",
            type(exception).__name__,
            request.method,
            request.path,
            exc_info=True,
        )
        if posted:
            message = _(
                "Ce formulaire est incomplet ou a été modifié : il n'a pas pu être traité. "
                "Rechargez la page, puis recommencez."
            )
        else:
            message = _(
                "Cette adresse est incorrecte : elle a peut-être été modifiée. Revenez à la page "
                "précédente."
            )
        if wants_json(request):
            return JsonResponse({"error": message, "message": message}, status=400)
        page = render_to_string("400_admin.html", {"message": message}, request=request)
        return HttpResponseBadRequest(page)
