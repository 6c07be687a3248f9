"""An organisation saved or deleted: the lessons read their services again."""

from django.db.models.signals import post_delete, post_save

from . import selectors
from .models import Organisation


def _organisation_changed(sender, instance, **kwargs):
    selectors.organisations_changed()


def connect():
    post_save.connect(_organisation_changed, sender=Organisation, dispatch_uid="partners_org_saved")
    post_delete.connect(
        _organisation_changed, sender=Organisation, dispatch_uid="partners_org_deleted"
    )
