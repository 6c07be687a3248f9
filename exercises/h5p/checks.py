"""Deployment checks: H5P activities must play safely, their files apart from the media."""

from pathlib import Path

from django.conf import settings
from django.core.checks import Error, Warning, register


@register(deploy=True)
def player_origin_check(app_configs, **kwargs):
    if settings.H5P_PLAYER_ORIGIN:
        return []
    return [
        Warning(
            "H5P_PLAYER_ORIGIN n'est pas défini : les activités H5P ne seront pas jouées. "
            "(H5P_PLAYER_ORIGIN is not set: H5P activities will not play.)",
            hint="Give the H5P player a host name of its own, e.g. https://h5p.example.org",
            id="pasapas.W001",
        )
    ]


def _inside(inner, outer):
    inner, outer = inner.strip("/"), outer.strip("/")
    return not outer or inner == outer or inner.startswith(f"{outer}/")


@register()
def package_files_apart_check(app_configs, **kwargs):
    """Package files must never be reachable where the site serves media (its /media/ route,
    or signed or CDN addresses of the media bucket): their scripts would run as the site."""
    media = settings.STORAGES["default"]
    packages = settings.STORAGES.get("h5p", {})
    problem = False
    if packages.get("BACKEND", "").endswith("PackageFileStorage"):
        root = Path(packages.get("OPTIONS", {}).get("location") or settings.H5P_ROOT).resolve()
        if media["BACKEND"].endswith(("MediaStorage", "FileSystemStorage")):
            media_root = Path(
                media.get("OPTIONS", {}).get("location") or settings.MEDIA_ROOT
            ).resolve()
            problem = root == media_root or root.is_relative_to(media_root)
    elif packages:
        options, media_options = packages.get("OPTIONS", {}), media.get("OPTIONS", {})
        same_bucket = options.get("bucket_name") == media_options.get("bucket_name")
        media_prefix = media_options.get("location", "")
        # Media at the bucket's root are only reachable by the addresses the site signs for
        # them, unless a CDN reads the whole bucket.
        problem = same_bucket and (
            _inside(options.get("location", ""), media_prefix)
            if media_prefix.strip("/") or media_options.get("custom_domain")
            else options.get("location", "").strip("/") == ""
        )
    if not problem:
        return []
    return [
        Error(
            "Les fichiers des paquets H5P sont dans le dossier (ou le préfixe) des media, que le "
            "site sert. (H5P package files are inside the media folder or prefix, which the "
            "site serves.)",
            hint="Set H5P_ROOT outside MEDIA_ROOT, or H5P_S3_BUCKET / H5P_S3_PREFIX outside "
            "S3_BUCKET / S3_PREFIX.",
            id="pasapas.E002",
        )
    ]
