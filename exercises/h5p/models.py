"""H5P content (libraries and activities) apart from learner data (state and statements).

Files live in a storage of their own under prefixes that are never rewritten: an upload writes a
fresh prefix, and only the database row, switched in one transaction, makes it visible."""

import uuid

from django.conf import settings
from django.contrib import admin
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .storage import package_storage


class H5PLibrary(models.Model):
    """One library, shared by every activity that needs it: one row per machine name and
    major.minor version, pointing at the files of its newest patch."""

    machine_name = models.CharField(_("nom machine"), max_length=255)
    major = models.PositiveIntegerField(_("version majeure"))
    minor = models.PositiveIntegerField(_("version mineure"))
    patch = models.PositiveIntegerField(_("correctif"))
    title = models.CharField(_("titre"), max_length=255)
    runnable = models.BooleanField(_("type de contenu"), default=False)
    storage_path = models.CharField(_("dossier"), max_length=255)
    data = models.JSONField(_("library.json"), default=dict)
    done_when_viewed = models.BooleanField(
        _("à consulter par défaut"),
        default=False,
        help_text=_(
            "Pour un type de contenu sans rien à répondre (cartes, accordéon, présentation…) : "
            "ses nouvelles activités sont faites dès qu'on les a ouvertes."
        ),
    )
    installed_at = models.DateTimeField(_("installée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("mise à jour le"), auto_now=True)

    class Meta:
        verbose_name = _("bibliothèque H5P")
        verbose_name_plural = _("bibliothèques H5P")
        ordering = ["machine_name", "major", "minor"]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major", "minor"], name="one_h5p_library_per_version"
            )
        ]
        permissions = [
            ("manage_h5p_libraries", _("Installer ou mettre à jour des bibliothèques H5P"))
        ]

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}.{self.patch}"

    @property
    def key(self):
        return (self.machine_name, self.major, self.minor)

    @property
    def folder(self):
        """The folder name H5P players look for."""
        return f"{self.machine_name}-{self.major}.{self.minor}"


# The uploaded content: replaced at once by a new upload (its files are swapped in one
# transaction, the old ones discarded), so never taken back from a revision.
CONTENT_FIELDS = ("main_library_id", "content_key", "content_path", "h5p_json", "package")


class H5PActivity(
    DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, models.Model
):
    """An uploaded .h5p package: written once in an H5P editor, placed in lessons.

    Drafts, revisions, history, preview and locking like pages: learners only ever play the
    live version; its title and pass mark change on publish and can be reverted."""

    title = models.CharField(
        _("titre"),
        max_length=255,
        help_text=_("Laissez vide pour reprendre le titre du paquet H5P."),
    )
    main_library = models.ForeignKey(
        H5PLibrary,
        verbose_name=_("type de contenu"),
        on_delete=models.PROTECT,
        related_name="main_of",
    )
    libraries = models.ManyToManyField(
        H5PLibrary,
        verbose_name=_("bibliothèques utilisées"),
        related_name="activities",
        through="H5PActivityLibrary",
    )
    # The key names the content's files in URLs and storage; a new upload gets a new key.
    content_key = models.CharField(max_length=32, unique=True, editable=False)
    content_path = models.CharField(max_length=255, editable=False)
    h5p_json = models.JSONField(default=dict, editable=False)
    # Addresses outside the package that the content plays (external video), found at import.
    external_media = models.JSONField(default=list, editable=False)
    package = models.FileField(
        _("paquet H5P (.h5p)"),
        upload_to="h5p/packages/",
        storage=package_storage,  # apart from the media the site serves
        max_length=255,
        help_text=_(
            "Le fichier .h5p exporté de votre éditeur (Lumi, h5p.org…). "
            "Un nouveau fichier remplace le contenu actuel."
        ),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("seuil de réussite (%)"),
        default=100,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
        help_text=_(
            "Quand l'activité ne dit pas elle-même si c'est réussi : le pourcentage de bonnes "
            "réponses pour réussir. On peut réessayer sans fin."
        ),
    )
    done_when_viewed = models.BooleanField(
        _("à consulter"),
        default=False,
        help_text=_(
            "Cochez si l'activité n'a rien à répondre (cartes, accordéon, présentation…) : elle "
            "est faite dès que la personne l'a ouverte. Sinon, elle est faite une fois réussie."
        ),
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("déposé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="h5p_activity")

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("activité H5P")
        verbose_name_plural = _("activités H5P")
        ordering = ["title"]

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def with_content_json(self, content):
        """A revision brings back the title and pass mark, never older content files (they
        were discarded when the new package replaced them)."""
        obj = super().with_content_json(content)
        # From the database: the instance the revision holds may predate the last upload.
        current = type(self).objects.filter(pk=self.pk).values(*CONTENT_FIELDS).first()
        for name, value in (current or {}).items():
            setattr(obj, name, value)
        return obj

    def get_preview_template(self, request, mode_name):
        return "h5p/activity_preview.html"

    def get_preview_context(self, request, mode_name):
        from .blocks import activity_context

        context = super().get_preview_context(request, mode_name)
        context.update(activity_context(request, self, None))
        return context

    @staticmethod
    def new_key():
        return uuid.uuid4().hex

    @property
    @admin.display(description=_("type de contenu"))
    def kind(self):
        return self.main_library.title if self.main_library_id else ""


class H5PActivityLibrary(models.Model):
    """An activity needs a library: that library cannot be deleted while it is in use."""

    activity = models.ForeignKey(H5PActivity, on_delete=models.CASCADE)
    library = models.ForeignKey(H5PLibrary, on_delete=models.PROTECT)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["activity", "library"], name="one_link_per_library")
        ]

    def __str__(self):
        return f"{self.activity_id} · {self.library_id}"
