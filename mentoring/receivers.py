"""A lesson deleted: its questions and tips stay, with the lesson's title stored before the
database empties the link (a signal sees every deletion, cascades included)."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save, pre_delete
from pasapas.stamps import renew
from wagtail.models import Page

from . import selectors
from .models import Thread, Tip


def _page_deleted(sender, instance, **kwargs):
    Thread.objects.filter(lesson_id=instance.pk).update(lesson_title=instance.title)
    Tip.objects.filter(lesson_id=instance.pk).update(lesson_title=instance.title)


def _tips_changed(sender, update_fields=None, **kwargs):
    """Approved tips are cached with their mentors' names (selectors.approved_tips): a tip or a
    person saved or deleted renews them; a sign-in (only last_login written) does not."""
    if sender is not Tip and update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    renew(selectors.TIPS_STAMP)


def connect():
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="mentoring_keep_lesson")
    for sender in (Tip, get_user_model()):
        post_save.connect(_tips_changed, sender=sender, dispatch_uid=f"tips-{sender.__name__}")
        post_delete.connect(_tips_changed, sender=sender, dispatch_uid=f"tips-d-{sender.__name__}")
