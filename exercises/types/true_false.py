"""Vrai ou faux: a few statements, each true or false."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..blocks import ExerciseTypeBlock
from ..registry import ExerciseType, ItemResult, Outcome, keyed, known, one, only_keys, register


class StatementBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Affirmation"), max_length=255)
    is_true = blocks.BooleanBlock(label=_("C'est vrai"), required=False)
    feedback = blocks.CharBlock(
        label=_("Explication"),
        required=False,
        max_length=500,
        help_text=_("Montrée après la réponse."),
    )


class TrueFalseBlock(ExerciseTypeBlock):
    statements = blocks.ListBlock(StatementBlock(), label=_("Affirmations"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Vrai ou faux")
        description = _("Des affirmations à juger : vrai ou faux.")
        preview_value = {
            "statements": [
                {
                    "text": "On peut fermer une fenêtre avec la croix.",
                    "is_true": True,
                    "feedback": "",
                },
            ]
        }


class TrueFalse(ExerciseType):
    name = "true_false"
    label = _("Vrai ou faux")
    order = 30
    block_class = TrueFalseBlock
    template = "exercises/types/true_false.html"

    def prepare(self, value, exercise):
        return {
            "statements": [{"key": k, "text": c["text"]} for k, c in keyed(value["statements"])],
        }

    def parse(self, value, data, files):
        keys = [k for k, _ in keyed(value["statements"])]
        only_keys(data, [f"s-{k}" for k in keys])
        return {k: known(one(data, f"s-{k}"), {"vrai", "faux"}) for k in keys}

    def score(self, value, answer):
        items = []
        for key, statement in keyed(value["statements"]):
            given = answer.get(key)
            correct = given == ("vrai" if statement["is_true"] else "faux")
            items.append(ItemResult(key, correct, statement["feedback"]))
        return Outcome(sum(i.correct for i in items), len(items), items)

    def example_answers(self, value):
        pairs = keyed(value["statements"])
        right = {f"s-{k}": "vrai" if s["is_true"] else "faux" for k, s in pairs}
        wrong = {f"s-{k}": "faux" if s["is_true"] else "vrai" for k, s in pairs}
        partial = None
        if len(pairs) > 1:
            partial = dict(right)
            partial[f"s-{pairs[0][0]}"] = wrong[f"s-{pairs[0][0]}"]
        return {"right": right, "wrong": wrong, "partial": partial}


register(TrueFalse())
