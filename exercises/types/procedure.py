"""Démarche simulée: a fictional public-service website, filled in step by step.

The author writes the steps and, for each field, the check it must pass. The server checks
steps 1..``upto`` (the learner's current step with JavaScript, every step without), and the
template shows the first step to fix, or the next one. A file is checked (type and size)
and never kept: the answer only says that a valid file was attached, and a signed token in
the page keeps the step valid without sending the file again."""

import datetime
import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import ExerciseTypeBlock
from ..registry import (
    AnswerError,
    ExerciseType,
    ItemResult,
    Outcome,
    keyed,
    known,
    one,
    only_keys,
    register,
    text,
)

MAX_FILE_BYTES = 2 * 1024 * 1024
FILE_EXTENSIONS = ("pdf", "jpg", "jpeg", "png")
CHECKED = "oui"  # the value of a ticked checkbox

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
    label = blocks.CharBlock(label=_("intitulé du champ"), max_length=120)
    kind = blocks.ChoiceBlock(choices=KINDS, default="text", label=_("type de champ"))
    choices = blocks.TextBlock(
        label=_("choix de la liste"),
        required=False,
        help_text=_("Pour une liste de choix : un choix par ligne."),
    )
    rule = blocks.ChoiceBlock(
        choices=RULES,
        required=False,
        label=_("vérification"),
        help_text=_("Ce que le site vérifie quand la personne continue."),
    )
    expected = blocks.CharBlock(
        label=_("valeur attendue"),
        required=False,
        max_length=200,
        help_text=_(
            "Pour « valeur exacte ». Les majuscules, les accents et les espaces autour "
            "ne comptent pas. Donnez cette information dans l'explication de l'étape."
        ),
    )
    error_message = blocks.CharBlock(
        label=_("message d'erreur"),
        required=False,
        max_length=300,
        help_text=_("Montré si la vérification échoue. Laissez vide pour un message tout prêt."),
    )


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre de l'étape"), max_length=120)
    explanation = blocks.TextBlock(
        label=_("explication"),
        required=False,
        max_length=600,
        help_text=_(
            "Courte. Donnez ici les informations fictives à recopier, par exemple : "
            "« Vous êtes Mme Lucie Martin, née le 12/03/1950. »"
        ),
    )
    hint = blocks.CharBlock(
        label=_("indice"),
        required=False,
        max_length=300,
        help_text=_("Montré quand l'étape contient une erreur."),
    )
    fields = blocks.ListBlock(FieldBlock(), label=_("champs"))


class ProcedureBlock(ExerciseTypeBlock):
    site_name = blocks.CharBlock(
        label=_("nom du site fictif"),
        max_length=80,
        default="Portail Démo",
        help_text=_("Toujours un nom inventé, jamais celui d'un vrai service."),
    )
    steps = blocks.ListBlock(StepBlock(), label=_("étapes"))

    def clean(self, value):
        value = super().clean(value)
        errors = []
        if not len(value["steps"]):
            errors.append(gettext("Ajoutez au moins une étape. (Add at least one step.)"))
        for number, step in enumerate(value["steps"], 1):
            if not len(step["fields"]):
                errors.append(
                    gettext(
                        "L'étape %(n)d n'a aucune vérification : ajoutez-lui au moins un "
                        "champ. (Step %(n)d has nothing to check: add at least one field.)"
                    )
                    % {"n": number}
                )
            for item in step["fields"]:
                errors.extend(_field_problems(number, item))
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


