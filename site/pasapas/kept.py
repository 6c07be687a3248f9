"""What a process read from the shared cache under a stamped key, kept in its own memory for a
short while: the next page asking for the same key skips the read and the unpickling (a
signed-in lesson read 20 entries, issue 25).

Only for keys that hold the stamps of what the value is built from (pasapas.stamps): a change
renews a stamp, the next request asks for another key, and nothing kept can show stale. A value
is kept at most KEPT_FOR seconds and never beyond its own timeout in the shared cache; callers
must not change what they get (copy it first)."""

import time

from django.core.cache import cache

KEPT_FOR = 30
KEPT_MAX = 512

_kept = {}


def get(key, timeout):
    found = _kept.get(key)
    now = time.monotonic()
    if found is not None and found[0] > now:
        return found[1]
    value = cache.get(key)
    if value is not None:
        _keep(key, value, _seconds(timeout), now)
    return value


def set(key, value, timeout):  # noqa: A001 - the cache's own verb
    cache.set(key, value, timeout)
    _keep(key, value, _seconds(timeout), time.monotonic())


def delete(key):
    cache.delete(key)
    _kept.pop(key, None)


def clear():
    _kept.clear()


def _seconds(timeout):
    return KEPT_FOR if timeout is None else min(timeout, KEPT_FOR)


def _keep(key, value, seconds, now):
    _kept[key] = (now + seconds, value)
    while len(_kept) > KEPT_MAX:
        try:
            del _kept[next(iter(_kept))]
        except (KeyError, RuntimeError, StopIteration):  # another thread took it first
            break
