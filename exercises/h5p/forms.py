"""The admin form of an H5P activity: the package is validated (and the libraries it would
install checked against the person's permission) before anything is stored."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .services import h5p_package_check, h5p_package_import
from .validation import PackageError


class H5PActivityForm(WagtailAdminModelForm):
    package = forms.FileField(
        label=_("Paquet H5P (.h5p)"),
        required=False,
        help_text=_(
            "Le fichier .h5p exporté de votre éditeur (Lumi, h5p.org…). "
            "Sur une activité existante, un nouveau fichier remplace son contenu."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        if "pass_mark" in self.fields:
            self.fields["pass_mark"].required = False
        self.fields["package"].required = self.instance.pk is None
        self.fields["package"].widget.attrs["accept"] = ".h5p"

    def clean_package(self):
        upload = self.cleaned_data.get("package")
        if not isinstance(upload, UploadedFile):  # no new file: the stored one stays
            return None
        if not upload.name.lower().endswith(".h5p"):
            raise forms.ValidationError(_("Choisissez un fichier .h5p."), code="extension")
        try:
            h5p_package_check(source=upload, user=self.for_user)
        except PackageError as error:
            raise forms.ValidationError(error.problems, code="package") from error
        upload.seek(0)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title") and not cleaned.get("package") and self.instance.pk:
            self.add_error("title", _("Donnez un titre à l'activité."))
        return cleaned

    def save(self, commit=True):
        upload = self.cleaned_data.get("package")
        title = self.cleaned_data.get("title", "")
        # A new activity saved as a draft stays a draft (the import would make it live).
        created, live = self.instance.pk is None, self.instance.live
        if upload:
            try:
                report = h5p_package_import(
                    source=upload,
                    user=self.for_user,
                    title=title,
                    activity=self.instance if self.instance.pk else None,
                    filename=upload.name,
                )
            except PackageError as error:
                # Checked in clean(); still refused here when the disk fills up meanwhile.
                self.add_error("package", error.problems)
                raise forms.ValidationError(error.problems) from error
            self.instance = report.activity
            if created:
                self.instance.live = live
        self.instance.title = title or self.instance.title
        self.instance.pass_mark = self.cleaned_data.get("pass_mark") or self.instance.pass_mark
        fields = ["title", "pass_mark", "live", "updated_at"]
        if not created and "done_when_viewed" in self.fields:
            # A new activity takes its content type's default; the box changes it afterwards.
            self.instance.done_when_viewed = self.cleaned_data.get("done_when_viewed", False)
            fields.append("done_when_viewed")
        if commit:
            self.instance.save(update_fields=fields)
        return self.instance
