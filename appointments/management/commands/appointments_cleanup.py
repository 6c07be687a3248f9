"""`manage.py appointments_cleanup`, daily: visitors without an account are forgotten (first
name and phone) 30 days after their appointment; the booking stays, anonymous, for the
figures."""

from django.core.management.base import BaseCommand

from appointments.services import VISITOR_RETENTION, visitors_forget


class Command(BaseCommand):
    help = "Efface prénom et téléphone des visiteurs sans compte 30 jours après leur rendez-vous."

    def handle(self, *args, **options):
        n = visitors_forget()
        self.stdout.write(
            f"{n} visiteur(s) oublié(s) (rendez-vous de plus de {VISITOR_RETENTION.days} jours)."
        )
