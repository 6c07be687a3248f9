"""`manage.py export_learner_data USERNAME`: everything stored about a person, as JSON."""

import json

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from accounts import privacy


class Command(BaseCommand):
    help = "Exporte en JSON les données d'une personne (RGPD)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--output", help="Fichier où écrire (sinon : la sortie standard).")

    def handle(self, *args, username, output=None, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("Aucun compte « %(name)s ».") % {"name": username})
        text = json.dumps(privacy.export_user_data(user), ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            self.stdout.write(
                self.style.SUCCESS(_("Données écrites dans %(file)s.") % {"file": output})
            )
        else:
            self.stdout.write(text)
