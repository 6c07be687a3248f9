"""The two origins: the site's, where learners are signed in, and the player's, where
package code runs with nothing to steal."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings

# Addresses that exist only on the player's origin (other plugins that play there add theirs).
PLAYER_PREFIXES = ("/h5p/jouer/", "/h5p/contenu/", "/h5p/bibliotheques/", "/h5p/ensembles/")
# What else the player's origin answers: its static files and the health check.
PLAYER_ALSO_SERVES = ("/static/", "/sante/")


def register_player_prefixes(*prefixes):
    """Another plugin's addresses that live on the player's origin only (SCORM's)."""
    global PLAYER_PREFIXES
    PLAYER_PREFIXES = tuple(dict.fromkeys((*PLAYER_PREFIXES, *prefixes)))


def player_origin():
    return settings.H5P_PLAYER_ORIGIN


def player_host():
    """host[:port] of the player's origin, as requests name it."""
    return urlsplit(player_origin()).netloc.lower() if player_origin() else ""


def site_origin(request):
    return f"{request.scheme}://{request.get_host()}"


def is_player_request(request):
    host = player_host()
    return bool(host) and request.get_host().lower() == host


def player_is_isolated(request):
    """The player can only run when its origin differs from the page's: same origin would
    hand the site's cookies to package code."""
    return bool(player_origin()) and not is_player_request(request)


SITE_ORIGIN_SALT = "h5p-player-address"


def player_url(request, activity_id, lesson_id=None):
    """The player's address for one activity in one lesson, signed by the site as it shows
    that lesson to someone who may see it, and expiring (H5P_PLAYER_URL_MAX_AGE): it carries
    the site's origin (the only one the player talks to and is framed by), and is worth
    nothing for another activity or another lesson."""
    from django.core import signing
    from django.urls import reverse

    signed = signing.TimestampSigner(salt=SITE_ORIGIN_SALT).sign_object(
        {"site": site_origin(request), "activity": activity_id, "lesson": lesson_id}
    )
    query = urlencode({"site": signed})
    return f"{player_origin()}{reverse('h5p:player', args=[activity_id])}?{query}"


def read_player_address(value, activity_id):
    """(site origin, lesson id or None) that the site signed for this activity, or None when
    the value is forged, expired or made for another activity."""
    from django.core import signing

    try:
        data = signing.TimestampSigner(salt=SITE_ORIGIN_SALT).unsign_object(
            value or "", max_age=settings.H5P_PLAYER_URL_MAX_AGE
        )
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("activity") != activity_id:
        return None
    site, lesson = data.get("site"), data.get("lesson")
    if not isinstance(site, str) or not (lesson is None or isinstance(lesson, int)):
        return None
    return site, lesson
