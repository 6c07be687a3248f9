"""The guided questions, in order: one page each. A step is a key in the address, a question,
and the form that answers it; the learner may skip any and come back to any."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from . import forms
from .models import Entry


@dataclass(frozen=True)
class Step:
    key: str
    question: str
    form: type | None = None
    lead: str = ""
    entry_kind: str = ""  # the steps that list experiences or trainings


CV_STEPS = [
    Step(
        "identite",
        _("Qui êtes-vous ?"),
        forms.IdentityForm,
        _("Pour que l'employeur puisse vous appeler ou vous écrire."),
    ),
    Step(
        "emploi",
        _("Quel emploi cherchez-vous ?"),
        forms.JobForm,
        _("Il s'écrit en haut du CV, sous votre nom."),
    ),
    Step(
        "experiences",
        _("Qu'avez-vous fait dans votre vie ?"),
        forms.EntryForm,
        _(
            "Tout compte, payé ou non : un emploi, du bénévolat, vous être occupé d'un proche "
            "ou de vos enfants, un métier appris il y a longtemps."
        ),
        entry_kind=Entry.Kind.EXPERIENCE,
    ),
    Step(
        "formations",
        _("Quelles formations avez-vous suivies ?"),
        forms.EntryForm,
        _("L'école, un diplôme, un stage, un atelier : même ancien, même court."),
        entry_kind=Entry.Kind.TRAINING,
    ),
    Step(
        "competences",
        _("Que savez-vous faire ?"),
        forms.SkillsForm,
        _("Cochez ce qui vous ressemble, dans un ou plusieurs métiers, et ajoutez le reste."),
    ),
    Step("langues", _("Quelles langues parlez-vous ?"), forms.LanguagesForm),
    Step("permis", _("Avez-vous le permis de conduire ?"), forms.LicenceForm),
    Step(
        "loisirs",
        _("Qu'aimez-vous faire de votre temps libre ?"),
        forms.InterestsForm,
        _("Vos loisirs en disent long sur vous : un club, un sport, une passion."),
    ),
    Step(
        "photo",
        _("Voulez-vous une photo sur votre CV ?"),
        forms.PhotoForm,
        _("Ce n'est pas obligatoire. La photo reste privée : seul vous la voyez, et sur votre CV."),
    ),
]

LETTER_STEPS = [
    Step(
        "offre",
        _("À quelle offre répondez-vous ?"),
        forms.OfferForm,
        _("Une annonce lue sur Internet, dans le journal ou à France Travail."),
    ),
    Step(
        "coordonnees",
        _("Qui écrit, et à qui ?"),
        forms.AddressesForm,
        _("Vos coordonnées vont en haut à gauche, celles de l'employeur à droite."),
    ),
    Step(
        "vous",
        _("Pourquoi cet employeur ?"),
        forms.AboutYouForm,
        _("Première partie de la lettre : « vous ». Montrez que vous le connaissez un peu."),
    ),
    Step(
        "moi",
        _("Qu'apportez-vous ?"),
        forms.AboutMeForm,
        _("Deuxième partie : « moi ». Ce que vous savez faire, avec un exemple vrai."),
    ),
    Step(
        "nous",
        _("Que proposez-vous ?"),
        forms.AboutUsForm,
        _("Troisième partie : « nous ». Ce que vous ferez ensemble, et un rendez-vous."),
    ),
]


def position(steps, key):
    """(1-based number, step) of a key, or (None, None)."""
    for number, step in enumerate(steps, start=1):
        if step.key == key:
            return number, step
    return None, None


def after(steps, key):
    number, _step = position(steps, key)
    return steps[number] if number is not None and number < len(steps) else None


def resume_step(steps, last_step):
    """Where to come back to: the step after the last one filled, else the first."""
    following = after(steps, last_step) if last_step else None
    number, _step = position(steps, last_step)
    if number is None:
        return steps[0]
    return following