def _field_problems(number, item):
    """What is wrong with one field, as the author would read it."""
    where = {"n": number, "label": item["label"]}
    kind, rule, expected = item["kind"], item["rule"], (item["expected"] or "").strip()
    if not rule:
        return [
            gettext(
                "L'étape %(n)d, champ « %(label)s » : choisissez une vérification. "
                "(Step %(n)d, field “%(label)s”: choose a check.)"
            )
            % where
        ]
    problems = []
    if rule not in RULES_FOR_KIND.get(kind, set()):
        problems.append(
            gettext(
                "L'étape %(n)d, champ « %(label)s » : cette vérification ne va pas avec ce "
                "type de champ. (Step %(n)d, field “%(label)s”: this check does not fit this "
                "kind of field.)"
            )
            % where
        )
    choices = _choices(item)
    if kind == "select" and not choices:
        problems.append(
            gettext(
                "L'étape %(n)d, champ « %(label)s » : écrivez les choix de la liste, un par "
                "ligne. (Step %(n)d, field “%(label)s”: write the list's choices, one a line.)"
            )
            % where
        )
    if rule == "exact":
        if not expected:
            problems.append(
                gettext(
                    "L'étape %(n)d, champ « %(label)s » : écrivez la valeur attendue. "
                    "(Step %(n)d, field “%(label)s”: write the expected value.)"
                )
                % where
            )
        elif kind == "select" and choices and _plain(expected) not in map(_plain, choices):
            problems.append(
                gettext(
                    "L'étape %(n)d, champ « %(label)s » : la valeur attendue n'est pas un des "
                    "choix de la liste. (Step %(n)d, field “%(label)s”: the expected value is "
                    "not one of the choices.)"
                )
                % where
            )
        elif kind == "date" and _date(expected) is None:
            problems.append(
                gettext(
                    "L'étape %(n)d, champ « %(label)s » : écrivez la date attendue au format "
                    "JJ/MM/AAAA. (Step %(n)d, field “%(label)s”: write the expected date as "
                    "DD/MM/YYYY.)"
                )
                % where
            )
    return problems


# Reading and checking values.


def _choices(item):
    return [line.strip() for line in (item.get("choices") or "").splitlines() if line.strip()]


def _plain(value):
    """Compare as people read: no case, no accents, no outer or doubled spaces."""
    value = unicodedata.normalize("NFKD", str(value))
    value = "".join(c for c in value if not unicodedata.combining(c))
    for fancy, simple in (("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("æ", "ae")):
        value = value.replace(fancy, simple)
    return " ".join(value.casefold().split())


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FR_DATE = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})")


def _date(value):
    """A date written JJ/MM/AAAA (as people do) or AAAA-MM-JJ (as browsers send it)."""
    value = (value or "").strip()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
    elif match := _FR_DATE.fullmatch(value):
        day, month, year = match.groups()
    else:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _postcode(value):
    value = "".join(value.split())
    return value if re.fullmatch(r"\d{5}", value) else None


def _is_email(value):
    try:
        validate_email(value.strip())
    except ValidationError:
        return False
    return True


def _same(item, given):
    expected = item["expected"] or ""
    wanted = _date(expected) if item["kind"] != "select" else None
    if wanted is not None:  # a date matches however it is written
        return _date(given) == wanted
    if item["kind"] == "postcode":
        return "".join(given.split()) == "".join(expected.split())
    return _plain(given) == _plain(expected)


def _check(item, given):
    """(passed, message) for a field that is not a file."""
    rule = item["rule"]
    value = (given or "").strip()
    if rule == "checked":
        passed = given == CHECKED
        default = gettext("Cochez cette case pour continuer.")
    elif not value:
        passed = False
        if item["kind"] == "select":
            default = gettext("Choisissez une réponse dans la liste.")
        else:
            default = gettext("Ce champ est obligatoire : remplissez-le.")
    elif rule == "exact":
        passed = _same(item, value)
        default = gettext(
            "Ce n'est pas ce qui est demandé : relisez les informations de l'étape, au-dessus."
        )
    elif rule == "email":
        passed = _is_email(value)
        default = gettext(
            "Cette adresse e-mail n'est pas valide. Elle s'écrit avec un @ et un point, "
            "par exemple : nom@domaine.fr"
        )
    elif rule == "date":
        passed = _date(value) is not None
        default = gettext(
            "Cette date n'est pas valide. Écrivez-la au format JJ/MM/AAAA, "
            "par exemple : 05/09/1948."
        )
    elif rule == "postcode":
        passed = _postcode(value) is not None
        default = gettext("Le code postal s'écrit avec 5 chiffres, par exemple : 45000.")
    else:  # "required", or a check this field no longer has
        passed, default = True, ""
    if passed:
        return True, ""
    return False, (item["error_message"] or "").strip() or default


