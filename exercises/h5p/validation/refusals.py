"""How a refused package is told: the error and the helpers that write names and sizes safely
into its messages."""

import json

from pasapas.archives import ArchiveError, shown, sizes

# A refused H5P package is a refused archive: one exception, whichever check found it.
PackageError = ArchiveError

__all__ = ["PackageError", "shown", "shown_value", "sizes"]


def shown_value(value) -> str:
    if isinstance(value, str):
        return shown(value, 60)
    return shown(json.dumps(value, ensure_ascii=False), 60)
