"""manage.py course_export COURSE_ID FILE: a course as one file for another Pas à Pas site."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from courses.exchange.export import course_export
from courses.models import CoursePage


class Command(BaseCommand):
    help = "Exporte un parcours (ses leçons, images, exercices et activités H5P) en un fichier."

    def add_arguments(self, parser):
        parser.add_argument("course_id", type=int, help="le numéro de la page du parcours")
        parser.add_argument("file", help="le fichier .zip à écrire")

    def handle(self, *args, course_id, file, **options):
        course = CoursePage.objects.filter(pk=course_id).first()
        if course is None:
            raise CommandError(_("Aucun parcours n° %(id)s.") % {"id": course_id})
        Path(file).write_bytes(course_export(course))
        self.stdout.write(
            self.style.SUCCESS(
                _("« %(title)s » exporté dans %(file)s.") % {"title": course.title, "file": file}
            )
        )
