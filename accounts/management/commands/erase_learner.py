"""`manage.py erase_learner USERNAME`: erase a person's personal data, keep anonymous figures."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import erasure_register, privacy


class Command(BaseCommand):
    help = "Efface les données personnelles d'une personne ; garde les chiffres anonymes."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--yes", action="store_true", help="Ne pas demander de confirmation.")

    def handle(self, *args, username, yes=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Aucun compte « {username} ». (No account named {username!r}.)")
        if user.is_superuser or user.is_staff:
            raise CommandError("Ce compte est un compte d'administration : effacement refusé.")
        if not yes:
            answer = input(f"Effacer les données de « {username} » ? Tapez oui : ")
            if answer.strip().lower() not in {"oui", "yes"}:
                raise CommandError("Effacement annulé. (Cancelled.)")
        try:
            privacy.erase_user(user)
        except OSError as error:
            raise CommandError(
                f"Effacement annulé, rien n'a changé : le registre des effacements "
                f"({erasure_register.path()}) n'a pas pu être écrit ({error}). Vérifiez "
                "ERASURE_REGISTER. (Erasure cancelled: the erasure register could not be "
                "written.)"
            ) from error
        self.stdout.write(self.style.SUCCESS(f"Données de « {username} » effacées."))