def _mega(size):
    # Rounded up, so that a file just over the limit never reads "2,0 Mo".
    return number_format(math.ceil(size * 10 / (1024 * 1024)) / 10, 1)


def _check_file(item, state):
    """(passed, message) for a file field, from what the answer kept of the file."""
    state = state if isinstance(state, dict) else {}
    if state.get("attached"):
        return True, ""
    name = str(state.get("name", ""))
    refused = state.get("refused")
    if refused == "type":
        return False, gettext(
            "Le fichier « %(name)s » n'est pas d'un type accepté. "
            "Choisissez un fichier PDF, JPG ou PNG."
        ) % {"name": name}
    if refused == "size":
        size = state.get("size") if isinstance(state.get("size"), int) else 0
        return False, gettext(
            "Le fichier « %(name)s » est trop lourd (%(size)s Mo). La taille maximale est "
            "2 Mo : choisissez un fichier plus léger."
        ) % {"name": name, "size": _mega(size)}
    if refused == "empty":
        return False, gettext("Le fichier « %(name)s » est vide. Choisissez un autre fichier.") % {
            "name": name
        }
    return False, (item["error_message"] or "").strip() or gettext(
        "Joignez un fichier : cliquez sur le bouton « Parcourir » ou « Choisir un fichier »."
    )


def _upload_state(upload):
    """Look at the name and the size only: the file is never read nor kept."""
    name = text(str(getattr(upload, "name", "") or ""))
    size = getattr(upload, "size", None) or 0
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FILE_EXTENSIONS:
        return {"refused": "type", "name": name}
    if size > MAX_FILE_BYTES:
        return {"refused": "size", "name": name, "size": int(size)}
    if size <= 0:
        return {"refused": "empty", "name": name}
    return {"attached": name}


def _salt(key):
    # Field keys are Wagtail's uuids, so a token only fits the field (and exercise) it came from.
    return f"pasapas.exercises.procedure:{key}"


def _token(key, name):
    return signing.dumps(name, salt=_salt(key), compress=False)


def _untoken(key, token):
    try:
        name = signing.loads(token, salt=_salt(key))
    except signing.BadSignature:
        name = None
    if not isinstance(name, str) or not name:
        raise AnswerError(
            gettext(
                "Le fichier joint n'est plus reconnu : rechargez la page et joignez-le de "
                "nouveau. (The attached file is no longer recognised.)"
            )
        )
    return name


# The procedure's structure, and what the template shows of it.


def _structure(value):
    """[(step key, step, [(field key, field)])]. A field's key is its uuid; without one (a
    value not saved yet), its place in its step, so that fields stay apart."""
    steps = []
    for step_key, step in keyed(value["steps"]):
        fields = [
            (k if not k.isdigit() else f"{step_key}_{k}", item) for k, item in keyed(step["fields"])
        ]
        steps.append((step_key, step, fields))
    return steps


def _initials(name):
    letters = [word[0] for word in name.split() if word[:1].isupper()]
    return "".join(letters[:3]) or name[:1].upper()


def _file_number(answer):
    """A fictional file number, the same each time the same answer is shown."""
    data = json.dumps(answer.get("values", {}), sort_keys=True, ensure_ascii=True)
    digits = str(int(hashlib.sha256(data.encode()).hexdigest(), 16))[-8:]
    return f"DEMO-{digits[:4]}-{digits[4:]}"


HELP = {
    "date": _("Au format JJ/MM/AAAA, par exemple : 05/09/1948"),
    "postcode": _("5 chiffres, par exemple : 45000"),
    "email": _("Format attendu : nom@domaine.fr"),
    "file": _("Formats acceptés : PDF, JPG ou PNG. Taille maximale : 2 Mo."),
}


