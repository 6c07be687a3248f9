"""French first: the language is French unless the visitor chose another one on the site.

Django's LocaleMiddleware follows the browser's Accept-Language; on a centre PC or an old
laptop set up in English that would show English to a French beginner, so only the choice
made with the site's language selector (a cookie) counts here."""

from django.conf import settings
from django.utils import translation
from django.utils.cache import patch_vary_headers

from .french_plurals import ensure_french_rule


class ChosenLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.languages = {code for code, _ in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.languages else settings.LANGUAGE_CODE
        ensure_french_rule(language)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Cookie",))
        response.headers.setdefault("Content-Language", language)
        return response
