"""Exercice de clavier: texts to type exactly (capitals, accents, @ and apostrophes of the AZERTY
keyboard) and shortcuts to press (Ctrl + C...). Typed texts are plain form fields and work without
JavaScript; shortcuts are caught by a small script in a practice field."""

import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import ExerciseTypeBlock
from ..registry import ExerciseType, ItemResult, Outcome, known, one, only_keys, register

# Shortcuts the browser lets a page catch. Ctrl + W, T or N are left out: the browser keeps
# them (a tab would close or open). The script cancels save, print and find in the practice field.
SHORTCUTS = {
    "copy": ("C", _("Copier")),
    "paste": ("V", _("Coller")),
    "cut": ("X", _("Couper")),
    "select_all": ("A", _("Tout sélectionner")),
    "undo": ("Z", _("Annuler")),
    "redo": ("Y", _("Rétablir")),
    "save": ("S", _("Enregistrer")),
    "print": ("P", _("Imprimer")),
    "find": ("F", _("Rechercher")),
}
MAX_EXPECTED = 200
DEFAULT_PRACTICE_TEXT = _("Le marché a lieu le samedi matin, sur la place de la mairie.")

# Differences no keyboard lesson is about: the curly apostrophe of a word processor and the
# non-breaking spaces of French typography are typed as the plain ones.
_SAME = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})


def shortcut_label(name):
    letter, label = SHORTCUTS[name]
    return gettext("Ctrl + %(letter)s (%(action)s)") % {"letter": letter, "action": label}


def _normal(text):
    return unicodedata.normalize("NFC", text or "").translate(_SAME).strip()


def _bare(char):
    """A letter without its accent."""
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


def _ordinal(position):
    return gettext("1er") if position == 1 else gettext("%(n)de") % {"n": position}


def _first_difference(given, expected):
    return next(
        (i for i, (g, e) in enumerate(zip(given, expected, strict=False)) if g != e),
        min(len(given), len(expected)),
    )


def _explain(given, expected, index):
    """Where the typed text first differs from the model, in plain words."""
    if not given:
        return gettext("Rien n'a été tapé ici.")
    if index == len(given):
        return gettext("C'est un bon début : il manque la suite, « %(rest)s ».") % {
            "rest": expected[index:]
        }
    if index == len(expected):
        return gettext("Il y a des caractères en trop à la fin : « %(extra)s ».") % {
            "extra": given[index:]
        }
    g, e = given[index], expected[index]
    where = {"nth": _ordinal(index + 1), "expected": e, "given": g}
    if g.lower() == e.lower():
        if e.isupper():
            return (
                gettext("Le %(nth)s caractère doit être une majuscule : « %(expected)s ».") % where
            )
        return gettext("Le %(nth)s caractère doit être une minuscule : « %(expected)s ».") % where
    if _bare(g).lower() == _bare(e).lower():
        if _bare(e) == e:
            return gettext("Le %(nth)s caractère n'a pas d'accent : « %(expected)s ».") % where
        return gettext("Attention à l'accent du %(nth)s caractère : « %(expected)s ».") % where
    if e == " ":
        return gettext("Il manque un espace au %(nth)s caractère.") % where
    if g == " ":
        return gettext("Il y a un espace en trop au %(nth)s caractère.") % where
    return gettext("Le %(nth)s caractère doit être « %(expected)s » et non « %(given)s ».") % where


@dataclass
class TypedResult(ItemResult):
    """A typed text's verdict, with the typed text cut around its first difference."""

    before: str = ""
    wrong: str = ""
    after: str = ""
    missing: bool = False


class TypedItemBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(
        label=_("Consigne"),
        max_length=255,
        help_text=_("Par exemple : « Tapez le prénom de votre voisine. »"),
    )
    expected = blocks.CharBlock(
        label=_("Texte exact à taper"),
        max_length=MAX_EXPECTED,
        help_text=_(
            "Montré comme modèle. Majuscules et accents comptent : c'est tout l'intérêt. "
            "Par exemple : « Hélène » ou « jean.dupont@exemple.fr »."
        ),
    )
    help = blocks.CharBlock(
        label=_("Aide"),
        required=False,
        max_length=255,
        help_text=_("Facultatif. Par exemple : « Le @ : touche AltGr + à »."),
    )

    class Meta:
        icon = "edit"
        label = _("Texte à taper")


class ShortcutItemBlock(blocks.StructBlock):
    shortcut = blocks.ChoiceBlock(
        label=_("Raccourci"),
        choices=[
            (name, format_lazy("{} (Ctrl + {})", label, letter))
            for name, (letter, label) in SHORTCUTS.items()
        ],
    )
    prompt = blocks.CharBlock(
        label=_("Consigne"),
        required=False,
        max_length=255,
        help_text=_("Facultatif. Par défaut : « Appuyez sur Ctrl + C (Copier). »"),
    )
    practice_text = blocks.CharBlock(
        label=_("Texte de la zone d'entraînement"),
        required=False,
        max_length=300,
        help_text=_("Facultatif : la phrase sur laquelle essayer le raccourci."),
    )
    help = blocks.CharBlock(
        label=_("Aide"),
        required=False,
        max_length=255,
        help_text=_("Facultatif. Par exemple : « Gardez Ctrl enfoncée, puis appuyez sur C. »"),
    )

    class Meta:
        icon = "code"
        label = _("Raccourci clavier")


class KeyboardDrillBlock(ExerciseTypeBlock):
    items = blocks.StreamBlock(
        [("typed", TypedItemBlock()), ("shortcut", ShortcutItemBlock())],
        label=_("À faire au clavier"),
        min_num=1,
        max_num=20,
    )

    def clean(self, value):
        if not value.get("items"):
            raise ValidationError(_("Ajoutez au moins un texte à taper ou un raccourci."))
        return super().clean(value)

    class Meta:
        icon = "doc-full"
        label = _("Exercice de clavier")
        description = _(
            "Taper des mots exactement (majuscules, accents, @) et essayer les raccourcis "
            "comme Ctrl + C."
        )
        preview_value = {
            "items": [
                {
                    "type": "typed",
                    "value": {
                        "prompt": "Tapez le prénom de votre voisine, avec sa majuscule "
                        "et son accent.",
                        "expected": "Hélène",
                        "help": "La majuscule : touche Maj (la flèche vers le haut) + H. "
                        "Le é : touche 2.",
                    },
                },
                {
                    "type": "typed",
                    "value": {
                        "prompt": "Tapez cette adresse e-mail d'exemple.",
                        "expected": "jean.dupont@exemple.fr",
                        "help": "Le @ : touche AltGr + à. Le point : touche Maj + ;",
                    },
                },
                {
                    "type": "typed",
                    "value": {
                        "prompt": "Tapez l'heure du rendez-vous chez le médecin.",
                        "expected": "Rendez-vous à 14 h",
                        "help": "Le tiret : touche 6. Le à : touche 0.",
                    },
                },
                {
                    "type": "shortcut",
                    "value": {
                        "shortcut": "select_all",
                        "prompt": "Sélectionnez tout le texte de la zone.",
                        "practice_text": "",
                        "help": "Cliquez dans la zone, gardez Ctrl enfoncée, puis appuyez sur A.",
                    },
                },
                {
                    "type": "shortcut",
                    "value": {
                        "shortcut": "copy",
                        "prompt": "Copiez la phrase de la zone.",
                        "practice_text": "Atelier numérique le mardi à 10 h.",
                        "help": "",
                    },
                },
            ]
        }


def _items(value):
    """(key, kind, item) for each item, keyed by the stream's stable ids."""
    result = []
    for index, child in enumerate(value.get("items") or []):
        key = str(getattr(child, "id", None) or index)
        result.append((key, child.block_type, child.value))
    return result


