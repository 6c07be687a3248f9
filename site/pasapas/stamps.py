"""Named stamps in the shared cache: part of the key of every cached thing built from some
rows, renewed by a receiver when one of those rows changes. The next page then misses the
cache and reads the rows again: nothing shows stale, and nothing has to be found and deleted.

Within a request, each stamp is read once, and the stamps this process has used are read
together in one call to the cache (a signed-in lesson asked it for stamps 14 times, issue 25):
a stamp renewed by another process shows from the next request on."""

import contextvars
import secrets

from django.core.cache import cache

# The stamps read in the current request, by name; None outside a request.
_read = contextvars.ContextVar("pasapas_stamps", default=None)
# Every stamp's name this process has read: asked for together at a request's first read.
_known = set()


def _key(name):
    return f"stamp:{name}"


def request_started(**kwargs):
    _read.set({})


def request_finished(**kwargs):
    _read.set(None)


def stamp(name):
    read = _read.get()
    if read is not None:
        if name in read:
            return read[name]
        _known.add(name)
        if not read:
            found = cache.get_many([_key(known) for known in _known])
            read.update((known, found[_key(known)]) for known in _known if _key(known) in found)
            if name in read:
                return read[name]
    key = _key(name)
    value = cache.get(key)
    if value is None:
        cache.add(key, secrets.token_hex(6), None)
        value = cache.get(key)
    if read is not None:
        read[name] = value
    return value


def renew(name):
    value = secrets.token_hex(6)
    cache.set(_key(name), value, None)
    read = _read.get()
    if read is not None:
        read[name] = value
