"""Caps on what an upload may cost."""

import dataclasses
from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps on what an upload may cost us; the ratios catch zip bombs."""

    max_file_bytes: int = 100 * MIB
    max_unpacked_bytes: int = 300 * MIB
    max_entries: int = 10_000
    max_ratio: int = 100

    @classmethod
    def from_settings(cls) -> "Limits":
        """The defaults, overridden by settings.PASAPAS_H5P_LIMITS (a dict of field names)."""
        from django.conf import settings

        overrides = getattr(settings, "PASAPAS_H5P_LIMITS", None) if settings.configured else None
        return dataclasses.replace(cls(), **(overrides or {}))
