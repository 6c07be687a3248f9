"""`manage.py backup_site [ARCHIVE]`: the database and every media file in one .tar.gz."""

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError
from backups.services import backup_create, default_archive_name


class Command(BaseCommand):
    help = (
        "Sauvegarde la base de données et les fichiers de media dans une archive .tar.gz. "
        "(Back up the database and the media files to one .tar.gz archive.)"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "archive",
            nargs="?",
            help="the archive to write (default: pasapas-backup-YYYYMMDD-HHMMSS.tar.gz here)",
        )

    def handle(self, *args, archive=None, **options):
        try:
            report = backup_create(target=archive or default_archive_name())
        except BackupError as error:
            raise CommandError(str(error)) from error
        for path in report.cleaned:
            self.stdout.write(
                f"Dossier temporaire d'une sauvegarde interrompue supprimé : {path}. "
                f"(Removed the temporary folder of an interrupted backup.)"
            )
        megabytes = report.media_bytes / 1_000_000
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde écrite : {report.path} ({report.rows} lignes, {report.files} "
                f"fichiers, {megabytes:.1f} Mo). (Backup written: {report.rows} rows, "
                f"{report.files} files.)"
            )
        )
