"""An activity or a lesson deleted: the learners' xAPI statements keep their titles before the
database empties the links (a signal sees every deletion, cascades included)."""

from django.db.models.signals import pre_delete
from wagtail.models import Page

from .models import H5PActivity, XAPIStatement


def _page_deleted(sender, instance, **kwargs):
    XAPIStatement.objects.filter(lesson_id=instance.pk).update(lesson_title=instance.title)


def _activity_deleted(sender, instance, **kwargs):
    XAPIStatement.objects.filter(activity_id=instance.pk).update(activity_title=instance.title)


def connect():
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="h5p_keep_lesson")
    pre_delete.connect(_activity_deleted, sender=H5PActivity, dispatch_uid="h5p_keep_activity")
