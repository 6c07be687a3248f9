"""What to bring to an appointment, by purpose: printed on the slip, so that the hour is not
spent going home for a password or a letter."""

from django.utils.translation import gettext_lazy as _

from .models import Purpose

ALWAYS = [_("Vos lunettes, si vous en portez.")]

BY_PURPOSE = {
    Purpose.CV: [
        _("Les dates de vos emplois, de vos stages et de vos formations, même approximatives."),
        _("Votre ancien CV, si vous en avez un (papier ou clé USB)."),
    ],
    Purpose.LETTER: [
        _("L'offre d'emploi : sur papier, ou son adresse sur Internet."),
        _("Votre CV."),
    ],
    Purpose.PROCEDURE: [
        _("Le courrier ou le papier qui parle de la démarche."),
        _("Vos identifiants pour le site (numéro et mot de passe), si vous les avez."),
        _("Une pièce d'identité."),
    ],
    Purpose.SEARCH: [
        _("Votre identifiant France Travail et votre mot de passe, si vous en avez."),
        _("Les métiers ou les lieux qui vous intéressent."),
    ],
    Purpose.PRINTING: [
        _("Le document à imprimer : sur une clé USB, ou dans vos e-mails avec votre mot de passe."),
    ],
    Purpose.OTHER: [_("Les papiers qui concernent votre question.")],
}


def what_to_bring(purpose):
    return [*BY_PURPOSE.get(purpose, []), *ALWAYS]
