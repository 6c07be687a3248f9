"""Send what waits in the outbox now (the background task does it by itself; this is for a
cron, or to see at once whether the LRS answers)."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lrs import client, services
from lrs.models import OutboxStatement


class Command(BaseCommand):
    help = "Envoie à l'entrepôt xAPI les déclarations en attente."

    def handle(self, *args, **options):
        if not client.configured():
            raise CommandError(_("Aucun entrepôt xAPI : définissez LRS_URL."))
        report = services.outbox_drain(now=None)
        waiting = OutboxStatement.objects.filter(status=OutboxStatement.Status.PENDING).count()
        self.stdout.write(
            ngettext("%(n)s déclaration envoyée", "%(n)s déclarations envoyées", report.sent)
            % {"n": report.sent}
            + ngettext(", %(n)s en attente.", ", %(n)s en attente.", waiting) % {"n": waiting}
        )
        if report.failed:
            raise CommandError(_("L'entrepôt ne répond pas : les déclarations attendent."))
