"""Reads about certificates, each in one query."""

from accounts.roles import is_facilitator

from .codes import normalize_code
from .models import Certificate


def certificates_by_course(user):
    """The person's certificates by course id, for Mon parcours (one query)."""
    if not user.is_authenticated:
        return {}
    return {
        certificate.course_id: certificate
        for certificate in Certificate.objects.filter(user=user, course__isnull=False)
    }


def certificates_managed_by(user):
    """A centre's certificates for its facilitators; all for admins."""
    if user.is_superuser:
        return Certificate.objects.all()
    if not is_facilitator(user) or user.centre_id is None:
        return Certificate.objects.none()
    return Certificate.objects.filter(centre_id=user.centre_id)


def can_download(user, certificate):
    """The owner, the facilitators of the certificate's centre, admins."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or (certificate.user_id is not None and certificate.user_id == user.pk):
        return True
    return (
        is_facilitator(user)
        and user.centre_id is not None
        and user.centre_id == certificate.centre_id
    )


def certificate_by_code(code):
    """The certificate a typed code names, or None (the code is normalised first)."""
    normalized = normalize_code(code)
    if normalized is None:
        return None
    return Certificate.objects.filter(code=normalized).first()
