"""manage.py course_import FILE [--check] [--parent ID] [--publish]: a course file from
another Pas à Pas site, checked, then stored all or nothing."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from pasapas.archives import ArchiveError
from wagtail.models import Page

from courses.exchange.importing import course_import
from courses.exchange.report import report_lines


class Command(BaseCommand):
    help = "Vérifie un fichier de parcours exporté d'un autre site et l'enregistre."

    def add_arguments(self, parser):
        parser.add_argument("file", help="le fichier .zip exporté")
        parser.add_argument(
            "--check", action="store_true", help="vérifier seulement, sans rien enregistrer"
        )
        parser.add_argument(
            "--parent", type=int, metavar="ID", help="le catalogue où ranger le parcours"
        )
        parser.add_argument(
            "--publish", action="store_true", help="publier les pages (sinon : brouillons)"
        )

    def handle(self, *args, file, check, parent, publish, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Fichier introuvable : %(path)s") % {"path": path})
        parent_page = None
        if parent is not None:
            parent_page = Page.objects.filter(pk=parent).first()
            if parent_page is None:
                raise CommandError(_("Aucune page n° %(id)s.") % {"id": parent})
        try:
            report = course_import(source=path, parent=parent_page, publish=publish, check=check)
        except ArchiveError as error:
            for problem in error.problems:
                self.stderr.write(f"- {problem}")
            count = len(error.problems)
            raise CommandError(
                ngettext(
                    "Fichier refusé : %(count)s problème.",
                    "Fichier refusé : %(count)s problèmes.",
                    count,
                )
                % {"count": count}
            ) from error
        for line in report_lines(report):
            self.stdout.write(line)
        if check:
            self.stdout.write(self.style.SUCCESS(_("Fichier valide, rien n'a été enregistré.")))
        else:
            self.stdout.write(
                self.style.SUCCESS(_("Parcours n° %(id)s enregistré.") % {"id": report.course.pk})
            )
