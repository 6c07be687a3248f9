"""Send the history to a (new) LRS: every event of the learner records since a date, as
statements with the ids they had when they happened, then the outbox drained."""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from lrs import client, replay, services


def _date(value):
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            _("Date illisible : %(value)s (attendu : AAAA-MM-JJ).") % {"value": value}
        ) from error
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


class Command(BaseCommand):
    help = "Envoie l'historique des traces d'apprentissage à l'entrepôt xAPI (LRS_URL)."

    def add_arguments(self, parser):
        parser.add_argument("--since", type=_date, help="AAAA-MM-JJ : seulement depuis ce jour")

    def handle(self, *args, since=None, **options):
        if not client.configured():
            raise CommandError(_("Aucun entrepôt xAPI : définissez LRS_URL."))
        requeued, added = replay.queue_history(since=since)
        total = requeued + added
        self.stdout.write(
            ngettext("%(n)s déclaration à envoyer.", "%(n)s déclarations à envoyer.", total)
            % {"n": total}
        )
        sent = refused = 0
        while True:
            report = services.outbox_drain()
            sent += report.sent
            refused += report.refused
            if report.failed or report.retry_at is not None:
                raise CommandError(
                    ngettext(
                        "L'entrepôt ne répond pas : %(n)s déclaration envoyée, les autres "
                        "attendent (relancez la commande, ou la tâche de fond s'en chargera).",
                        "L'entrepôt ne répond pas : %(n)s déclarations envoyées, les autres "
                        "attendent (relancez la commande, ou la tâche de fond s'en chargera).",
                        sent,
                    )
                    % {"n": sent}
                )
            if report.sent + report.refused == 0:
                break
        self.stdout.write(
            ngettext("%(n)s déclaration envoyée", "%(n)s déclarations envoyées", sent) % {"n": sent}
            + (
                ngettext(", %(n)s refusée.", ", %(n)s refusées.", refused) % {"n": refused}
                if refused
                else "."
            )
        )
