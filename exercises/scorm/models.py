"""A SCORM package as content: its files under a prefix of the player's storage (never the
site's media), its table of contents from the manifest. What learners do in it (CMI data,
results) are learner records, in progress."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .manifest import VERSIONS

# The uploaded content: replaced at once by a new upload, never taken back from a revision.
CONTENT_FIELDS = ("content_key", "content_path", "version", "items")


class ScormPackage(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """An uploaded SCORM package (1.2 or 2004), placed in lessons with the « SCORM » block.

    Drafts, revisions and locking like the other activities: learners only play the live
    version; its title changes on publish and can be reverted."""

    title = models.CharField(
        _("titre"),
        max_length=255,
        help_text=_("Laissez vide pour reprendre le titre du paquet SCORM."),
    )
    content_key = models.CharField(max_length=32, unique=True, editable=False)
    content_path = models.CharField(max_length=255, editable=False)
    version = models.CharField(
        _("version de SCORM"),
        max_length=8,
        choices=list(VERSIONS.items()),
        editable=False,
    )
    # The default organisation's items: [{identifier, title, launch, parameters, children}].
    items = models.JSONField(default=list, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("modifié le"), auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="scorm_package")

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("paquet SCORM")
        verbose_name_plural = _("paquets SCORM")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def is_2004(self):
        return self.version.startswith("2004")

    def with_content_json(self, content):
        """A revision brings back the title, never older content files (discarded when a new
        package replaced them)."""
        obj = super().with_content_json(content)
        current = type(self).objects.filter(pk=self.pk).values(*CONTENT_FIELDS).first()
        for name, value in (current or {}).items():
            setattr(obj, name, value)
        return obj

    def get_preview_template(self, request, mode_name):
        return "scorm/package_preview.html"

    def launchable(self):
        """The items that open something, in the order of the table of contents."""
        found = []

        def walk(items):
            for item in items:
                if item.get("launch"):
                    found.append(item)
                walk(item.get("children") or [])

        walk(self.items)
        return found

    @staticmethod
    def new_key():
        return uuid.uuid4().hex
