"""A stamp that changes whenever any page is saved, moved or deleted: part of the key of the
cached fragments that show other pages than the one served (breadcrumbs, a lesson's place in
its course, the pager), so that a publication elsewhere in the tree shows on the next view."""

from pasapas import stamps
from wagtail.models import BaseViewRestriction, Page, Site

NAME = "pages"


def pages_stamp():
    return stamps.stamp(NAME)


def renew(sender, instance=None, **kwargs):
    """A receiver for any model's save or delete, and Wagtail's page moves: pages, sites and
    view restrictions only (courses.page_cache keeps them under this stamp too)."""
    if instance is None or isinstance(instance, (Page, Site, BaseViewRestriction)):
        stamps.renew(NAME)
