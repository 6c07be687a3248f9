"""Named stamps in the shared cache: part of the key of every cached thing built from some
rows, renewed by a receiver when one of those rows changes. The next page then misses the
cache and reads the rows again: nothing shows stale, and nothing has to be found and deleted."""

import secrets

from django.core.cache import cache


def stamp(name):
    key = f"stamp:{name}"
    value = cache.get(key)
    if value is None:
        cache.add(key, secrets.token_hex(6), None)
        value = cache.get(key)
    return value


def renew(name):
    cache.set(f"stamp:{name}", secrets.token_hex(6), None)
