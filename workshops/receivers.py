"""A course deleted: its past sessions keep its id and title, so that the attendance figures
by track read the same after the deletion (a signal sees every deletion, cascades included)."""

from django.db.models.signals import pre_delete
from wagtail.models import Page

from .models import Session


def _page_deleted(sender, instance, **kwargs):
    Session.objects.filter(track_id=instance.pk).update(
        track_kept_id=instance.pk, track_title=instance.title
    )


def connect():
    pre_delete.connect(_page_deleted, sender=Page, dispatch_uid="workshops_keep_track")
