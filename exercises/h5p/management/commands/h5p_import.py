"""manage.py h5p_import FILE [--check] [--title T] [--replace ID]: validate an .h5p package and
store it as an activity.

Run by an administrator on the server, so it may install new libraries."""

from django.utils.translation import gettext as _

from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_check, h5p_package_import
from exercises.h5p.video import blocked_message, external_media
from exercises.package_commands import PackageImportCommand


class Command(PackageImportCommand):
    help = "Vérifie un paquet H5P et l'enregistre."
    model = H5PActivity
    file_help = "le fichier .h5p"
    title_help = "le titre de l'activité"
    replace_help = "remplacer le contenu de cette activité"

    def package_check(self, path):
        return h5p_package_check(source=path)

    def package_import(self, path, *, title, existing):
        return h5p_package_import(source=path, title=title, activity=existing, filename=path.name)

    def unknown_message(self, pk):
        return _("Aucune activité n° %(id)s.") % {"id": pk}

    def describe(self, report):
        package = report.package
        name, major, minor = package.main_library
        self.stdout.write(f"« {package.title} » : {name} {major}.{minor}")
        for label, libraries in (
            (_("nouvelles bibliothèques"), report.new_libraries),
            (_("bibliothèques mises à jour"), report.updated_libraries),
        ):
            if libraries:
                names = ", ".join(
                    f"{i.machine_name} {i.major}.{i.minor}.{i.patch}" for i in libraries
                )
                self.stdout.write(f"{label} : {names}")
        if warning := blocked_message(external_media(package.content)):
            self.stdout.write(self.style.WARNING(warning))

    def stored_message(self, report):
        return _("Activité n° %(id)s enregistrée.") % {"id": report.activity.pk}
