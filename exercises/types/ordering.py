"""Remettre dans l'ordre: steps given in a shuffled order, to put back in the right one."""

from django.core.exceptions import ValidationError
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
    shuffled,
)


class OrderingBlock(ExerciseTypeBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Élément"), max_length=200),
        label=_("Éléments, dans le bon ordre"),
        help_text=_("Écrivez-les dans le bon ordre : le site les mélangera pour la personne."),
        default=["", ""],
    )
    explanation = blocks.CharBlock(
        label=_("Explication"),
        required=False,
        max_length=500,
        help_text=_("Montrée après chaque réponse."),
    )

    def clean(self, value):
        value = super().clean(value)
        texts = [" ".join(t.split()).casefold() for t in value["items"]]
        if len(texts) < 2:
            raise ValidationError(_("Écrivez au moins deux éléments à remettre dans l'ordre."))
        if len(set(texts)) != len(texts):
            raise ValidationError(_("Deux éléments sont identiques : chacun doit être différent."))
        return value

    class Meta:
        icon = "list-ol"
        label = _("Remettre dans l'ordre")
        description = _("Des étapes mélangées, à remettre dans le bon ordre.")
        preview_value = {
            "question": "Dans quel ordre envoie-t-on un courriel ?",
            "items": [
                "Ouvrir sa messagerie",
                "Cliquer sur « Nouveau message »",
                "Écrire l'adresse de la personne dans le champ « À »",
                "Écrire l'objet, puis le message",
                "Cliquer sur « Envoyer »",
            ],
            "explanation": "Sans adresse, le message ne peut pas partir : on l'écrit d'abord.",
        }


class Ordering(ExerciseType):
    name = "ordering"
    label = _("Remettre dans l'ordre")
    order = 50
    block_class = OrderingBlock
    template = "exercises/types/ordering.html"
    script = "exercises/ordering.js"

    def prepare(self, value, exercise):
        pairs = keyed(value["items"])
        texts = dict(pairs)
        keys = [k for k, _ in pairs]
        seed = f"ordering-{getattr(exercise, 'pk', '')}-{'-'.join(keys)}"
        return {
            "question": value["question"],
            "items": [{"key": k, "text": texts[k]} for k in shuffled(keys, seed)],
            "positions": list(range(1, len(keys) + 1)),
            "total": len(keys),
        }

    def parse(self, value, data, files):
        keys = [k for k, _ in keyed(value["items"])]
        only_keys(data, [f"pos-{k}" for k in keys])
        allowed = {str(n) for n in range(1, len(keys) + 1)}
        answer = {k: int(known(one(data, f"pos-{k}"), allowed)) for k in keys}
        if len(set(answer.values())) != len(keys):
            raise AnswerError(
                _("Deux éléments ont la même position : donnez à chacun une position différente.")
            )
        return answer

    def score(self, value, answer):
        items = [
            ItemResult(key, isinstance(answer, dict) and answer.get(key) == position)
            for position, (key, _) in enumerate(keyed(value["items"]), start=1)
        ]
        return Outcome(
            sum(i.correct for i in items), len(items), items, value.get("explanation", "")
        )

    def secrets(self, value):
        keys = [k for k, _ in keyed(value["items"])]
        return [" ".join(keys), ",".join(keys), "|".join(keys)]

    def example_answers(self, value):
        keys = [k for k, _ in keyed(value["items"])]
        n = len(keys)
        right = {f"pos-{k}": str(i) for i, k in enumerate(keys, start=1)}
        wrong = {f"pos-{k}": str(n + 1 - i) for i, k in enumerate(keys, start=1)}
        partial = None
        if n > 2:  # the first two swapped
            partial = {**right, f"pos-{keys[0]}": "2", f"pos-{keys[1]}": "1"}
        return {"right": right, "wrong": wrong, "partial": partial}


register(Ordering())
