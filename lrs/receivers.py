"""Signals for the rows written by `objects.create` in the apps below: an attempt (native,
SCORM or any source to come: they all write an ExerciseAttempt), an H5P statement, a
certificate. Writes done by `update()` (a completion, an attendance) come through hooks."""

from django.core.signals import request_finished
from django.db.models.signals import post_delete, post_save

from . import capture, services


def _attempt_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        capture.attempt_recorded(attempt=instance)


def _h5p_statement_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        capture.h5p_statement_stored(row=instance)


def _certificate_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        capture.certificate_issued(certificate=instance)


def _centre_changed(sender, **kwargs):
    """A centre's choice to send (or not) counts from the next statement on."""
    from pasapas.stamps import renew

    renew(services.CENTRES_STAMP)


def connect():
    from accounts.models import Centre
    from certificates.models import Certificate
    from progress.models import ExerciseAttempt, XAPIStatement

    post_save.connect(_centre_changed, sender=Centre, dispatch_uid="lrs_centre_saved")
    post_delete.connect(_centre_changed, sender=Centre, dispatch_uid="lrs_centre_deleted")
    # A lesson's statement is written with the page; the drain is queued once it is sent.
    request_finished.connect(services.kick_if_pending, dispatch_uid="lrs_kick_after_response")

    post_save.connect(_attempt_saved, sender=ExerciseAttempt, dispatch_uid="lrs_attempt")
    post_save.connect(_h5p_statement_saved, sender=XAPIStatement, dispatch_uid="lrs_h5p")
    post_save.connect(_certificate_saved, sender=Certificate, dispatch_uid="lrs_certificate")
