"""Writes about certificates. Issuing is idempotent: asking again (a double click, two tabs)
gives the same certificate, held by the unique (user, course) constraint."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from progress.selectors import courses_progress

from .codes import new_code
from .models import Certificate

ERASED_REASON = "Données de la personne effacées à sa demande."


def _course_progress(user, course):
    for item in courses_progress(user):
        if item.course.pk == course.pk:
            return item
    return None


def _printed_name(user, family_name=""):
    """The name the learner goes by, and the family name (or initial) they chose to add: the
    account holds none, and a certificate shown to an employer reads better with one."""
    name = user.display_name or user.get_full_name() or user.first_name or user.username
    family_name = " ".join((family_name or "").split())
    if family_name and not name.casefold().endswith(family_name.casefold()):
        name = f"{name} {family_name}"
    return name[:300]


def certificate_issue(*, user, course, by=None, family_name=""):
    """The learner's certificate for a course they completed: every live lesson of it done and
    every activity marked « à réussir » in it passed. Certificates issued before stay valid."""
    existing = Certificate.objects.filter(user=user, course=course).first()
    if existing is not None:
        if existing.is_revoked:
            raise ValidationError(
                _("Cette attestation a été retirée : parlez-en à l'équipe d'animation."),
                code="revoked",
            )
        return existing
    progress = _course_progress(user, course)
    if progress is None or not progress.finished:
        raise ValidationError(
            _("Cet atelier n'est pas encore terminé : finissez toutes ses leçons d'abord."),
            code="not_completed",
        )
    if progress.required_left:
        count = len(progress.required_left)
        raise ValidationError(
            ngettext(
                "Il reste %(n)s exercice à réussir dans cet atelier : "
                "il est indiqué dans « Mon parcours ».",
                "Il reste %(n)s exercices à réussir dans cet atelier : "
                "ils sont indiqués dans « Mon parcours ».",
                count,
            )
            % {"n": count},
            code="required_left",
        )
    centre = user.centre if user.centre_id else None
    fields = {
        "centre": centre,
        "learner_name": _printed_name(user, family_name),
        "course_title": course.title,
        "centre_name": centre.name if centre else "",
        "lesson_count": progress.total,
        "issued_by": by,
    }
    for _attempt in range(5):
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    user=user, course=course, code=new_code(), **fields
                )
        except IntegrityError:
            # Another request issued it first, or (very rarely) the code was taken.
            existing = Certificate.objects.filter(user=user, course=course).first()
            if existing is not None:
                return existing
    raise RuntimeError("could not find a free certificate code")


def certificate_revoke(*, certificate, by=None, reason):
    """Withdraw a certificate (a mistake, a duplicate): the public check then says so."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            _("Indiquez pourquoi l'attestation est retirée."),
            code="reason_required",
        )
    if certificate.is_revoked:
        raise ValidationError(
            _("Cette attestation est déjà retirée."),
            code="already_revoked",
        )
    now = timezone.now()
    updated = Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=now, revoked_reason=reason[:1000], revoked_by=by
    )
    if not updated:  # revoked meanwhile by someone else
        raise ValidationError(
            _("Cette attestation est déjà retirée."),
            code="already_revoked",
        )
    certificate.refresh_from_db()
    return certificate