def _read(answer, total):
    """The parts of a stored answer, tolerating answers from an older version."""
    answer = answer if isinstance(answer, dict) else {}
    values = answer.get("values") if isinstance(answer.get("values"), dict) else {}
    files = answer.get("files") if isinstance(answer.get("files"), dict) else {}
    upto = answer.get("upto")
    if not isinstance(upto, int) or isinstance(upto, bool):
        upto = total
    return values, files, max(0, min(upto, total))


def _view(value, answer=None):
    """Everything the template shows, and the verdicts when there is an answer."""
    structure = _structure(value)
    total = len(structure)
    answered = answer is not None
    values, files, upto = _read(answer, total) if answered else ({}, {}, 0)
    steps, items, points, first_error = [], [], 0, None
    for number, (step_key, step, fields) in enumerate(structure, 1):
        checked = answered and number <= upto
        shown_fields, errors = [], []
        for key, item in fields:
            kind = item["kind"]
            shown = {
                "key": key,
                "label": item["label"],
                "kind": kind,
                "choices": _choices(item) if kind == "select" else [],
                "help": HELP.get(kind, ""),
                "value": "",
                "attached": "",
                "token": "",
                "error": "",
            }
            if kind == "file":
                state = files.get(key)
                if isinstance(state, dict) and state.get("attached"):
                    shown["attached"] = str(state["attached"])
                    shown["token"] = _token(key, shown["attached"])
            else:
                given = values.get(key)
                shown["value"] = given if isinstance(given, str) else ""
            if checked:
                if kind == "file":
                    passed, message = _check_file(item, files.get(key))
                else:
                    passed, message = _check(item, shown["value"])
                items.append(ItemResult(key, passed, message))
                if not passed:
                    shown["error"] = message
                    errors.append(shown)
            shown["described"] = [
                part
                for part, present in (
                    ("help", shown["help"]),
                    ("attached", shown["attached"]),
                    ("error", shown["error"]),
                )
                if present
            ]
            shown_fields.append(shown)
        passed = checked and not errors
        points += passed
        if checked:
            items.append(ItemResult(f"step-{step_key}", passed, "" if passed else step["hint"]))
            if not passed and first_error is None:
                first_error = number
        steps.append(
            {
                "number": number,
                "key": step_key,
                "title": step["title"],
                "explanation": step["explanation"],
                "hint": step["hint"] if checked and not passed else "",
                "checked": checked,
                "passed": passed,
                "errors": errors,
                "fields": shown_fields,
            }
        )
    if not answered:
        state, current = "start", 1
    elif first_error is not None:
        state, current = "error", first_error
    elif upto < total:
        state, current = "next", upto + 1
    else:
        state, current = "done", total
    if state == "next":
        steps[current - 1]["after"] = current - 1
    view = {
        "site_name": value["site_name"],
        "initials": _initials(value["site_name"]),
        "total": total,
        "state": state,
        "current": current,
        "max_bytes": MAX_FILE_BYTES,
        "accept": ",".join(f".{e}" for e in FILE_EXTENSIONS),
        "file_number": _file_number(answer) if state == "done" else "",
        "steps": steps,
    }
    return view, items, points


@dataclass
class ProcedureOutcome(Outcome):
    """An outcome that also carries the page to show: the step to fix, or the next one."""

    view: dict = field(default_factory=dict)


