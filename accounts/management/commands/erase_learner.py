"""`manage.py erase_learner USERNAME`: erase a person's personal data, keep anonymous figures."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from accounts import erasure_register, privacy


class Command(BaseCommand):
    help = "Efface les données personnelles d'une personne ; garde les chiffres anonymes."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--yes", action="store_true", help="Ne pas demander de confirmation.")

    def handle(self, *args, username, yes=False, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(_("Aucun compte « %(name)s ».") % {"name": username})
        if user.is_superuser or user.is_staff:
            raise CommandError(_("Ce compte est un compte d'administration : effacement refusé."))
        if not yes:
            answer = input(
                _("Effacer les données de « %(name)s » ? Tapez oui : ") % {"name": username}
            )
            if answer.strip().lower() not in {"oui", "yes"}:
                raise CommandError(_("Effacement annulé."))
        try:
            privacy.erase_user(user)
        except OSError as error:
            raise CommandError(
                _(
                    "Effacement annulé, rien n'a changé : le registre des effacements "
                    "(%(path)s) n'a pas pu être écrit (%(error)s). Vérifiez ERASURE_REGISTER."
                )
                % {"path": erasure_register.path(), "error": error}
            ) from error
        self.stdout.write(
            self.style.SUCCESS(_("Données de « %(name)s » effacées.") % {"name": username})
        )
