from django.utils import timezone

from .models import Certificate
from .services import ERASED_REASON


def export_certificates(user):
    return [
        {
            "code": certificate.code,
            "course": certificate.course_title,
            "name_printed": certificate.learner_name,
            "centre": certificate.centre_name,
            "lessons": certificate.lesson_count,
            "issued_at": certificate.issued_at.isoformat(),
            "revoked_at": certificate.revoked_at.isoformat() if certificate.revoked_at else None,
            "revoked_reason": certificate.revoked_reason,
        }
        for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
    ]


def erase_certificates(user):
    """The name goes; the code stays known so that a check of the paper says « withdrawn »
    rather than « unknown »."""
    certificates = Certificate.objects.filter(user=user)
    certificates.filter(revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=ERASED_REASON
    )
    certificates.update(user=None, learner_name="")
    # A facilitator erased: their learners' certificates stay, without who handled them.
    Certificate.objects.filter(issued_by=user).update(issued_by=None)
    Certificate.objects.filter(revoked_by=user).update(revoked_by=None)