class Procedure(ExerciseType):
    name = "procedure"
    label = _("Démarche simulée")
    order = 100
    block_class = ProcedureBlock
    template = "exercises/types/procedure.html"
    script = "exercises/procedure.js"
    accepts_files = True

    def prepare(self, value, exercise):
        view, _items, _points = _view(value)
        return {"view": view}

    def parse(self, value, data, files):
        structure = _structure(value)
        fields = [(key, item) for _s, _step, pairs in structure for key, item in pairs]
        file_keys = {key for key, item in fields if item["kind"] == "file"}
        # A file input left empty is posted as an empty text field: allowed, but only empty.
        allowed = ["upto", *(f"f-{k}" for k, _i in fields), *(f"t-{k}" for k in file_keys)]
        only_keys(data, allowed)
        if set(files.keys()) - {f"f-{k}" for k in file_keys}:
            raise AnswerError(
                gettext(
                    "Un fichier a été envoyé dans un champ qui n'en attend pas. "
                    "(A file was sent in a field that expects none.)"
                )
            )
        total = len(structure)
        upto = one(data, "upto", required=False)
        if upto is None:
            upto = total
        elif upto.isdigit() and 1 <= int(upto) <= total:
            upto = int(upto)
        else:
            raise AnswerError(
                gettext(
                    "Cette étape ne fait pas partie de l'exercice. "
                    "(This step is not part of the exercise.)"
                )
            )
        values, attached = {}, {}
        for key, item in fields:
            if key in file_keys:
                if one(data, f"f-{key}", required=False) is not None:
                    raise AnswerError(
                        gettext(
                            "Ce champ attend un fichier, pas un texte. "
                            "(This field expects a file, not text.)"
                        )
                    )
                uploads = files.getlist(f"f-{key}")
                if len(uploads) > 1:
                    raise AnswerError(gettext("Un seul fichier par champ. (One file per field.)"))
                if uploads:
                    attached[key] = _upload_state(uploads[0])
                else:
                    token = one(data, f"t-{key}", required=False)
                    if token is not None:
                        attached[key] = {"attached": _untoken(key, token)}
                continue
            given = one(data, f"f-{key}", required=False)
            if given is None:
                continue
            if item["kind"] == "select":
                known(given, set(_choices(item)))
            elif item["kind"] == "checkbox":
                known(given, {CHECKED})
            values[key] = given
        return {"upto": upto, "values": values, "files": attached}

    def score(self, value, answer):
        view, items, points = _view(value, answer if isinstance(answer, dict) else {})
        return ProcedureOutcome(points, view["total"], items, "", view)

    def is_final(self, value, answer):
        return answer.get("upto", 0) >= len(_structure(value))

    def secrets(self, value):
        """Expected values the page does not show on purpose: the steps' explanations (and
        titles, labels, choices) are on the page, so values written there are not secrets."""
        shown = [value["site_name"]]
        for _key, step, fields in _structure(value):
            shown += [step["title"], step["explanation"]]
            for _k, item in fields:
                shown += [item["label"], *_choices(item)]
        public = _plain("\n".join(shown))
        return [
            item["expected"]
            for _s, _step, fields in _structure(value)
            for _k, item in fields
            if item["rule"] == "exact"
            and item["kind"] != "select"  # a choice is on the page; which one is the secret
            and (item["expected"] or "").strip()
            and _plain(item["expected"]) not in public
        ]

    def example_answers(self, value):
        structure = _structure(value)
        right = {step: {} for step, _s, _f in structure}
        for step_key, _step, fields in structure:
            for key, item in fields:
                right[step_key].update(_right_field(key, item))
        everything = {k: v for fields in right.values() for k, v in fields.items()}
        partial = None
        if len(structure) > 1:
            # Every step right but the last: its fields are left empty.
            partial = {k: v for step, fields in list(right.items())[:-1] for k, v in fields.items()}
        return {"right": everything, "wrong": {"upto": str(len(structure))}, "partial": partial}


def _right_field(key, item):
    """A value that passes the field's check, as the form would post it."""
    rule, kind = item["rule"], item["kind"]
    if kind == "file":
        return {f"t-{key}": _token(key, "justificatif.pdf")}
    if rule == "checked":
        return {f"f-{key}": CHECKED}
    if rule == "exact":
        expected = item["expected"]
        if kind == "select":
            expected = next(c for c in _choices(item) if _plain(c) == _plain(expected))
        return {f"f-{key}": expected}
    if kind == "select":
        return {f"f-{key}": _choices(item)[0]}
    sample = {"email": "lucie.martin@courriel.example", "date": "12/03/1950", "postcode": "45000"}
    return {f"f-{key}": sample.get(rule, "8 rue des Lilas")}


register(Procedure())
