"""`manage.py backup_site [ARCHIVE]`: the database and every media file in one .tar.gz."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from backups.archive import BackupError
from backups.services import backup_create, default_archive_name


class Command(BaseCommand):
    help = gettext_lazy(
        "Sauvegarde la base de données et les fichiers de media dans une archive .tar.gz."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help=_("l'archive à écrire (par défaut : pasapas-backup-AAAAMMJJ-HHMMSS.tar.gz, ici)"),
        )

    def handle(self, *args, archive=None, **options):
        try:
            report = backup_create(target=archive or default_archive_name())
        except BackupError as error:
            raise CommandError(str(error)) from error
        for path in report.cleaned:
            self.stdout.write(
                _("Dossier temporaire d'une sauvegarde interrompue supprimé : %(path)s.")
                % {"path": path}
            )
        rows = ngettext("%(n)s ligne", "%(n)s lignes", report.rows) % {"n": report.rows}
        files = ngettext("%(n)s fichier", "%(n)s fichiers", report.files) % {"n": report.files}
        self.stdout.write(
            self.style.SUCCESS(
                _("Sauvegarde écrite : %(path)s (%(rows)s, %(files)s, %(size).1f Mo).")
                % {
                    "path": report.path,
                    "rows": rows,
                    "files": files,
                    "size": report.media_bytes / 1_000_000,
                }
            )
        )
