"""Caps on what a SCORM upload may cost: the shared archive limits, read from the settings."""

import dataclasses

from pasapas.archives import ArchiveLimits

# The manifest is read whole into memory: a real one is a few dozen kilobytes.
MAX_MANIFEST_BYTES = 2 * 1024 * 1024


class ScormLimits(ArchiveLimits):
    """pasapas.archives' limits; from_settings reads PASAPAS_SCORM_LIMITS."""

    @classmethod
    def from_settings(cls) -> "ScormLimits":
        from django.conf import settings

        overrides = getattr(settings, "PASAPAS_SCORM_LIMITS", None) if settings.configured else None
        return dataclasses.replace(cls(), **(overrides or {}))
