"""Exercice de souris: targets to click, double-click, right-click, drag or reach by scrolling,
one at a time. The script watches the gesture (or its keyboard way) and reports, per target, what
was done; the server only counts it. Nothing to hide: the instructions are the exercise."""

import random
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError

from ..blocks import ExerciseTypeBlock
from ..registry import (
    AnswerError,
    ExerciseType,
    ItemResult,
    Outcome,
    known,
    one,
    only_keys,
    register,
)

ACTIONS = {
    "click": _("clic"),
    "double_click": _("double-clic"),
    "right_click": _("clic droit"),
    "drag": _("glisser-déposer"),
    "scroll": _("faire défiler"),
}
# Never below 44 px (WCAG 2.5.8 asks 24, our learners need more).
SIZES = {"grand": 96, "moyen": 64, "petit": 44}
INPUTS = {"souris", "clavier"}
MIN_TARGETS, MAX_TARGETS, DEFAULT_TARGETS = 1, 10, 5
MAX_MISSES = 1000
MISSES_FORMAT = re.compile(r"\d{1,4}", re.ASCII)


class MouseDrillBlock(ExerciseTypeBlock):
    action = blocks.ChoiceBlock(
        choices=list(ACTIONS.items()), default="click", label=_("Geste à pratiquer")
    )
    targets = blocks.IntegerBlock(
        label=_("Nombre de cibles"),
        default=DEFAULT_TARGETS,
        min_value=MIN_TARGETS,
        max_value=MAX_TARGETS,
        help_text=_("De 1 à 10. Les cibles apparaissent une par une."),
    )
    size = blocks.ChoiceBlock(
        choices=[
            ("grand", _("Grandes (96 pixels)")),
            ("moyen", _("Moyennes (64 pixels)")),
            ("petit", _("Petites (44 pixels)")),
        ],
        default="grand",
        label=_("Taille des cibles"),
    )
    encouragement = blocks.CharBlock(
        label=_("Mot d'encouragement"),
        required=False,
        max_length=255,
        help_text=_("Facultatif. Par exemple : « Prenez votre temps, il n'y a pas de chrono. »"),
    )

    def clean(self, value):
        # Checked first, so that the author reads our message rather than a generic one.
        try:  # the admin form gives the text typed, the code gives a number
            count = int(value.get("targets"))
        except (TypeError, ValueError):
            count = None  # empty or not a number: the field itself says so
        if count is not None and not MIN_TARGETS <= count <= MAX_TARGETS:
            raise StructBlockValidationError(
                block_errors={"targets": ValidationError(_("Choisissez entre 1 et 10 cibles."))}
            )
        if value.get("size") and value["size"] not in SIZES:
            raise StructBlockValidationError(
                block_errors={"size": ValidationError(_("Choisissez une taille proposée."))}
            )
        return super().clean(value)

    class Meta:
        icon = "pick"
        label = _("Exercice de souris")
        description = _(
            "S'entraîner à cliquer, double-cliquer, faire un clic droit, glisser-déposer "
            "ou faire défiler, cible après cible."
        )
        preview_value = {
            "action": "double_click",
            "targets": 5,
            "size": "grand",
            "encouragement": "Prenez votre temps : il n'y a pas de chrono.",
        }


def _count(value):
    try:
        count = int(value.get("targets") or DEFAULT_TARGETS)
    except (TypeError, ValueError):
        count = DEFAULT_TARGETS
    return max(MIN_TARGETS, min(MAX_TARGETS, count))


def _expected(value):
    return value.get("action") if value.get("action") in ACTIONS else "click"


def _instruction(action):
    return {
        "click": _("Cliquez une fois sur chaque rond, avec le bouton gauche de la souris."),
        "double_click": _(
            "Double-cliquez sur chaque rond : deux clics rapides avec le bouton gauche, "
            "sans bouger la souris."
        ),
        "right_click": _(
            "Faites un clic droit sur chaque rond : un clic avec le bouton droit de la souris."
        ),
        "drag": _(
            "Rangez chaque enveloppe dans le dossier : appuyez sur l'enveloppe, gardez le bouton "
            "enfoncé, déplacez la souris jusqu'au dossier, puis relâchez."
        ),
        "scroll": _(
            "Faites défiler la zone jusqu'au panneau vert, avec la molette de la souris "
            "ou la barre de défilement. Quand il est entièrement visible, c'est gagné."
        ),
    }[action]


