"""manage.py scorm_import FILE [--check] [--title T] [--replace ID]: validate a SCORM package
(.zip) and store it, as h5p_import does for H5P."""

from django.utils.translation import gettext as _

from exercises.package_commands import PackageImportCommand
from exercises.scorm.manifest import VERSIONS
from exercises.scorm.models import ScormPackage
from exercises.scorm.services import scorm_package_check, scorm_package_import


class Command(PackageImportCommand):
    help = "Vérifie un paquet SCORM et l'enregistre."
    model = ScormPackage
    file_help = "le paquet SCORM (.zip)"
    title_help = "le titre du paquet"
    replace_help = "remplacer le contenu de ce paquet"

    def package_check(self, path):
        return scorm_package_check(source=path)

    def package_import(self, path, *, title, existing):
        return scorm_package_import(source=path, title=title, scorm=existing, filename=path.name)

    def unknown_message(self, pk):
        return _("Aucun paquet SCORM n° %(id)s.") % {"id": pk}

    def describe(self, report):
        self.stdout.write(f"« {report.package.title} » : {VERSIONS[report.package.version]}")

    def stored_message(self, report):
        return _("Paquet SCORM n° %(id)s enregistré.") % {"id": report.scorm.pk}
