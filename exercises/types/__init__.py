"""Exercise types: every module in this package registers one type when imported. A type
shipped in another package is listed in the PASAPAS_EXERCISE_TYPES setting (module paths)."""

import importlib
import pkgutil

from django.conf import settings

_loaded = False


def load():
    global _loaded
    if _loaded:
        return
    _loaded = True
    for module in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{module.name}")
    for path in getattr(settings, "PASAPAS_EXERCISE_TYPES", []):
        importlib.import_module(path)
