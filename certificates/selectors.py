"""Reads about certificates, each in one query."""

from accounts import scope

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
    return scope.scope(Certificate.objects.all(), user)


def can_download(user, certificate):
    """The owner, the facilitators of the certificate's centre, admins."""
    if not user.is_authenticated:
        return False
    if certificate.user_id is not None and certificate.user_id == user.pk:
        return True
    return scope.reaches(user, certificate)


def certificate_by_code(code):
    """The certificate a typed code names, or None (the code is normalised first)."""
    normalized = normalize_code(code)
    if normalized is None:
        return None
    return Certificate.objects.filter(code=normalized).first()
