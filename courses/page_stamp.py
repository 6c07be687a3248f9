"""A stamp that changes whenever any page is saved, moved or deleted: part of the key of the
cached fragments that show other pages than the one served (breadcrumbs, a lesson's place in
its course, the pager), so that a publication elsewhere in the tree shows on the next view."""

import secrets

from django.core.cache import cache
from wagtail.models import BaseViewRestriction, Page, Site

KEY = "pages-stamp"


def pages_stamp():
    stamp = cache.get(KEY)
    if stamp is None:
        cache.add(KEY, secrets.token_hex(6), None)
        stamp = cache.get(KEY)
    return stamp


def renew(sender, instance=None, **kwargs):
    """A receiver for any model's save or delete, and Wagtail's page moves: pages, sites and
    view restrictions only (courses.page_cache keeps them under this stamp too)."""
    if instance is None or isinstance(instance, (Page, Site, BaseViewRestriction)):
        cache.set(KEY, secrets.token_hex(6), None)
