"""The IRIs in the statements: the site's own addresses, built from ids that never change (a
lesson renamed or moved keeps its id), and the namespace that makes statement ids stable."""

import uuid

from django.conf import settings
from django.urls import reverse


def site():
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def page_iri(page_id):
    """A lesson or a course: /activite/page/<id>/ redirects to where it is now (views.py)."""
    return f"{site()}{reverse('lrs:activity', args=['page', page_id])}"


def activity_iri(kind, pk):
    """An exercise (kind « exercice »), a workshop session (« seance »), or any activity a
    result points at (kind: the result's field name)."""
    if kind == "h5p":
        # The address H5P statements already carry (exercises.h5p.views.activity_iri).
        return f"{site()}{reverse('h5p:activity', args=[pk])}"
    return f"{site()}{reverse('lrs:activity', args=[kind, pk])}"


def statement_id(kind, pk, at):
    """The same event always gets the same id on this site: sending it again (a retry, a
    replay) never makes a second statement in the LRS. The row's time is part of it, so that a
    site rebuilt from scratch at the same address (ids counted from 1 again) never collides
    with what it sent before."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, site())
    return uuid.uuid5(namespace, f"{kind}:{pk}:{at.isoformat()}")
