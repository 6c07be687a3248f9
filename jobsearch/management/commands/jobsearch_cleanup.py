"""Run daily (cron or a scheduler): CVs and letters untouched for two years get a notice on
their owner's home page, and go 30 days after it if still untouched."""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from jobsearch import services


class Command(BaseCommand):
    help = "Prévient puis efface les CV et lettres laissés de côté depuis deux ans."

    def handle(self, *args, **options):
        noticed, deleted = services.stale_documents_sweep()
        said = ngettext(
            "%(n)s document signalé sur la page d'accueil de son propriétaire.",
            "%(n)s documents signalés sur la page d'accueil de leur propriétaire.",
            noticed,
        ) % {"n": noticed}
        gone = ngettext("%(n)s document effacé.", "%(n)s documents effacés.", deleted) % {
            "n": deleted
        }
        self.stdout.write(f"{said} {gone}")
