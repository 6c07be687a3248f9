"""Vrai ou arnaque ?: an e-mail, a text message or a web page to judge.

The message is shown as a harmless picture of the real thing: its links are plain text. The
clues and the advice are the lesson, so they appear only once the person has answered."""

import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import ExerciseTypeBlock
from ..registry import ExerciseType, ItemResult, Outcome, known, one, only_keys, register

KINDS = [("email", _("e-mail")), ("sms", _("SMS")), ("webpage", _("page web"))]
VERDICTS = [("legit", _("vrai message")), ("scam", _("arnaque"))]


class ScamCheckBlock(ExerciseTypeBlock):
    kind = blocks.ChoiceBlock(choices=KINDS, default="email", label=_("Type de message"))
    sender = blocks.CharBlock(
        label=_("Expéditeur"),
        required=False,
        max_length=200,
        help_text=_(
            "Pour un e-mail ou un SMS. N'utilisez que des adresses inventées, par exemple "
            "« Assurance Maladie <remboursement@ameli-dossier.example> »."
        ),
    )
    subject = blocks.CharBlock(
        label=_("Objet"), required=False, max_length=200, help_text=_("Pour un e-mail.")
    )
    url = blocks.CharBlock(
        label=_("Adresse de la page"),
        required=False,
        max_length=300,
        help_text=_(
            "Pour une page web : l'adresse montrée dans la barre du navigateur. Inventée, "
            "par exemple https://impots-remboursement.example/connexion."
        ),
    )
    body = blocks.TextBlock(
        label=_("Texte du message"),
        max_length=3000,
        help_text=_(
            "Les adresses web s'affichent comme des liens, qui ne mènent nulle part. Une ligne "
            "entre crochets, comme [Se connecter], s'affiche comme un bouton (qui ne fait rien)."
        ),
    )
    verdict = blocks.ChoiceBlock(choices=VERDICTS, default="scam", label=_("La bonne réponse"))
    clues = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("Indice")),
        label=_("Indices"),
        help_text=_(
            "Montrés après la réponse : ce qui permet de reconnaître une arnaque, "
            "ou un vrai message."
        ),
    )
    advice = blocks.TextBlock(
        label=_("Que faire ?"),
        max_length=600,
        help_text=_(
            "Montré après la réponse. Par exemple : « Ne cliquez pas. Supprimez le message. "
            "En cas de doute, appelez le 3646. »"
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = []
        if not [c for c in value["clues"] if (c or "").strip()]:
            errors.append(gettext("Ajoutez au moins un indice, pour expliquer la réponse."))
        if value["kind"] in ("email", "sms") and not (value["sender"] or "").strip():
            errors.append(gettext("Indiquez l'expéditeur du message."))
        if value["kind"] == "webpage" and not (value["url"] or "").strip():
            errors.append(gettext("Indiquez l'adresse de la page web."))
        if errors:
            raise ValidationError(errors)
        return value

    class Meta:
        icon = "warning"
        label = _("Vrai ou arnaque ?")
        description = _("Un e-mail, un SMS ou une page web : vrai, ou arnaque ?")
        preview_value = {
            "kind": "email",
            "sender": "Assurance Maladie <remboursement@ameli-remboursement-dossier.example>",
            "subject": "Votre remboursement de 48,70 € est en attente",
            "url": "",
            "body": (
                "Bonjour,\n\n"
                "Vous avez droit à un remboursement de 48,70 €.\n"
                "Pour le recevoir, mettez à jour vos coordonnées bancaires sous 24 h :\n"
                "https://ameli-remboursement-dossier.example/mise-a-jour\n\n"
                "[Recevoir mon remboursement]\n\n"
                "Sans réponse de votre part, votre dossier sera clôturé.\n\n"
                "Le service des remboursements"
            ),
            "verdict": "scam",
            "clues": [
                "L'adresse de l'expéditeur ne finit pas par « ameli.fr ».",
                "On vous presse : « sous 24 h », « votre dossier sera clôturé ».",
                "On vous demande vos coordonnées bancaires par un lien : "
                "l'Assurance Maladie ne le fait jamais par e-mail.",
                "Le message ne dit pas votre nom : seulement « Bonjour ».",
            ],
            "advice": (
                "Ne cliquez pas sur le lien et ne répondez pas. Supprimez le message. "
                "En cas de doute, appelez votre caisse au 3646, ou ouvrez votre compte "
                "en tapant vous-même l'adresse ameli.fr."
            ),
        }


_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
_BUTTON = re.compile(r"\[([^\[\]]{1,80})\]")


def _pieces(body):
    """The message as lines of pieces: plain text, a (dead) link, or a (dead) button."""
    lines = []
    for line in (body or "").splitlines():
        stripped = line.strip()
        if match := _BUTTON.fullmatch(stripped):
            lines.append([{"kind": "button", "text": match.group(1).strip()}])
            continue
        pieces, start = [], 0
        for match in _LINK.finditer(line):
            link = match.group(0).rstrip(".,;:!?)")
            end = match.start() + len(link)
            if match.start() > start:
                pieces.append({"kind": "text", "text": line[start : match.start()]})
            pieces.append({"kind": "link", "text": link})
            start = end
        if start < len(line):
            pieces.append({"kind": "text", "text": line[start:]})
        lines.append(pieces)
    return lines


def _paragraphs(body):
    """Lines grouped into paragraphs at blank lines, as a mail program shows them."""
    paragraphs, current = [], []
    for line in _pieces(body):
        if not line or all(p["kind"] == "text" and not p["text"].strip() for p in line):
            if current:
                paragraphs.append(current)
            current = []
        else:
            current.append(line)
    if current:
        paragraphs.append(current)
    return paragraphs


def _sender_parts(sender):
    """Split "Name <address>", to show the header as a mail program does."""
    sender = (sender or "").strip()
    if match := re.fullmatch(r"(.*?)\s*<([^<>]+)>", sender):
        return match.group(1).strip().strip('"'), match.group(2).strip()
    return "", sender


@dataclass
class ScamOutcome(Outcome):
    """The verdict, with what to show after it: the truth, the clues and the advice."""

    truth: str = ""
    clues: list[str] = field(default_factory=list)
    advice: str = ""


class ScamCheck(ExerciseType):
    name = "scam_check"
    label = _("Vrai ou arnaque ?")
    order = 110
    block_class = ScamCheckBlock
    template = "exercises/types/scam_check.html"
    script = "exercises/scam_check.js"

    def prepare(self, value, exercise):
        name, address = _sender_parts(value["sender"])
        url = (value["url"] or "").strip()
        return {
            "kind": value["kind"],
            "sender": (value["sender"] or "").strip(),
            "sender_name": name,
            "sender_address": address,
            "subject": value["subject"],
            "url": url,
            "secure": url.lower().startswith("https://"),
            "paragraphs": _paragraphs(value["body"]),
            "choices": _choices(value["kind"]),
        }

    def parse(self, value, data, files):
        only_keys(data, ["verdict"])
        return {"verdict": known(one(data, "verdict"), {"legit", "scam"})}

    def score(self, value, answer):
        given = answer.get("verdict") if isinstance(answer, dict) else None
        correct = given == value["verdict"]
        items = [ItemResult(given, correct)] if given in ("legit", "scam") else []
        return ScamOutcome(
            1 if correct else 0,
            1,
            items,
            "",
            truth=_truth(value["kind"], value["verdict"]),
            clues=[c for c in value["clues"] if (c or "").strip()],
            advice=value["advice"],
        )

    def secrets(self, value):
        shown = "\n".join(
            [value["sender"] or "", value["subject"] or "", value["url"] or "", value["body"]]
        )
        return [
            text
            for text in [*value["clues"], value["advice"]]
            if (text or "").strip() and text.strip() not in shown
        ]

    def example_answers(self, value):
        other = "legit" if value["verdict"] == "scam" else "scam"
        return {
            "right": {"verdict": value["verdict"]},
            "wrong": {"verdict": other},
            "partial": None,
        }


def _choices(kind):
    real = gettext("C'est un vrai site") if kind == "webpage" else gettext("C'est un vrai message")
    return [
        {"value": "legit", "text": real},
        {"value": "scam", "text": gettext("C'est une arnaque")},
    ]


def _truth(kind, verdict):
    """The answer, in the same words as the choices."""
    if verdict == "scam":
        return gettext("C'est une arnaque.")
    return (
        gettext("C'est un vrai site.") if kind == "webpage" else gettext("C'est un vrai message.")
    )


register(ScamCheck())
