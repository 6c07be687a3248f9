"""`manage.py restore_site ARCHIVE [--force]`: put a backup_site archive back, all or nothing."""

from django.core.management.base import BaseCommand, CommandError

from backups.archive import BackupError
from backups.services import backup_restore


class Command(BaseCommand):
    help = (
        "Restaure une sauvegarde faite par backup_site : vérifie l'archive, remplace la base "
        "de données et remet les fichiers de media. (Restore a backup_site archive.)"
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="the .tar.gz written by backup_site")
        parser.add_argument(
            "--force",
            action="store_true",
            help="erase a database that already holds content or people, then restore",
        )

    def handle(self, *args, archive, force, **options):
        try:
            summary = backup_restore(archive=archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Sauvegarde restaurée : {summary['pages']} pages, {summary['people']} "
                f"personnes dont {summary['learners']} apprenants, {summary['progress']} "
                f"progressions, {summary['results']} résultats, {summary['files']} fichiers. "
                f"(Backup restored: {summary['pages']} pages, {summary['people']} people, "
                f"{summary['results']} results, {summary['files']} files.)"
            )
        )
        if summary["erasures_redone"]:
            self.stdout.write(
                self.style.WARNING(
                    f"{summary['erasures_redone']} personne(s) effacée(s) après la sauvegarde "
                    f"({summary['backup_date'][:16]}) effacée(s) à nouveau, d'après le registre "
                    f"des effacements. ({summary['erasures_redone']} erasure(s) made after the "
                    "backup applied again from the erasure register.)"
                )
            )
