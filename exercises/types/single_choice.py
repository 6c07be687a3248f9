"""Choix unique: one right answer among a few."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import EMPTY_CHOICE, ChoiceBlock, ExerciseTypeBlock
from ..registry import (
    ExerciseType,
    ItemResult,
    Outcome,
    keyed,
    known,
    one,
    only_keys,
    question_and_choices,
    register,
)


class SingleChoiceBlock(ExerciseTypeBlock):
    question = blocks.CharBlock(
        label=_("Question"), max_length=255, help_text=_("Une question courte et claire.")
    )
    # Two empty answers ready to fill, so an untouched form shows no « minimum » error box.
    choices = blocks.ListBlock(
        ChoiceBlock(),
        label=_("Réponses possibles"),
        min_num=2,
        default=[EMPTY_CHOICE, EMPTY_CHOICE],
    )

    def clean(self, value):
        value = super().clean(value)
        right = [c for c in value["choices"] if c["correct"]]
        if len(right) != 1:
            raise ValidationError(_("Cochez exactement une bonne réponse."))
        return value

    class Meta:
        icon = "radio-full"
        label = _("Choix unique")
        description = _("Une question, une seule bonne réponse parmi plusieurs.")
        preview_value = {
            "question": "Quel bouton ouvre le menu Démarrer ?",
            "choices": [
                {"text": "Le logo Windows, en bas à gauche", "correct": True, "feedback": ""},
                {
                    "text": "La croix en haut à droite",
                    "correct": False,
                    "feedback": "La croix ferme une fenêtre.",
                },
            ],
        }


class SingleChoice(ExerciseType):
    name = "single_choice"
    label = _("Choix unique")
    order = 10
    block_class = SingleChoiceBlock
    template = "exercises/types/single_choice.html"

    def prepare(self, value, exercise):
        return question_and_choices(value)

    def parse(self, value, data, files):
        only_keys(data, ["choice"])
        return {"choice": known(one(data, "choice"), {k for k, _ in keyed(value["choices"])})}

    def score(self, value, answer):
        for key, choice in keyed(value["choices"]):
            if key == answer.get("choice"):
                return Outcome(
                    1 if choice["correct"] else 0,
                    1,
                    [ItemResult(key, choice["correct"], choice["feedback"])],
                )
        return Outcome(0, 1)

    def example_answers(self, value):
        pairs = keyed(value["choices"])
        right = next(k for k, c in pairs if c["correct"])
        wrong = next(k for k, c in pairs if not c["correct"])
        return {"right": {"choice": right}, "wrong": {"choice": wrong}, "partial": None}


register(SingleChoice())
