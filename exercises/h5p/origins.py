"""The two origins: the site's, where learners are signed in, and the player's, where
package code runs with nothing to steal."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings

# Addresses that exist only on the player's origin.
PLAYER_PREFIXES = ("/h5p/jouer/", "/h5p/contenu/", "/h5p/bibliotheques/")
# What else the player's origin answers: its static files and the health check.
PLAYER_ALSO_SERVES = ("/static/", "/sante/")


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


SITE_ORIGIN_SALT = "h5p-site-origin"


def player_url(request, activity_id):
    """The player's address for an activity, carrying the site's origin signed: the player
    talks to that origin only, and only that origin may frame it."""
    from django.core import signing
    from django.urls import reverse

    signed = signing.Signer(salt=SITE_ORIGIN_SALT).sign(site_origin(request))
    query = urlencode({"site": signed})
    return f"{player_origin()}{reverse('h5p:player', args=[activity_id])}?{query}"
