"""manage.py h5p_import FILE [--check]: validate an .h5p package and store it as an activity.

Run by an administrator on the server, so it may install new libraries."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_check, h5p_package_import
from exercises.h5p.validation import PackageError
from exercises.h5p.video import blocked_message, external_media


class Command(BaseCommand):
    help = "Vérifie un paquet H5P et l'enregistre. (Validate and import an H5P package.)"

    def add_arguments(self, parser):
        parser.add_argument("file", help="the .h5p file")
        parser.add_argument("--check", action="store_true", help="validate only, store nothing")
        parser.add_argument("--title", default="", help="the activity's title")
        parser.add_argument(
            "--replace", type=int, metavar="ID", help="replace the content of this activity"
        )

    def handle(self, *args, file, check, title, replace, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"Fichier introuvable : {path} (File not found.)")
        activity = None
        if replace is not None:
            activity = H5PActivity.objects.filter(pk=replace).first()
            if activity is None:
                raise CommandError(f"Aucune activité n° {replace}. (No activity {replace}.)")
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
            raise CommandError(
                f"Paquet refusé : {len(error.problems)} problème(s). "
                f"(Package refused: {len(error.problems)} problem(s).)"
            ) from error
        package = report.package
        name, major, minor = package.main_library
        self.stdout.write(f"« {package.title} » : {name} {major}.{minor}")
        for label, libraries in (
            ("nouvelles bibliothèques (new libraries)", report.new_libraries),
            ("bibliothèques mises à jour (updated libraries)", report.updated_libraries),
        ):
            if libraries:
                names = ", ".join(
                    f"{i.machine_name} {i.major}.{i.minor}.{i.patch}" for i in libraries
                )
                self.stdout.write(f"{label} : {names}")
        if warning := blocked_message(external_media(package.content)):
            self.stdout.write(self.style.WARNING(warning))
        if check:
            self.stdout.write(
                self.style.SUCCESS("Paquet valide, rien n'a été enregistré. (Valid.)")
            )
        else:
            pk = report.activity.pk
            self.stdout.write(
                self.style.SUCCESS(f"Activité n° {pk} enregistrée. (Activity {pk} saved.)")
            )
