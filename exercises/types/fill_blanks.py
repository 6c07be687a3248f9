"""Texte à trous: a text with words to type in, written with [brackets] by the author."""

import hashlib
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks

from ..blocks import ExerciseTypeBlock
from ..registry import AnswerError, ExerciseType, ItemResult, Outcome, one, only_keys, register

MAX_BLANKS = 50
MAX_BLANK_LENGTH = 100  # the inputs' maxlength: one word or a few
BLANK = re.compile(r"\[([^\[\]]*)\]")
GAP = "…"  # how a blank reads in the sentence that names its field
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
CONTEXT_WORDS = 14  # at most this many words on each side of the blank


def split_text(source):
    """The author's text as parts: plain strings and, for each blank, its list of accepted
    answers. Raises ValidationError with a message for the author when the brackets are wrong."""
    parts, position = [], 0
    for match in BLANK.finditer(source):
        parts.append(source[position : match.start()])
        answers = [" ".join(a.split()) for a in match.group(1).split("|")]
        number = len(parts) // 2 + 1
        if not any(answers):
            raise ValidationError(
                _(
                    "Le trou n° %(n)d est vide : écrivez le mot à trouver entre les crochets, "
                    "par exemple [Entrée]."
                )
                % {"n": number}
            )
        if not all(answers):
            raise ValidationError(
                _("Le trou n° %(n)d contient une réponse vide : retirez la barre | en trop.")
                % {"n": number}
            )
        parts.append(answers)
        position = match.end()
    parts.append(source[position:])
    if any("[" in p or "]" in p for p in parts[::2]):
        raise ValidationError(
            _("Un crochet est en trop ou n'est pas fermé : chaque [ doit avoir son ].")
        )
    if len(parts) == 1:
        raise ValidationError(
            _(
                "Mettez au moins un mot à trouver entre crochets, par exemple : "
                "appuyez sur la touche [Entrée]."
            )
        )
    if len(parts) // 2 > MAX_BLANKS:
        raise ValidationError(_("Trop de trous : %(n)d au plus.") % {"n": MAX_BLANKS})
    return parts


