"""A lesson deleted: its questions and tips stay, with the lesson's title stored before the
database empties the link (a signal sees every deletion, cascades included)."""

from django.db.models.signals import pre_delete
from wagtail.models import Page

from .models import Thread, Tip


def _page_deleted(sender, instance, **kwargs):
    Thread.objects.filter(lesson_id=instance.pk).update(lesson_title=instance.title)
    Tip.objects.filter(lesson_id=instance.pk).update(lesson_title=instance.title)


def connect():
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="mentoring_keep_lesson")
