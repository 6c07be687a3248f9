"""The command line every uploaded package (H5P, SCORM) shares: `manage.py <kind>_import FILE
[--check] [--title T] [--replace ID]`. A refused package prints each problem and stores
nothing; each plugin says how it checks, imports and describes its own kind."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from pasapas.archives import ArchiveError


class PackageImportCommand(BaseCommand):
    """Subclasses set the help texts and `model`, and write the five methods below."""

    model = None  # what --replace names
    file_help = ""
    title_help = ""
    replace_help = ""

    def package_check(self, path):
        """The report on the package at `path`, storing nothing; ArchiveError if refused."""
        raise NotImplementedError

    def package_import(self, path, *, title, existing):
        """The report once stored (as `existing`'s new content when given)."""
        raise NotImplementedError

    def unknown_message(self, pk):
        """What to say when --replace names nothing."""
        raise NotImplementedError

    def describe(self, report):
        """Write what the package holds."""
        raise NotImplementedError

    def stored_message(self, report):
        """What to say once it is stored (with its number)."""
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument("file", help=self.file_help)
        parser.add_argument(
            "--check", action="store_true", help="vérifier seulement, sans rien enregistrer"
        )
        parser.add_argument("--title", default="", help=self.title_help)
        parser.add_argument("--replace", type=int, metavar="ID", help=self.replace_help)

    def handle(self, *args, file, check, title, replace, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        existing = None
        if replace is not None:
            existing = self.model.objects.filter(pk=replace).first()
            if existing is None:
                raise CommandError(self.unknown_message(replace))
        try:
            if check:
                report = self.package_check(path)
            else:
                report = self.package_import(path, title=title, existing=existing)
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
        self.describe(report)
        if check:
            self.stdout.write(self.style.SUCCESS(_("Paquet valide, rien n'a été enregistré.")))
        else:
            self.stdout.write(self.style.SUCCESS(self.stored_message(report)))