class KeyboardDrill(ExerciseType):
    """Secrets: none. A typed item shows its text as the model to copy, and a shortcut item
    names its keys in the prompt: knowing the answer is the starting point, doing it is the
    exercise. ``secrets`` therefore stays empty."""

    name = "keyboard_drill"
    label = _("Exercice de clavier")
    order = 90
    block_class = KeyboardDrillBlock
    template = "exercises/types/keyboard_drill.html"
    script = "exercises/keyboard_drill.js"

    def prepare(self, value, exercise):
        items = []
        for key, kind, item in _items(value):
            if kind == "typed":
                items.append(
                    {
                        "key": key,
                        "kind": kind,
                        "prompt": item["prompt"],
                        "model": _normal(item["expected"]),
                        "help": item["help"],
                    }
                )
            elif item["shortcut"] in SHORTCUTS:
                letter, label = SHORTCUTS[item["shortcut"]]
                items.append(
                    {
                        "key": key,
                        "kind": kind,
                        "prompt": item["prompt"]
                        or gettext("Appuyez sur Ctrl + %(letter)s (%(action)s).")
                        % {"letter": letter, "action": label},
                        "letter": letter,
                        "practice_text": item["practice_text"] or DEFAULT_PRACTICE_TEXT,
                        "help": item["help"],
                    }
                )
        return {
            "items": items,
            "has_shortcuts": any(i["kind"] == "shortcut" for i in items),
            "messages": {
                "shortcuts": {name: shortcut_label(name) for name in SHORTCUTS},
                "detected": gettext("Raccourci reconnu : {label}."),
            },
        }

    def parse(self, value, data, files):
        items = _items(value)
        only_keys(data, [f"i-{key}" for key, _kind, _item in items])
        answer = {}
        for key, kind, _item in items:
            given = one(data, f"i-{key}", required=False) or ""
            if kind == "shortcut" and given:
                known(given, SHORTCUTS)
            answer[key] = given
        return answer

    def score(self, value, answer):
        answer = answer if isinstance(answer, dict) else {}
        results = []
        for key, kind, item in _items(value):
            given = answer.get(key)
            given = given if isinstance(given, str) else ""
            if kind == "typed":
                results.append(self._typed(key, given, item["expected"]))
            else:
                results.append(self._shortcut(key, given, item["shortcut"]))
        return Outcome(sum(r.correct for r in results), len(results), results)

    def _typed(self, key, given, expected):
        given, expected = _normal(given), _normal(expected)
        if given == expected:
            return TypedResult(key, True)
        index = _first_difference(given, expected)
        return TypedResult(
            key,
            False,
            _explain(given, expected, index),
            before=given[:index],
            wrong=given[index : index + 1],
            after=given[index + 1 :],
            missing=index >= len(given) and bool(given),
        )

    def _shortcut(self, key, given, expected):
        if given == expected:
            return ItemResult(key, True)
        if given not in SHORTCUTS:
            return ItemResult(
                key,
                False,
                gettext(
                    "Aucun raccourci n'a été reconnu : cliquez dans la zone d'entraînement, "
                    "puis appuyez sur les touches."
                ),
            )
        return ItemResult(
            key,
            False,
            gettext("Vous avez fait %(given)s ; il fallait %(expected)s.")
            % {"given": shortcut_label(given), "expected": shortcut_label(expected)},
        )

    def example_answers(self, value):
        items = _items(value)
        right, wrong = {}, {}
        for key, kind, item in items:
            if kind == "typed":
                right[f"i-{key}"] = item["expected"]
                wrong[f"i-{key}"] = item["expected"].lower() + "x"
            else:
                right[f"i-{key}"] = item["shortcut"]
                wrong[f"i-{key}"] = "paste" if item["shortcut"] != "paste" else "copy"
        partial = None
        if len(items) > 1:
            first = f"i-{items[0][0]}"
            partial = {**right, first: wrong[first]}
        return {"right": right, "wrong": wrong, "partial": partial}


register(KeyboardDrill())
