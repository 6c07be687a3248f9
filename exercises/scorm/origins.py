"""SCORM plays on the H5P player's origin (H5P_PLAYER_ORIGIN): its addresses there, and the
signed, expiring player address the site hands out for one package in one lesson."""

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils.translation import get_language

from exercises.h5p.origins import player_origin, site_origin

PLAYER_PREFIXES = ("/scorm/jouer/", "/scorm/contenu/")
SALT = "scorm-player-address"


def player_url(request, package_id, lesson_id):
    signed = signing.TimestampSigner(salt=SALT).sign_object(
        {
            "site": site_origin(request),
            "package": package_id,
            "lesson": lesson_id,
            # The player's origin has no cookie: the page's language goes with the address.
            "lang": get_language(),
        }
    )
    query = urlencode({"site": signed})
    return f"{player_origin()}{reverse('scorm:player', args=[package_id])}?{query}"


def read_player_address(value, package_id):
    """(site origin, lesson id, language) the site signed for this package, or None when the
    value is forged, expired or made for another package."""
    try:
        data = signing.TimestampSigner(salt=SALT).unsign_object(
            value or "", max_age=settings.H5P_PLAYER_URL_MAX_AGE
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("package") != package_id:
        return None
    site, lesson = data.get("site"), data.get("lesson")
    if not isinstance(site, str) or not isinstance(lesson, int):
        return None
    languages = {code for code, _name in settings.LANGUAGES}
    language = data.get("lang") if data.get("lang") in languages else settings.LANGUAGE_CODE
    return site, lesson, language