def _keyboard_note(action):
    return {
        "click": _("allez sur la cible avec la touche Tab, puis appuyez sur Entrée ou Espace."),
        "double_click": _(
            "allez sur la cible avec la touche Tab, puis appuyez deux fois de suite sur "
            "Entrée, à votre rythme : il n'y a pas de chrono."
        ),
        "right_click": _(
            "allez sur la cible avec la touche Tab, puis appuyez sur la touche Menu "
            "(à droite de la barre d'espace) ou sur Maj + F10."
        ),
        "drag": _(
            "allez sur l'enveloppe avec la touche Tab et appuyez sur Espace pour la prendre ; "
            "appuyez ensuite sur Tab (ou une flèche) pour aller au dossier, "
            "puis sur Entrée pour la déposer."
        ),
        "scroll": _(
            "allez dans la zone avec la touche Tab, puis appuyez sur la flèche vers le bas "
            "ou sur la touche Page suivante (Pg Suiv) ; vers le haut pour remonter."
        ),
    }[action]


def _messages():
    """What the script says, translated here so that the script holds no French."""
    return {
        "done": gettext("Cible {n} sur {total} réussie."),
        "finished": gettext("Bravo, les {total} cibles sont réussies ! Vérification en cours…"),
        "restart": gettext("C'est reparti : cible 1 sur {total}."),
        "step_done": gettext("réussie"),
        "step_todo": gettext("à faire"),
        "aim": gettext("Visez bien la cible : le bout de la flèche doit être dessus."),
        "left_button": gettext("C'était le bouton droit. Utilisez le bouton gauche de la souris."),
        "left_key": gettext("Au clavier, appuyez sur Entrée quand la cible est entourée."),
        "double_once": gettext("Cliquez deux fois rapidement, sans bouger la souris."),
        "double_slow": gettext("Un peu plus vite : les deux clics doivent se suivre de près."),
        "double_key": gettext(
            "Premier appui fait. Appuyez encore une fois sur Entrée, quand vous voulez."
        ),
        "right_button": gettext("Appuyez sur le bouton droit de la souris, celui de droite."),
        "right_key": gettext(
            "Au clavier, le clic droit se fait avec la touche Menu ou avec Maj + F10."
        ),
        "drag_hold": gettext(
            "Gardez le bouton enfoncé pendant que vous déplacez l'enveloppe jusqu'au dossier."
        ),
        "drag_outside": gettext(
            "Presque ! Amenez l'enveloppe bien sur le dossier avant de relâcher le bouton."
        ),
        "drag_taken": gettext(
            "Enveloppe prise. Appuyez sur Tab pour aller au dossier, puis sur Entrée."
        ),
        "drag_put_back": gettext("Enveloppe reposée à sa place."),
        "drag_carrying": gettext("Vous tenez l'enveloppe : allez au dossier avec Tab."),
        "drag_nothing": gettext(
            "Prenez d'abord l'enveloppe : allez dessus avec Tab et appuyez sur Espace."
        ),
        "scroll_down": gettext("Faites défiler vers le bas jusqu'au panneau vert."),
        "scroll_up": gettext("Faites défiler vers le haut jusqu'au panneau vert."),
    }


def _positions(count, action, seed):
    """Varied but stable places (fractions of the free room), far enough apart to make the
    learner move the mouse."""
    rng = random.Random(f"mouse-drill-{seed}-{action}")  # noqa: S311 (layout, not security)
    places, last = [], (0.5, 0.5)
    for index in range(count):
        for _attempt in range(20):
            x = rng.uniform(0.0, 1.0)
            if action == "drag":  # envelopes in the upper part; the folder waits at the bottom
                y = rng.uniform(0.0, 0.35)
            elif action == "scroll":  # far from where the previous panel was: down, then up
                y = rng.uniform(0.9, 1.0) if index % 2 == 0 else rng.uniform(0.0, 0.05)
            else:
                y = rng.uniform(0.0, 1.0)
            if abs(x - last[0]) + abs(y - last[1]) > 0.5 or action == "scroll":
                break
        last = (x, y)
        places.append((round(x, 3), round(y, 3)))
    return places


