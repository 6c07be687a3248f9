"""The custom user model, in place from the first migration so that roles and centres can follow."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person of the platform. E-mail is optional: many learners have none."""

    email = models.EmailField(_("adresse e-mail"), blank=True)
    display_name = models.CharField(
        _("nom affiché"),
        max_length=80,
        blank=True,
        help_text=_("Le prénom ou le surnom montré aux autres (facultatif)."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")

    def __str__(self):
        return self.display_name or self.get_full_name() or self.username
