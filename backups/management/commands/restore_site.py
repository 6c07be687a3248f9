"""`manage.py restore_site ARCHIVE [--force]`: put a backup_site archive back, all or nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from backups.archive import BackupError
from backups.services import backup_restore


class Command(BaseCommand):
    help = gettext_lazy(
        "Restaure une sauvegarde faite par backup_site : vérifie l'archive, remplace la base "
        "de données et remet les fichiers de media."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("le fichier .tar.gz écrit par backup_site"))
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("efface une base de données qui contient déjà des données, puis restaure"),
        )

    def handle(self, *args, archive, force, **options):
        try:
            summary = backup_restore(archive=archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        counted = [
            ngettext(singular, plural, summary[key]) % {"n": summary[key]}
            for key, singular, plural in (
                ("pages", "%(n)s page", "%(n)s pages"),
                ("people", "%(n)s personne", "%(n)s personnes"),
                ("learners", "dont %(n)s apprenant", "dont %(n)s apprenants"),
                ("progress", "%(n)s progression", "%(n)s progressions"),
                ("results", "%(n)s résultat", "%(n)s résultats"),
                ("files", "%(n)s fichier", "%(n)s fichiers"),
            )
        ]
        self.stdout.write(
            self.style.SUCCESS(
                _("Sauvegarde restaurée : %(counted)s.") % {"counted": ", ".join(counted)}
            )
        )
        if summary["erasures_redone"]:
            self.stdout.write(
                self.style.WARNING(
                    ngettext(
                        "%(n)s personne effacée après la sauvegarde (%(date)s) a été effacée à "
                        "nouveau, d'après le registre des effacements.",
                        "%(n)s personnes effacées après la sauvegarde (%(date)s) ont été "
                        "effacées à nouveau, d'après le registre des effacements.",
                        summary["erasures_redone"],
                    )
                    % {"n": summary["erasures_redone"], "date": summary["backup_date"][:16]}
                )
            )
