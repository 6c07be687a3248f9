"""The admin form of a SCORM package: the zip is validated before anything is stored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from exercises.package_forms import PackageUploadForm

from .services import scorm_package_check, scorm_package_import


class ScormPackageForm(PackageUploadForm):
    package = forms.FileField(
        label=_("Paquet SCORM (.zip)"),
        required=False,
        help_text=_(
            "Le fichier .zip exporté de votre outil (Articulate, iSpring, eXeLearning, Adapt…), "
            "SCORM 1.2 ou 2004. Sur un paquet existant, un nouveau fichier remplace son contenu."
        ),
    )
    extension = ".zip"
    wrong_extension_message = _("Choisissez un fichier .zip.")
    missing_title_message = _("Donnez un titre au paquet.")

    def check_package(self, upload):
        scorm_package_check(source=upload)

    def import_package(self, upload, *, title, existing):
        report = scorm_package_import(
            source=upload,
            user=self.for_user,
            title=title,
            scorm=existing,
            filename=upload.name,
        )
        return report.scorm
