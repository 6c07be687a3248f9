"""Choix multiple: tick every right answer. A wrong tick cancels a right one."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import blocks

from ..blocks import EMPTY_CHOICE, ChoiceBlock, ExerciseTypeBlock
from ..registry import (
    ExerciseType,
    ItemResult,
    Outcome,
    keyed,
    known,
    only_keys,
    question_and_choices,
    register,
    text,
)


class MultipleChoiceBlock(ExerciseTypeBlock):
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
        if not any(c["correct"] for c in value["choices"]):
            raise ValidationError(_("Cochez au moins une bonne réponse."))
        return value

    class Meta:
        icon = "tick-inverse"
        label = _("Choix multiple")
        description = _("Une question, plusieurs bonnes réponses à cocher.")
        preview_value = {
            "question": "Lesquels sont des navigateurs internet ?",
            "choices": [
                {"text": "Firefox", "correct": True, "feedback": ""},
                {"text": "Chrome", "correct": True, "feedback": ""},
                {"text": "Word", "correct": False, "feedback": "Word sert à écrire des textes."},
            ],
        }


class MultipleChoice(ExerciseType):
    name = "multiple_choice"
    label = _("Choix multiple")
    order = 20
    block_class = MultipleChoiceBlock
    template = "exercises/types/multiple_choice.html"

    def prepare(self, value, exercise):
        return question_and_choices(value)

    def parse(self, value, data, files):
        only_keys(data, ["choice"])
        allowed = {k for k, _ in keyed(value["choices"])}
        ticked = [known(text(v), allowed) for v in data.getlist("choice")]
        return {"choices": sorted(set(ticked))}

    def score(self, value, answer):
        ticked = set(answer.get("choices", []))
        items, right, wrong, expected = [], 0, 0, 0
        for key, choice in keyed(value["choices"]):
            expected += choice["correct"]
            if key in ticked:
                right += choice["correct"]
                wrong += not choice["correct"]
                items.append(ItemResult(key, choice["correct"], choice["feedback"]))
        # An unticked right answer is not pointed out: the learner looks for it again.
        missing = expected - right
        feedback = (
            ngettext(
                "Il manque %(n)d bonne réponse à cocher.",
                "Il manque %(n)d bonnes réponses à cocher.",
                missing,
            )
            % {"n": missing}
            if missing
            else ""
        )
        return Outcome(max(0, right - wrong), expected, items, feedback)

    def example_answers(self, value):
        pairs = keyed(value["choices"])
        right = [k for k, c in pairs if c["correct"]]
        wrong = [k for k, c in pairs if not c["correct"]]
        return {
            "right": {"choice": right},
            "wrong": {"choice": wrong[:1]},
            "partial": {"choice": right[:1]} if len(right) > 1 else None,
        }


register(MultipleChoice())
