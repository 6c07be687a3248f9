"""Writes: the desk's tally of visits, and a learner's public (set by their facilitator)."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import Public

from .models import Purpose, Visit


def _check_public(public):
    if public not in Public.values and public != "":
        raise ValidationError(_("Ce public n'existe pas."), code="public")


def visit_record(*, centre, purpose, recorded_by, public="", date=None, today=None):
    """One « +1 » at the desk. A visit of another day may be caught up, never a future one."""
    today = today or timezone.localdate()
    date = date or today
    _check_public(public)
    if purpose not in Purpose.values:
        raise ValidationError(_("Ce motif n'existe pas."), code="purpose")
    if not isinstance(date, datetime.date) or date > today:
        raise ValidationError(
            _("Cette date n'est pas encore arrivée."),
            code="future",
        )
    return Visit.objects.create(
        centre=centre, date=date, public=public, purpose=purpose, recorded_by=recorded_by
    )


def visit_undo_last(*, centre, recorded_by, today=None):
    """Remove the last visit this person recorded today in this centre. Returns it, or None."""
    today = today or timezone.localdate()
    last = (
        Visit.objects.filter(centre=centre, recorded_by=recorded_by, created_at__date=today)
        .order_by("-created_at", "-pk")
        .first()
    )
    if last is not None:
        last.delete()
    return last


def learner_public_set(*, learner, public):
    _check_public(public)
    learner.public = public
    learner.save(update_fields=["public"])
    return learner
