"""Associer ou trier: put each item in its category. With one item per category, it matches
pairs (a word and its meaning); with several, it sorts (safe or scam)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
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


class CategoryBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Nom de la catégorie"),
        max_length=120,
        help_text=_("Par exemple « Arnaque », ou le mot dont on cherche la définition."),
    )
    items = blocks.ListBlock(
        blocks.CharBlock(label=_("Élément"), max_length=255),
        label=_("Éléments à ranger dans cette catégorie"),
        default=[""],
    )

    class Meta:
        icon = "folder-open-inverse"
        label = _("catégorie")


def entries(value):
    """(item key, item text, category key) for every item, in the author's order."""
    rows = []
    for c_index, (category, category_value) in enumerate(keyed(value["categories"])):
        items = category_value["items"]
        plain = not hasattr(items, "bound_blocks")  # a bare list: keys by place
        for i_index, (key, text) in enumerate(keyed(items)):
            rows.append((f"{c_index}-{i_index}" if plain else key, text, category))
    return rows


def _same(text):
    return " ".join(text.split()).casefold()


class SortBlock(ExerciseTypeBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    categories = blocks.ListBlock(
        CategoryBlock(),
        label=_("Catégories"),
        help_text=_(
            "Au moins deux. Pour associer des paires, créez une catégorie par paire, "
            "avec un seul élément."
        ),
        default=[{"name": "", "items": [""]}, {"name": "", "items": [""]}],
    )
    explanation = blocks.CharBlock(
        label=_("Explication"),
        required=False,
        max_length=500,
        help_text=_("Montrée après chaque réponse."),
    )

    def clean(self, value):
        value = super().clean(value)
        categories = list(value["categories"])
        if len(categories) < 2:
            raise ValidationError(_("Créez au moins deux catégories."))
        names = [_same(c["name"]) for c in categories]
        if len(set(names)) != len(names):
            raise ValidationError(_("Deux catégories portent le même nom : changez-en un."))
        for category in categories:
            if not category["items"]:
                raise ValidationError(
                    _("La catégorie « %(name)s » n'a aucun élément : ajoutez-en au moins un.")
                    % {"name": category["name"]}
                )
        texts = [_same(t) for c in categories for t in c["items"]]
        if len(set(texts)) != len(texts):
            raise ValidationError(
                _("Un élément est écrit deux fois : chaque élément doit être différent.")
            )
        return value

    class Meta:
        icon = "tasks"
        label = _("Associer ou trier")
        description = _("Ranger des éléments dans des catégories, ou associer des paires.")
        preview_value = {
            "question": "Ce message est-il sans danger, ou est-ce une arnaque ?",
            "categories": [
                {
                    "name": "Sans danger",
                    "items": [
                        "Un courriel de votre petite-fille avec les photos des vacances",
                        "Votre banque vous rappelle de ne jamais donner votre code secret",
                    ],
                },
                {
                    "name": "Arnaque",
                    "items": [
                        "Un SMS vous demande de payer 1,99 € de frais pour livrer un colis",
                        "« L'Assurance Maladie » vous demande votre numéro de carte bancaire",
                        "Un message annonce que vous avez gagné un téléphone",
                    ],
                },
            ],
            "explanation": (
                "Un organisme sérieux ne demande jamais votre code ni votre carte bancaire "
                "par courriel ou par SMS."
            ),
        }


class Sort(ExerciseType):
    name = "sort"
    label = _("Associer ou trier")
    order = 60
    block_class = SortBlock
    template = "exercises/types/sort.html"
    script = "exercises/sort.js"

    def prepare(self, value, exercise):
        rows = entries(value)
        keys = [k for k, _, _ in rows]
        texts = {k: t for k, t, _ in rows}
        # Never the author's order, which groups the items by category.
        mixed = shuffled(keys, f"sort-{getattr(exercise, 'pk', '')}-{'-'.join(keys)}")
        return {
            "question": value["question"],
            "categories": [{"key": k, "name": c["name"]} for k, c in keyed(value["categories"])],
            "items": [{"key": k, "text": texts[k]} for k in mixed],
        }

    def parse(self, value, data, files):
        rows = entries(value)
        only_keys(data, [f"i-{k}" for k, _, _ in rows])
        categories = {k for k, _ in keyed(value["categories"])}
        answer = {}
        for key, _text, _category in rows:
            given = one(data, f"i-{key}", required=False)
            if given is not None:
                answer[key] = known(given, categories)
        if not answer:
            raise AnswerError(
                _("Choisissez une catégorie pour au moins un élément, puis vérifiez.")
            )
        return answer

    def score(self, value, answer):
        answer = answer if isinstance(answer, dict) else {}
        items, unplaced = [], 0
        for key, _text, category in entries(value):
            if key not in answer:
                unplaced += 1  # no verdict on an item left to place: the message counts them
                continue
            items.append(ItemResult(key, answer[key] == category))
        messages = []
        if unplaced:
            messages.append(
                ngettext(
                    "Un élément n'a pas encore de catégorie.",
                    "%(n)d éléments n'ont pas encore de catégorie.",
                    unplaced,
                )
                % {"n": unplaced}
            )
        if value.get("explanation"):
            messages.append(value["explanation"])
        return Outcome(
            sum(i.correct for i in items), len(items) + unplaced, items, " ".join(messages)
        )

    def secrets(self, value):
        # Whatever would tie an item to its category before an answer: a chosen option, or
        # the two keys side by side.
        secrets = [f'value="{k}" selected' for k, _ in keyed(value["categories"])]
        for key, _text, category in entries(value):
            secrets += [f"{key}:{category}", f"{key}={category}"]
        return secrets

    def example_answers(self, value):
        rows = entries(value)
        categories = [k for k, _ in keyed(value["categories"])]

        def other(category):
            return categories[(categories.index(category) + 1) % len(categories)]

        right = {f"i-{k}": c for k, _, c in rows}
        wrong = {f"i-{k}": other(c) for k, _, c in rows}
        partial = None
        if len(rows) > 1:
            partial = {**right, f"i-{rows[0][0]}": other(rows[0][2])}
        return {"right": right, "wrong": wrong, "partial": partial}


register(Sort())
