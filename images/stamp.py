"""A stamp that changes whenever a picture's annotations change: part of the key of the cached
lesson blocks (courses' lesson_tags), so a lesson shows the new drawing on its next view rather
than the address of a rendition that was just deleted."""

import secrets

from django.core.cache import cache

KEY = "images-annotations-stamp"


def annotations_stamp():
    stamp = cache.get(KEY)
    if stamp is None:
        cache.add(KEY, secrets.token_hex(6), None)
        stamp = cache.get(KEY)
    return stamp


def renew():
    cache.set(KEY, secrets.token_hex(6), None)
