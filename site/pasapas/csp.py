"""Content Security Policy: strict on the site's pages (no inline script or style, no eval),
through Django's own middleware. The Wagtail admin is left out: its editors rely on inline
scripts and styles, and only staff use it."""

import base64
import hashlib
import json
import re
from functools import cache
from urllib.parse import urlsplit

from django.conf import settings
from django.core.files.storage import default_storage
from django.middleware.csp import ContentSecurityPolicyMiddleware
from django.utils.csp import CSP

ADMIN_PREFIXES = ("/admin/",)


def _style_hash(template_name):
    """The 500 page carries its own tiny stylesheet (it must render when static files can't):
    allowed by its hash, nothing else inline."""
    for directory in settings.TEMPLATES[0]["DIRS"]:
        path = directory / template_name
        if path.exists():
            styles = re.findall(r"<style>(.*?)</style>", path.read_text(encoding="utf-8"), re.S)
            return [
                "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
                for s in styles
            ]
    return []


@cache
def _media_origin(storage_config):
    """The origin uploads are fetched from when it is not the site's (S3-compatible storage,
    or a CDN in front of it): pages show images and play videos from there."""
    try:
        parts = urlsplit(default_storage.url("csp-origin"))
    except Exception:  # noqa: BLE001 - no credentials yet: the site's own origin only
        return ""
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""


def media_origin():
    if settings.MEDIA_ORIGIN:
        return settings.MEDIA_ORIGIN
    return _media_origin(json.dumps(settings.STORAGES["default"], sort_keys=True, default=str))


@cache
def site_policy(player_origin="", media_origin=""):
    frames = [CSP.SELF, "https:"]  # videos from their sites; the H5P player's own origin
    if player_origin:
        frames.append(player_origin)
    media = [CSP.SELF, media_origin] if media_origin else [CSP.SELF]
    return {
        "default-src": [CSP.SELF],
        "script-src": [CSP.SELF],
        "style-src": [CSP.SELF, *_style_hash("500.html")],
        "img-src": [*media, "data:"],
        "font-src": [CSP.SELF],
        "media-src": media,
        "connect-src": [CSP.SELF],
        "frame-src": frames,
        "object-src": [CSP.NONE],
        "base-uri": [CSP.SELF],
        "form-action": [CSP.SELF],
        "frame-ancestors": [CSP.SELF],
    }


class SitePagesCSPMiddleware(ContentSecurityPolicyMiddleware):
    """Django's middleware with the site's policy, which depends on the H5P player's origin
    (a setting): a view may still set a policy of its own, like the H5P player page."""

    def process_response(self, request, response):
        if request.path.startswith(ADMIN_PREFIXES):
            return response
        if not hasattr(response, "_csp_config"):
            response._csp_config = site_policy(settings.H5P_PLAYER_ORIGIN, media_origin())
        return super().process_response(request, response)
