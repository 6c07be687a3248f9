"""The authoring blocks of a simulated procedure: steps, fields, and the checks an author may
pick for each kind of field (refused when they do not fit)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ...blocks import ExerciseTypeBlock
from .values import field_choices, parse_date, plain

KINDS = [
    ("text", _("texte")),
    ("email", _("adresse e-mail")),
    ("date", _("date")),
    ("postcode", _("code postal")),
    ("select", _("liste de choix")),
    ("checkbox", _("case à cocher")),
    ("file", _("fichier à joindre")),
]
RULES = [
    ("required", _("non vide")),
    ("exact", _("valeur exacte")),
    ("email", _("adresse e-mail valide")),
    ("date", _("date valide (JJ/MM/AAAA)")),
    ("postcode", _("code postal (5 chiffres)")),
    ("checked", _("case cochée")),
    ("file", _("fichier joint")),
]
# Which checks make sense for which kind of field.
RULES_FOR_KIND = {
    "text": {"required", "exact", "email", "date", "postcode"},
    "email": {"required", "exact", "email"},
    "date": {"required", "exact", "date"},
    "postcode": {"required", "exact", "postcode"},
    "select": {"required", "exact"},
    "checkbox": {"checked"},
    "file": {"file"},
}


class FieldBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Intitulé du champ"), max_length=120)
    kind = blocks.ChoiceBlock(choices=KINDS, default="text", label=_("Type de champ"))
    choices = blocks.TextBlock(
        label=_("Choix de la liste"),
        required=False,
        help_text=_("Pour une liste de choix : un choix par ligne."),
    )
    rule = blocks.ChoiceBlock(
        choices=RULES,
        required=False,
        label=_("Vérification"),
        help_text=_("Ce que le site vérifie quand la personne continue."),
    )
    expected = blocks.CharBlock(
        label=_("Valeur attendue"),
        required=False,
        max_length=200,
        help_text=_(
            "Pour « valeur exacte ». Les majuscules, les accents et les espaces autour "
            "ne comptent pas. Donnez cette information dans l'explication de l'étape."
        ),
    )
    error_message = blocks.CharBlock(
        label=_("Message d'erreur"),
        required=False,
        max_length=300,
        help_text=_("Montré si la vérification échoue. Laissez vide pour un message tout prêt."),
    )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre de l'étape"), max_length=120)
    explanation = blocks.TextBlock(
        label=_("Explication"),
        required=False,
        max_length=600,
        help_text=_(
            "Courte. Donnez ici les informations fictives à recopier, par exemple : "
            "« Vous êtes Mme Lucie Martin, née le 12/03/1950. »"
        ),
    )
    hint = blocks.CharBlock(
        label=_("Indice"),
        required=False,
        max_length=300,
        help_text=_("Montré quand l'étape contient une erreur."),
    )
    fields = blocks.ListBlock(FieldBlock(), label=_("Champs"))


class ProcedureBlock(ExerciseTypeBlock):
    site_name = blocks.CharBlock(
        label=_("Nom du site fictif"),
        max_length=80,
        default="Portail Démo",
        help_text=_("Toujours un nom inventé, jamais celui d'un vrai service."),
    )
    steps = blocks.ListBlock(StepBlock(), label=_("Étapes"))

    def clean(self, value):
        value = super().clean(value)
        errors = []
        if not len(value["steps"]):
            errors.append(gettext("Ajoutez au moins une étape."))
        for number, step in enumerate(value["steps"], 1):
            if not len(step["fields"]):
                errors.append(
                    gettext(
                        "L'étape %(n)d n'a aucune vérification : ajoutez-lui au moins un champ."
                    )
                    % {"n": number}
                )
            for item in step["fields"]:
                errors.extend(field_problems(number, item))
        if errors:
            raise ValidationError(errors)
        return value

    class Meta:
        icon = "form"
        label = _("Démarche simulée")
        description = _(
            "Un faux site de démarches en ligne, à remplir étape par étape, vérifié à chaque étape."
        )
        preview_value = {
            "site_name": "Portail Démo des Prestations",
            "steps": [
                {
                    "title": "Votre identité",
                    "explanation": "Vous êtes Mme Lucie Martin, née le 12/03/1950.",
                    "hint": "Recopiez les informations de l'encadré, au-dessus des champs.",
                    "fields": [
                        {
                            "label": "Civilité",
                            "kind": "select",
                            "choices": "Madame\nMonsieur",
                            "rule": "exact",
                            "expected": "Madame",
                            "error_message": "Choisissez « Madame » : vous êtes Mme Martin.",
                        },
                        {
                            "label": "Nom",
                            "kind": "text",
                            "choices": "",
                            "rule": "exact",
                            "expected": "Martin",
                            "error_message": "",
                        },
                        {
                            "label": "Prénom",
                            "kind": "text",
                            "choices": "",
                            "rule": "exact",
                            "expected": "Lucie",
                            "error_message": "",
                        },
                        {
                            "label": "Date de naissance",
                            "kind": "date",
                            "choices": "",
                            "rule": "exact",
                            "expected": "12/03/1950",
                            "error_message": "",
                        },
                    ],
                },
                {
                    "title": "Vos coordonnées",
                    "explanation": (
                        "Vous habitez 8 rue des Lilas, 45000 Orléans.\n"
                        "Votre adresse e-mail : lucie.martin@courriel.example"
                    ),
                    "hint": "Le code postal, ce sont les 5 chiffres avant le nom de la ville.",
                    "fields": [
                        {
                            "label": "Adresse",
                            "kind": "text",
                            "choices": "",
                            "rule": "required",
                            "expected": "",
                            "error_message": "Écrivez votre adresse : le numéro et la rue.",
                        },
                        {
                            "label": "Code postal",
                            "kind": "postcode",
                            "choices": "",
                            "rule": "postcode",
                            "expected": "",
                            "error_message": "",
                        },
                        {
                            "label": "Ville",
                            "kind": "text",
                            "choices": "",
                            "rule": "required",
                            "expected": "",
                            "error_message": "",
                        },
                        {
                            "label": "Adresse e-mail",
                            "kind": "email",
                            "choices": "",
                            "rule": "email",
                            "expected": "",
                            "error_message": "",
                        },
                    ],
                },
                {
                    "title": "Votre justificatif",
                    "explanation": (
                        "Joignez un justificatif de domicile : une photo ou un fichier PDF "
                        "de moins de 2 Mo."
                    ),
                    "hint": "Cliquez sur le bouton du champ, puis choisissez un fichier.",
                    "fields": [
                        {
                            "label": "Justificatif de domicile",
                            "kind": "file",
                            "choices": "",
                            "rule": "file",
                            "expected": "",
                            "error_message": "",
                        },
                    ],
                },
                {
                    "title": "Confirmation",
                    "explanation": "Relisez vos informations, puis certifiez qu'elles sont justes.",
                    "hint": "Cochez la case avant de valider.",
                    "fields": [
                        {
                            "label": "Je certifie sur l'honneur l'exactitude de ces informations",
                            "kind": "checkbox",
                            "choices": "",
                            "rule": "checked",
                            "expected": "",
                            "error_message": "",
                        },
                    ],
                },
            ],
        }


def field_problems(number, item):
    """What is wrong with one field, as the author would read it."""
    where = {"n": number, "label": item["label"]}
    kind, rule, expected = item["kind"], item["rule"], (item["expected"] or "").strip()
    if not rule:
        return [
            gettext("L'étape %(n)d, champ « %(label)s » : choisissez une vérification.") % where
        ]
    problems = []
    if rule not in RULES_FOR_KIND.get(kind, set()):
        problems.append(
            gettext(
                "L'étape %(n)d, champ « %(label)s » : cette vérification ne va pas avec ce "
                "type de champ."
            )
            % where
        )
    choices = field_choices(item)
    if kind == "select" and not choices:
        problems.append(
            gettext(
                "L'étape %(n)d, champ « %(label)s » : écrivez les choix de la liste, un par ligne."
            )
            % where
        )
    if rule == "exact":
        if not expected:
            problems.append(
                gettext("L'étape %(n)d, champ « %(label)s » : écrivez la valeur attendue.") % where
            )
        elif kind == "select" and choices and plain(expected) not in map(plain, choices):
            problems.append(
                gettext(
                    "L'étape %(n)d, champ « %(label)s » : la valeur attendue n'est pas un des "
                    "choix de la liste."
                )
                % where
            )
        elif kind == "date" and parse_date(expected) is None:
            problems.append(
                gettext(
                    "L'étape %(n)d, champ « %(label)s » : écrivez la date attendue au format "
                    "JJ/MM/AAAA."
                )
                % where
            )
    return problems
