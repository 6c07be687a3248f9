"""Content deleted anywhere (admin, shell, a course taking its lessons with it): the learner
records keep the names before the database empties their links. A signal is the one place every
deletion passes through, the cascades included; the work itself is in services."""

from django.db.models.signals import pre_delete
from wagtail.models import Page

from exercises.h5p.models import H5PActivity
from exercises.models import Exercise
from exercises.scorm.models import ScormPackage

from . import services


def _page_deleted(sender, instance, **kwargs):
    services.records_keep_lesson(page=instance)


def _exercise_deleted(sender, instance, **kwargs):
    services.records_keep_exercise(exercise=instance)


def _activity_deleted(sender, instance, **kwargs):
    services.records_keep_exercise(activity=instance)


def _scorm_deleted(sender, instance, **kwargs):
    services.records_keep_exercise(scorm=instance)


def connect():
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="progress_keep_lesson")
    pre_delete.connect(_exercise_deleted, sender=Exercise, dispatch_uid="progress_keep_exercise")
    pre_delete.connect(_activity_deleted, sender=H5PActivity, dispatch_uid="progress_keep_h5p")
    pre_delete.connect(_scorm_deleted, sender=ScormPackage, dispatch_uid="progress_keep_scorm")
