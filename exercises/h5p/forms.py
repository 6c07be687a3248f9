"""The admin form of an H5P activity: the package is validated (and the libraries it would
install checked against the person's permission) before anything is stored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exercises.package_forms import PackageUploadForm

from .services import h5p_package_check, h5p_package_import


class H5PActivityForm(PackageUploadForm):
    package = forms.FileField(
        label=_("Paquet H5P (.h5p)"),
        required=False,
        help_text=_(
            "Le fichier .h5p exporté de votre éditeur (Lumi, h5p.org…). "
            "Sur une activité existante, un nouveau fichier remplace son contenu."
        ),
    )
    extension = ".h5p"
    wrong_extension_message = _("Choisissez un fichier .h5p.")
    missing_title_message = _("Donnez un titre à l'activité.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "pass_mark" in self.fields:
            self.fields["pass_mark"].required = False

    def check_package(self, upload):
        h5p_package_check(source=upload, user=self.for_user)

    def import_package(self, upload, *, title, existing):
        report = h5p_package_import(
            source=upload,
            user=self.for_user,
            title=title,
            activity=existing,
            filename=upload.name,
        )
        return report.activity

    def fields_to_save(self, *, created):
        self.instance.pass_mark = self.cleaned_data.get("pass_mark") or self.instance.pass_mark
        fields = ["title", "pass_mark", "live", "updated_at"]
        if not created and "done_when_viewed" in self.fields:
            # A new activity takes its content type's default; the box changes it afterwards.
            self.instance.done_when_viewed = self.cleaned_data.get("done_when_viewed", False)
            fields.append("done_when_viewed")
        return fields
