"""Caps on what an H5P upload may cost: the shared archive limits, read from the settings."""

import dataclasses

from pasapas.archives import MIB, ArchiveLimits

__all__ = ["MIB", "Limits"]


class Limits(ArchiveLimits):
    """pasapas.archives' limits; from_settings reads PASAPAS_H5P_LIMITS."""

    @classmethod
    def from_settings(cls) -> "Limits":
        """The defaults, overridden by settings.PASAPAS_H5P_LIMITS (a dict of field names)."""
        from django.conf import settings

        overrides = getattr(settings, "PASAPAS_H5P_LIMITS", None) if settings.configured else None
        return dataclasses.replace(cls(), **(overrides or {}))