def _targets(answer):
    targets = answer.get("targets") if isinstance(answer, dict) else None
    return targets if isinstance(targets, dict) else {}


class MouseDrill(ExerciseType):
    """Secrets: none. The gesture to make is the instruction itself; ``secrets`` stays empty."""

    name = "mouse_drill"
    label = _("Exercice de souris")
    order = 80
    block_class = MouseDrillBlock
    template = "exercises/types/mouse_drill.html"
    script = "exercises/mouse_drill.js"
    works_without_js = False

    def prepare(self, value, exercise):
        action = _expected(value)
        count = _count(value)
        size_name = value.get("size") if value.get("size") in SIZES else "grand"
        seed = getattr(exercise, "pk", None) or 0
        return {
            "action": action,
            "action_label": ACTIONS[action],
            "count": count,
            "size_name": size_name,
            "size": SIZES[size_name],
            "instruction": _instruction(action),
            "keyboard_note": _keyboard_note(action),
            "encouragement": value.get("encouragement") or "",
            "messages": _messages(),
            "targets": [
                {"key": str(number), "number": number, "x": f"{x:.3f}", "y": f"{y:.3f}"}
                for number, (x, y) in enumerate(_positions(count, action, seed), start=1)
            ],
        }

    def parse(self, value, data, files):
        count = _count(value)
        parts = ("action", "input", "misses")
        only_keys(data, [f"t{n}-{part}" for n in range(1, count + 1) for part in parts])
        targets = {}
        for number in range(1, count + 1):
            action = one(data, f"t{number}-action", required=False)
            how = one(data, f"t{number}-input", required=False)
            misses = one(data, f"t{number}-misses", required=False)
            if how is not None:
                known(how, INPUTS)
            if misses is not None and (
                not MISSES_FORMAT.fullmatch(misses) or int(misses) > MAX_MISSES
            ):
                raise AnswerError(gettext("Le nombre d'essais manqués est illisible."))
            if action is None:
                continue  # a target not reached yet: the learner checked before the end
            targets[str(number)] = {
                "action": known(action, ACTIONS),
                "input": how or "souris",
                "misses": int(misses or 0),
            }
        return {"targets": targets}

    def score(self, value, answer):
        count, expected, targets = _count(value), _expected(value), _targets(answer)
        items, misses = [], 0
        for number in range(1, count + 1):
            given = targets.get(str(number))
            done = isinstance(given, dict) and given.get("action") == expected
            if done and isinstance(given.get("misses"), int):
                misses += max(0, min(MAX_MISSES, given["misses"]))
            items.append(ItemResult(str(number), done))
        right = sum(item.correct for item in items)
        if right:
            tally = ngettext(
                "%(done)d cible sur %(total)d.", "%(done)d cibles sur %(total)d.", right
            ) % {"done": right, "total": count}
        else:  # "0 cible", French singular: said without a plural form to get it right
            tally = gettext("Aucune cible réussie sur %(total)d.") % {"total": count}
        if right == count and not misses:
            cheer = gettext("Sans une seule erreur : bravo !")
        elif right == count:
            cheer = gettext(
                "Bravo ! Quelques essais de plus ont été nécessaires : c'est normal, "
                "le geste vient avec l'habitude."
            )
        elif right:
            cheer = gettext(
                "C'est un bon début. Recommencez à votre rythme : il n'y a pas de chrono."
            )
        else:
            cheer = gettext("Essayez de nouveau, tranquillement : il n'y a pas de chrono.")
        return Outcome(right, count, items, f"{tally} {cheer}")

    def example_answers(self, value):
        count, expected = _count(value), _expected(value)
        other = "click" if expected != "click" else "double_click"

        def fields(numbers, action):
            posted = {}
            for number in numbers:
                posted[f"t{number}-action"] = action
                posted[f"t{number}-input"] = "clavier" if number % 2 == 0 else "souris"
                posted[f"t{number}-misses"] = str(number - 1)
            return posted

        everything = range(1, count + 1)
        return {
            "right": fields(everything, expected),
            "wrong": fields(everything, other),
            "partial": fields([1], expected) if count > 1 else None,
        }


register(MouseDrill())
