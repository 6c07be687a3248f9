"""External video in H5P content (a YouTube address, an mp4 on another host): the player's
policy loads nothing from elsewhere, unless H5P_VIDEO_PROVIDERS names where from. At import,
what the content would fetch from elsewhere is found and named in plain French."""

from urllib.parse import urlsplit

from django.conf import settings

# Provider names a setting may use, and the origins their players need.
PROVIDERS = {
    "youtube": (
        "https://www.youtube.com",
        "https://www.youtube-nocookie.com",
        "https://i.ytimg.com",
    ),
    "vimeo": ("https://player.vimeo.com", "https://vimeo.com", "https://i.vimeocdn.com"),
}


def allowed_origins():
    """The origins H5P_VIDEO_PROVIDERS allows: provider names, or origins of a media host."""
    origins = []
    for item in getattr(settings, "H5P_VIDEO_PROVIDERS", []):
        item = item.strip().lower().rstrip("/")
        if item in PROVIDERS:
            origins += PROVIDERS[item]
        elif (parts := urlsplit(item)).scheme == "https" and parts.netloc and not parts.path:
            origins.append(f"https://{parts.netloc}")
    return list(dict.fromkeys(origins))


def _origin(address):
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc.lower()}"


def external_media(content):
    """Addresses outside the package that the content plays (a file's "path" that is a web
    address), each once, in order."""
    found, pending = [], [content]
    while pending:
        item = pending.pop()
        if isinstance(item, dict):
            path = item.get("path")
            if isinstance(path, str) and _origin(path):
                found.append(path[:500])
            pending.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            pending.extend(reversed(item))
    return list(dict.fromkeys(found))


def blocked(addresses):
    """The addresses the player would refuse (their origin is not allowed)."""
    allowed = {origin.lower() for origin in allowed_origins()}
    youtube = {"www.youtube.com", "youtube.com", "youtu.be", "m.youtube.com"}
    result = []
    for address in addresses:
        origin = _origin(address)
        host = urlsplit(address).netloc.lower()
        if host in youtube and "https://www.youtube.com" in allowed:
            continue
        if host == "vimeo.com" and "https://player.vimeo.com" in allowed:
            continue
        if origin not in allowed:
            result.append(address)
    return result


def blocked_hosts(addresses):
    """The host names of the external video the player would refuse, each once."""
    return list(dict.fromkeys(urlsplit(address).netloc.lower() for address in blocked(addresses)))


def blocked_message(addresses):
    hosts = blocked_hosts(addresses)
    if not hosts:
        return ""
    from django.utils.translation import gettext as _

    return _(
        "Cette activité montre une vidéo d'un autre site (%(hosts)s), que le lecteur du site "
        "n'ouvre pas : elle restera vide. Déposez la vidéo dans le paquet H5P, ou demandez à "
        "l'administrateur d'autoriser ce site (H5P_VIDEO_PROVIDERS)."
    ) % {"hosts": ", ".join(hosts)}
