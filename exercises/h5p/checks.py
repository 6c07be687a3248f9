"""A deployment warning when H5P activities could not play safely."""

from django.conf import settings
from django.core.checks import Warning, register


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
