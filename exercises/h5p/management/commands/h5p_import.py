"""manage.py h5p_import FILE [--check]: validate an .h5p package and store it as an activity.

Run by an administrator on the server, so it may install new libraries."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_check, h5p_package_import
from exercises.h5p.validation import PackageError
from exercises.h5p.video import blocked_message, external_media


class Command(BaseCommand):
    help = "Vérifie un paquet H5P et l'enregistre."

    def add_arguments(self, parser):
        parser.add_argument("file", help="le fichier .h5p")
        parser.add_argument(
            "--check", action="store_true", help="vérifier seulement, sans rien enregistrer"
        )
        parser.add_argument("--title", default="", help="le titre de l'activité")
        parser.add_argument(
            "--replace", type=int, metavar="ID", help="remplacer le contenu de cette activité"
        )

    def handle(self, *args, file, check, title, replace, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        activity = None
        if replace is not None:
            activity = H5PActivity.objects.filter(pk=replace).first()
            if activity is None:
                raise CommandError(_("Aucune activité n° %(id)s.") % {"id": replace})
        try:
            if check:
                report = h5p_package_check(source=path)
            else:
                report = h5p_package_import(
                    source=path, title=title, activity=activity, filename=path.name
                )
        except PackageError as error:
            for problem in error.problems:
                self.stderr.write(f"- {problem}")
            count = len(error.problems)
            raise CommandError(
                ngettext(
                    "Paquet refusé : %(count)s problème.",
                    "Paquet refusé : %(count)s problèmes.",
                    count,
                )
                % {"count": count}
            ) from error
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
        if check:
            self.stdout.write(self.style.SUCCESS(_("Paquet valide, rien n'a été enregistré.")))
        else:
            pk = report.activity.pk
            self.stdout.write(self.style.SUCCESS(_("Activité n° %(id)s enregistrée.") % {"id": pk}))
