"""The counsellor's forms for an offer and its proposal, and the learner's answer. Plain French
errors; a link must be a web address (http or https), a closing date not in the past."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import limits
from .forms import CleanTextForm, _area, _messages
from .offer_models import Answer, Contract, Offer


class OfferForm(CleanTextForm):
    description = _area(
        _("Ce qu'il faut savoir (si vous le voulez)"),
        _("Les horaires, le salaire, ce que l'employeur attend, comment postuler."),
        rows=6,
        max_length=limits.OFFER,
    )
    contract = forms.ChoiceField(
        label=_("Le contrat"),
        choices=Contract.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choisissez la sorte de contrat (« Autre » si aucune ne va)."),
            "invalid_choice": _("Choisissez une sorte de contrat de la liste."),
        },
    )
    closes_on = forms.DateField(
        label=_("Date limite pour répondre (si l'annonce en donne une)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        error_messages={"invalid": _("Cette date n'est pas complète : jour, mois et année.")},
    )

    class Meta:
        model = Offer
        fields = ["title", "employer", "place", "contract", "closes_on", "link", "description"]
        labels = {
            "title": _("Le poste"),
            "employer": _("L'employeur"),
            "place": _("Le lieu de travail"),
            "link": _("Le lien vers l'annonce (si elle est sur Internet)"),
        }
        help_texts = {
            "title": _("Par exemple : agent d'entretien des espaces verts."),
            "employer": _("Par exemple : Mairie d'Issoudun."),
            "place": _("Par exemple : Issoudun, ou « à domicile, autour de Châteauroux »."),
            "link": _("Une adresse qui commence par https:// ou http://"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _messages(
            self,
            {
                "title": _("Écrivez le poste, même en quelques mots."),
                "employer": _("Écrivez le nom de l'employeur."),
                "place": _("Écrivez où se trouve le travail, la ville suffit."),
            },
        )
        self.fields["link"].error_messages["invalid"] = _(
            "Ce lien n'est pas une adresse web : elle commence par https:// ou http://"
        )
        self.fields["link"].widget.input_type = "url"

    def clean_closes_on(self):
        value = self.cleaned_data.get("closes_on")
        if (
            value
            and value < timezone.localdate()
            and (self.instance.pk is None or value != self.instance.closes_on)
        ):
            raise forms.ValidationError(
                _("Cette date est déjà passée : choisissez aujourd'hui ou plus tard.")
            )
        return value


class ProposeForm(forms.Form):
    """The people ticked on the offer's page: ids, checked against the centre by the service."""

    learners = forms.TypedMultipleChoiceField(
        label=_("Les personnes à qui proposer l'offre"),
        coerce=int,
        error_messages={
            "required": _("Cochez au moins une personne."),
            "invalid_choice": _(
                "Une des personnes cochées n'est pas de votre centre : rien n'a été proposé."
            ),
        },
    )

    def __init__(self, *args, learners, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["learners"].choices = [(learner.pk, str(learner)) for learner in learners]

    def clean_learners(self):
        value = self.cleaned_data["learners"]
        if len(value) > limits.PROPOSE_AT_ONCE:
            raise forms.ValidationError(_("Cochez moins de personnes à la fois."))
        return value


class AnswerForm(forms.Form):
    answer = forms.ChoiceField(
        choices=[
            (Answer.INTERESTED, Answer.INTERESTED.label),
            (Answer.DECLINED, Answer.DECLINED.label),
        ],
        error_messages={
            "required": _("Choisissez « Ça m'intéresse » ou « Non merci »."),
            "invalid_choice": _("Choisissez « Ça m'intéresse » ou « Non merci »."),
        },
    )
