"""`manage.py load_demo`: the real content of the Espace Numérique, and a facilitator account."""

from django.conf import settings
from django.core.management.base import BaseCommand

from demo.loader import FACILITATOR_USERNAME, DemoLoader


class Command(BaseCommand):
    help = "Crée le contenu de démonstration (six ateliers) et un compte animateur. Idempotent."

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Mot de passe du compte animateur s'il est créé (sinon : choisi pour vous).",
        )

    def handle(self, *args, **options):
        report = DemoLoader().run(password=options.get("password"))
        if report.created:
            made = ", ".join(f"{count} {kind}" for kind, count in sorted(report.created.items()))
            self.stdout.write(self.style.SUCCESS(f"Contenu de démonstration créé : {made}."))
        else:
            self.stdout.write("Contenu de démonstration déjà en place : rien n'a changé.")
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        self.stdout.write("")
        self.stdout.write(self.style.MIGRATE_HEADING("Espace animateur (admin Wagtail)"))
        self.stdout.write(f"  Adresse      : {admin_url}")
        self.stdout.write(f"  Identifiant  : {FACILITATOR_USERNAME}")
        if report.facilitator_password:
            self.stdout.write(f"  Mot de passe : {report.facilitator_password}")
            if report.facilitator_created and not settings.DEBUG:
                self.stdout.write(self.style.WARNING("  Notez-le : il ne sera plus affiché."))
        else:
            self.stdout.write(
                "  Mot de passe : celui choisi à la création ; pour le changer : "
                f"python manage.py changepassword {FACILITATOR_USERNAME}"
            )
