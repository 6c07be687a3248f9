"""The admin form of a SCORM package: the zip is validated before anything is stored."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .services import scorm_package_check, scorm_package_import
from .validation import ArchiveError


class ScormPackageForm(WagtailAdminModelForm):
    package = forms.FileField(
        label=_("Paquet SCORM (.zip)"),
        required=False,
        help_text=_(
            "Le fichier .zip exporté de votre outil (Articulate, iSpring, eXeLearning, Adapt…), "
            "SCORM 1.2 ou 2004. Sur un paquet existant, un nouveau fichier remplace son contenu."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["package"].required = self.instance.pk is None
        self.fields["package"].widget.attrs["accept"] = ".zip"

    def clean_package(self):
        upload = self.cleaned_data.get("package")
        if not isinstance(upload, UploadedFile):
            return None
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError(_("Choisissez un fichier .zip."), code="extension")
        try:
            scorm_package_check(source=upload)
        except ArchiveError as error:
            raise forms.ValidationError(error.problems, code="package") from error
        upload.seek(0)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title") and not cleaned.get("package") and self.instance.pk:
            self.add_error("title", _("Donnez un titre au paquet."))
        return cleaned

    def save(self, commit=True):
        upload = self.cleaned_data.get("package")
        title = self.cleaned_data.get("title", "")
        created, live = self.instance.pk is None, self.instance.live
        if upload:
            try:
                report = scorm_package_import(
                    source=upload,
                    user=self.for_user,
                    title=title,
                    scorm=self.instance if self.instance.pk else None,
                    filename=upload.name,
                )
            except ArchiveError as error:
                self.add_error("package", error.problems)
                raise forms.ValidationError(error.problems) from error
            self.instance = report.scorm
            if created:
                self.instance.live = live
        self.instance.title = title or self.instance.title
        if commit:
            self.instance.save(update_fields=["title", "live", "updated_at"])
        return self.instance
