"""The forms of the guided CV and letter: one question a page, each with its own small form.
Every text is cleaned of control characters and bounded; errors are plain French."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import limits, photos, skills, text
from .models import CV, CoverLetter, Design, Entry


def _area(label, help_text="", rows=4, max_length=limits.TEXT, required=False):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=max_length,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "max_length": _(
                "C'est trop long : %(limit_value)d caractères au plus "
                "(il y en a %(show_value)d). Raccourcissez un peu."
            ),
            "required": _("Écrivez au moins quelques mots."),
        },
    )


class CleanTextForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        for name, value in list(data.items()):
            if isinstance(value, str):
                data[name] = text.clean(value)
        return data


def _messages(form, required=None):
    for name, field in form.fields.items():
        if isinstance(field, forms.CharField) and field.max_length:
            field.error_messages["max_length"] = _(
                "C'est trop long : %(limit_value)d caractères au plus "
                "(il y en a %(show_value)d). Raccourcissez un peu."
            )
        if required and name in required:
            field.required = True
            field.error_messages["required"] = required[name]


class IdentityForm(CleanTextForm):
    class Meta:
        model = CV
        fields = ["first_name", "last_name", "town", "phone", "email"]
        labels = {
            "first_name": _("Votre prénom"),
            "last_name": _("Votre nom de famille"),
            "town": _("Votre ville"),
            "phone": _("Votre numéro de téléphone"),
            "email": _("Votre adresse e-mail (si vous en avez une)"),
        }
        help_texts = {
            "town": _("La ville suffit : pas besoin de donner votre adresse."),
            "phone": _("Par exemple : 06 12 34 56 78"),
            "email": _("Ce n'est pas obligatoire : le téléphone suffit."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _messages(
            self,
            {
                "first_name": _("Écrivez votre prénom."),
                "last_name": _("Écrivez votre nom de famille."),
            },
        )
        self.fields["email"].error_messages["invalid"] = _(
            "Cette adresse e-mail n'est pas complète : elle ressemble à marie.dupont@exemple.fr."
        )
        self.fields["phone"].widget.input_type = "tel"
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"

    def clean_phone(self):
        phone = text.clean(self.cleaned_data["phone"])
        if phone and not all(char.isdigit() or char in " +.-()" for char in phone):
            raise forms.ValidationError(
                _("Un numéro de téléphone n'a que des chiffres, par exemple 06 12 34 56 78.")
            )
        return phone


class JobForm(CleanTextForm):
    summary = _area(
        _("En quelques mots, qui êtes-vous ? (si vous le voulez)"),
        _("Par exemple : « Sérieuse et patiente, j'aime rendre service. »"),
        rows=3,
        max_length=400,
    )

    class Meta:
        model = CV
        fields = ["job_sought", "title", "summary"]
        labels = {
            "job_sought": _("L'emploi que vous cherchez"),
            "title": _("Le nom de ce CV (pour vous le retrouver)"),
        }
        help_texts = {
            "job_sought": _("Par exemple : aide à domicile, agent d'entretien, vendeuse."),
            "title": _("Seul vous le voyez. Par exemple : « CV aide à domicile »."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _messages(
            self,
            {
                "job_sought": _("Écrivez l'emploi que vous cherchez, même en un mot."),
                "title": _("Donnez un nom à ce CV, par exemple « Mon CV »."),
            },
        )


class EntryForm(CleanTextForm):
    description = _area(
        _("Ce que vous y faisiez (si vous le voulez)"),
        _("Une ou deux phrases suffisent."),
        rows=3,
        max_length=600,
    )

    class Meta:
        model = Entry
        fields = ["nature", "title", "place", "period", "description"]

    def __init__(self, *args, kind, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        if kind == Entry.Kind.EXPERIENCE:
            self.fields["nature"].label = _("Qu'était-ce ?")
            self.fields["nature"].choices = Entry.Nature.choices
            self.fields["nature"].widget = forms.RadioSelect(choices=Entry.Nature.choices)
            self.fields["nature"].required = True
            self.fields["nature"].error_messages["required"] = _(
                "Dites ce que c'était : un emploi, du bénévolat, l'aide à un proche…"
            )
            self.fields["title"].label = _("Ce que vous faisiez")
            self.fields["title"].help_text = _(
                "Par exemple : aide-soignante, j'ai élevé mes trois enfants, "
                "trésorier d'un club de pétanque, boulanger."
            )
            self.fields["place"].label = _("Où (si vous le voulez)")
            self.fields["place"].help_text = _("Une entreprise, une association, une ville.")
        else:
            del self.fields["nature"]
            self.fields["title"].label = _("La formation ou le diplôme")
            self.fields["title"].help_text = _(
                "Par exemple : CAP cuisine, certificat d'études, atelier informatique Pas à Pas."
            )
            self.fields["place"].label = _("Où (si vous le voulez)")
            self.fields["place"].help_text = _("Une école, un centre, une ville.")
        self.fields["period"].label = _("Quand (si vous le voulez)")
        self.fields["period"].help_text = _("Par exemple : 1985 – 1999, ou : 2 ans.")
        _messages(self, {"title": _("Écrivez au moins quelques mots.")})


class SkillsForm(CleanTextForm):
    skills = forms.MultipleChoiceField(
        label=_("Cochez ce que vous savez faire"),
        required=False,
        choices=list(skills.LABELS.items()),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Ce choix n'est pas dans la liste.")},
    )
    other_skills = _area(
        _("Ce que vous savez faire d'autre (une chose par ligne)"),
        _("Par exemple : coudre, réparer un vélo, parler en public."),
    )

    class Meta:
        model = CV
        fields = ["skills", "other_skills"]


class LanguagesForm(CleanTextForm):
    languages = _area(
        _("Les langues que vous parlez (une par ligne)"),
        _("Par exemple : « Français : langue maternelle », « Arabe : courant »."),
        max_length=600,
    )

    class Meta:
        model = CV
        fields = ["languages"]


LICENCES = [
    ("", _("Je n'ai pas le permis")),
    ("b", _("Permis B")),
    ("b_voiture", _("Permis B et une voiture")),
    ("autre", _("Un autre permis")),
]
LICENCE_LABELS = dict(LICENCES)


class LicenceForm(CleanTextForm):
    licence = forms.ChoiceField(
        label=_("Avez-vous le permis de conduire ?"),
        choices=LICENCES,
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Ce choix n'est pas dans la liste.")},
    )

    class Meta:
        model = CV
        fields = ["licence", "licence_other"]
        labels = {"licence_other": _("Lequel ? (pour un autre permis)")}
        help_texts = {"licence_other": _("Par exemple : permis C, CACES, permis bateau.")}

    def clean(self):
        data = super().clean()
        if data.get("licence") == "autre" and not data.get("licence_other"):
            self.add_error("licence_other", _("Écrivez quel permis vous avez."))
        if data.get("licence") != "autre":
            data["licence_other"] = ""
        return data


class InterestsForm(CleanTextForm):
    interests = _area(
        _("Ce que vous aimez faire (une chose par ligne)"),
        _("Par exemple : jardinage, chorale, randonnée, bénévolat aux Restos du cœur."),
        max_length=600,
    )

    class Meta:
        model = CV
        fields = ["interests"]


class PhotoForm(forms.Form):
    photo = forms.FileField(
        label=_("Votre photo"),
        help_text=_("Une photo de face, sur un fond clair. JPEG ou PNG, 8 Mo au plus."),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        error_messages={
            "invalid": _("Ce fichier n'a pas pu être lu. Essayez encore."),
            "empty": _("Ce fichier est vide. Choisissez une photo."),
        },
    )
    # Filled by the cropping script (jobsearch/photo_crop.js); empty without JavaScript, and
    # then the centre is kept. Plain text fields, so that anything sent gets our message.
    turn = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)
    crop_x = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)
    crop_y = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)
    crop_width = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)
    crop_height = forms.CharField(required=False, widget=forms.HiddenInput, strip=True)

    FRAME = ("crop_x", "crop_y", "crop_width", "crop_height")

    def clean(self):
        """The frame and the turn as whole numbers, or the plain French message of a frame
        that does not fit; whether the frame fits the picture is checked in `photos`."""
        data = super().clean()
        raw = [(self.data.get(name) or "").strip() for name in self.FRAME]
        turn = (self.data.get("turn") or "").strip() or "0"
        if any(
            len(value) > 6 or not value.isascii() or not value.isdecimal()
            for value in [*raw, turn]
            if value
        ):
            raise forms.ValidationError(photos.bad_frame())
        if any(raw) and not all(raw):
            raise forms.ValidationError(photos.bad_frame())
        data["frame"] = photos.Frame(*(int(value) for value in raw)) if all(raw) else None
        data["turn"] = int(turn)
        if data["turn"] not in photos.TURNS:
            raise forms.ValidationError(photos.bad_frame())
        return data


class DesignForm(forms.Form):
    design = forms.ChoiceField(
        label=_("Présentation"),
        choices=Design.choices,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": _("Cette présentation n'existe pas."),
            "required": _("Choisissez une présentation."),
        },
    )


class OfferForm(CleanTextForm):
    offer_text = _area(
        _("Le texte de l'offre (si vous l'avez)"),
        _("Copiez-collez l'annonce ou recopiez l'essentiel. Elle vous aide à écrire la lettre."),
        rows=6,
        max_length=limits.OFFER,
    )

    class Meta:
        model = CoverLetter
        fields = ["job_title", "employer", "offer_text", "title"]
        labels = {
            "job_title": _("Le poste que vous demandez"),
            "employer": _("L'employeur (si vous le connaissez)"),
            "title": _("Le nom de cette lettre (pour vous la retrouver)"),
        }
        help_texts = {
            "job_title": _("Par exemple : agent d'entretien."),
            "employer": _("Par exemple : Mairie de Châteauroux."),
            "title": _("Seul vous le voyez."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _messages(
            self,
            {
                "job_title": _("Écrivez le poste que vous demandez, même en un mot."),
                "title": _("Donnez un nom à cette lettre, par exemple « Ma lettre »."),
            },
        )


class AddressesForm(CleanTextForm):
    sender = _area(
        _("Vos nom et coordonnées"),
        _("Sur plusieurs lignes : nom, adresse ou ville, téléphone, e-mail."),
        max_length=400,
    )
    recipient = _area(
        _("À qui écrivez-vous ? (si vous le savez)"),
        _("Par exemple : Madame la Directrice, Mairie de Châteauroux, place de la Fédération."),
        max_length=400,
    )

    class Meta:
        model = CoverLetter
        fields = ["sender", "recipient"]


class AboutYouForm(CleanTextForm):
    about_you = _area(
        _("Vous : pourquoi cet employeur ?"),
        _(
            "Ce que vous savez de lui, ce qui vous plaît dans l'offre. Par exemple : « Votre "
            "association aide les personnes âgées de la ville, ce qui me tient à cœur. »"
        ),
        rows=6,
    )

    class Meta:
        model = CoverLetter
        fields = ["about_you"]


class AboutMeForm(CleanTextForm):
    about_me = _area(
        _("Moi : ce que vous apportez"),
        _(
            "Votre expérience, vos qualités, avec un exemple. Par exemple : « J'ai aidé ma mère "
            "pendant dix ans : je sais être patiente et organisée. »"
        ),
        rows=6,
    )

    class Meta:
        model = CoverLetter
        fields = ["about_me"]


class AboutUsForm(CleanTextForm):
    about_us = _area(
        _("Nous : ce que vous proposez"),
        _(
            "Ce que vous ferez ensemble, et une demande de rendez-vous. Par exemple : « Je "
            "serais heureuse de vous rencontrer pour en parler. »"
        ),
        rows=6,
    )

    class Meta:
        model = CoverLetter
        fields = ["about_us"]


class CommentForm(forms.Form):
    """A comment of the service or the learner's answer: plain text, bounded."""

    text = _area(_("Votre message"), rows=4, max_length=limits.COMMENT, required=True)

    def clean_text(self):
        value = text.clean(self.cleaned_data["text"])
        if not value:
            raise forms.ValidationError(_("Écrivez au moins quelques mots."))
        return value
