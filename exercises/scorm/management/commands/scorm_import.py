"""manage.py scorm_import FILE [--check] [--title T] [--replace ID]: validate a SCORM package
(.zip) and store it, as h5p_import does for H5P."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from exercises.scorm.manifest import VERSIONS
from exercises.scorm.models import ScormPackage
from exercises.scorm.services import scorm_package_check, scorm_package_import
from exercises.scorm.validation import ArchiveError


class Command(BaseCommand):
    help = "Vérifie un paquet SCORM et l'enregistre."

    def add_arguments(self, parser):
        parser.add_argument("file", help="le paquet SCORM (.zip)")
        parser.add_argument(
            "--check", action="store_true", help="vérifier seulement, sans rien enregistrer"
        )
        parser.add_argument("--title", default="", help="le titre du paquet")
        parser.add_argument(
            "--replace", type=int, metavar="ID", help="remplacer le contenu de ce paquet"
        )

    def handle(self, *args, file, check, title, replace, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        scorm = None
        if replace is not None:
            scorm = ScormPackage.objects.filter(pk=replace).first()
            if scorm is None:
                raise CommandError(_("Aucun paquet SCORM n° %(id)s.") % {"id": replace})
        try:
            if check:
                report = scorm_package_check(source=path)
            else:
                report = scorm_package_import(
                    source=path, title=title, scorm=scorm, filename=path.name
                )
        except ArchiveError as error:
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
        self.stdout.write(f"« {package.title} » : {VERSIONS[package.version]}")
        if check:
            self.stdout.write(self.style.SUCCESS(_("Paquet valide, rien n'a été enregistré.")))
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Paquet SCORM n° %(id)s enregistré.") % {"id": report.scorm.pk}
                )
            )