def blank_sentences(parts):
    """For each blank, the sentence around it with its blanks shown as « … »: what a screen
    reader says on the field, since the text before it is not read while tabbing. Only the
    shown text goes in, never an answer."""
    marks = [f"\x00{n}\x00" for n in range(len(parts) // 2)]
    joined = "".join(part if i % 2 == 0 else marks[i // 2] for i, part in enumerate(parts))
    sentences = [s for s in SENTENCE_END.split(joined) if s.strip()]
    found = []
    for mark in marks:
        sentence = next(s for s in sentences if mark in s)
        before, after = sentence.split(mark)
        before, after = before.split()[-CONTEXT_WORDS:], after.split()[:CONTEXT_WORDS]
        words = re.sub(r" ([.,)])", r"\1", " ".join([*before, GAP, *after]))
        found.append(re.sub(r"\x00\d+\x00", GAP, words))
    return found


def normalize(answer, *, ignore_case, ignore_accents):
    """Spaces and apostrophes never count; case and accents as the author chose."""
    answer = unicodedata.normalize("NFC", answer).replace("’", "'").replace("‘", "'")
    answer = " ".join(answer.split())
    if ignore_accents:
        answer = answer.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
        decomposed = unicodedata.normalize("NFD", answer)
        answer = "".join(c for c in decomposed if not unicodedata.combining(c))
    if ignore_case:
        answer = answer.casefold()
    return answer


def blanks_of(value):
    try:
        return split_text(value["text"])[1::2]
    except ValidationError:
        return []  # saved before validation existed: nothing to score against


def version_of(value):
    """A short fingerprint of the text around the blanks, so that a page opened before the
    author changed the text cannot send answers for other blanks. No answer goes into it."""
    try:
        parts = split_text(value["text"])
    except ValidationError:
        parts = [value["text"]]
    plain = "\x00".join(parts[::2]).encode()
    return hashlib.sha256(plain).hexdigest()[:12]


class FillBlanksBlock(ExerciseTypeBlock):
    text = blocks.TextBlock(
        label=_("Texte à trous"),
        max_length=3000,
        help_text=_(
            "Mettez chaque mot à trouver entre crochets. Si plusieurs réponses sont justes, "
            "séparez-les par une barre verticale. Exemple : appuyez sur la touche [Maj|Shift]."
        ),
    )
    ignore_case = blocks.BooleanBlock(
        label=_("Accepter majuscules et minuscules"),
        required=False,
        default=True,
        help_text=_("Par exemple, « entrée » compte comme « Entrée »."),
    )
    ignore_accents = blocks.BooleanBlock(
        label=_("Accepter les mots sans accents"),
        required=False,
        default=True,
        help_text=_("Par exemple, « e » compte comme « é »."),
    )
    explanation = blocks.CharBlock(
        label=_("Explication"),
        required=False,
        max_length=500,
        help_text=_("Montrée après chaque réponse."),
    )

    def clean(self, value):
        value = super().clean(value)
        split_text(value["text"])
        return value

    class Meta:
        icon = "edit"
        label = _("Texte à trous")
        description = _("Un texte avec des mots manquants à écrire.")
        preview_value = {
            "text": (
                "Pour écrire une lettre en majuscule, on appuie en même temps sur la touche "
                "[Maj|Shift] et sur la lettre.\n"
                "Pour effacer la lettre à gauche du curseur, on appuie sur la touche "
                "[Retour arrière|Backspace].\n"
                "Pour aller à la ligne, on appuie sur la touche [Entrée|Enter]."
            ),
            "ignore_case": True,
            "ignore_accents": True,
            "explanation": "Ces touches sont les mêmes sur presque tous les claviers.",
        }


class FillBlanks(ExerciseType):
    name = "fill_blanks"
    label = _("Texte à trous")
    order = 40
    block_class = FillBlanksBlock
    template = "exercises/types/fill_blanks.html"

    def prepare(self, value, exercise):
        try:
            parts = split_text(value["text"])
        except ValidationError:
            parts = [value["text"]]
        prepared = []
        sentences = blank_sentences(parts)
        for index, part in enumerate(parts):
            if index % 2 == 0:
                prepared.append({"blank": False, "text": part})
            else:
                # Wide enough for the longest answer, a little more so as not to tell it.
                size = min(30, max(8, max(len(a) for a in part) + 3))
                prepared.append(
                    {
                        "blank": True,
                        "key": str(index // 2 + 1),
                        "size": size,
                        "sentence": sentences[index // 2],
                    }
                )
        return {"parts": prepared, "version": version_of(value), "maxlength": MAX_BLANK_LENGTH}

    def parse(self, value, data, files):
        keys = [str(n) for n in range(1, len(blanks_of(value)) + 1)]
        only_keys(data, [f"b-{k}" for k in keys] + ["version"])
        if one(data, "version", required=False) != version_of(value):
            raise AnswerError(
                _(
                    "Le texte de l'exercice a changé depuis l'ouverture de la page : "
                    "rechargez la page, puis répondez de nouveau."
                )
            )
        answer = {}
        for key in keys:
            given = one(data, f"b-{key}", required=False) or ""
            if len(given) > MAX_BLANK_LENGTH:
                raise AnswerError(
                    _("Réponse trop longue (%(n)d caractères au plus).") % {"n": MAX_BLANK_LENGTH}
                )
            answer[key] = given
        if not any(a.strip() for a in answer.values()):
            raise AnswerError(_("Écrivez au moins un mot dans les trous, puis vérifiez."))
        return answer

    def score(self, value, answer):
        options = {
            "ignore_case": value.get("ignore_case", True),
            "ignore_accents": value.get("ignore_accents", True),
        }
        items, empty = [], 0
        for number, answers in enumerate(blanks_of(value), start=1):
            given = answer.get(str(number)) if isinstance(answer, dict) else None
            given = given if isinstance(given, str) else ""
            if not given.strip():
                empty += 1  # no verdict on an empty blank: the message below counts them
                continue
            accepted = {normalize(a, **options) for a in answers}
            items.append(ItemResult(str(number), normalize(given, **options) in accepted))
        messages = []
        if empty:
            messages.append(
                ngettext(
                    "Un trou est resté vide.",
                    "%(n)d trous sont restés vides.",
                    empty,
                )
                % {"n": empty}
            )
        if value.get("explanation"):
            messages.append(value["explanation"])
        return Outcome(sum(i.correct for i in items), len(items) + empty, items, " ".join(messages))

    def secrets(self, value):
        """Answers the text does not show anyway. A one- or two-letter answer (« S ») is in any
        page by chance, so searching for it would prove nothing."""
        parts = split_text(value["text"])
        shown = " ".join(parts[::2])
        return [a for answers in parts[1::2] for a in answers if a not in shown and len(a) > 2]

    def example_answers(self, value):
        blanks = blanks_of(value)
        version = version_of(value)
        right = {f"b-{n}": answers[0] for n, answers in enumerate(blanks, start=1)}
        wrong = {f"b-{n}": "zzz" for n in range(1, len(blanks) + 1)}
        partial = None
        if len(blanks) > 1:
            partial = {**wrong, "b-1": right["b-1"]}
            partial["version"] = version
        return {
            "right": {**right, "version": version},
            "wrong": {**wrong, "version": version},
            "partial": partial,
        }


register(FillBlanks())
