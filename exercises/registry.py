"""The exercise-type framework: each type is one module that registers an ExerciseType.

A type brings its authoring block, its learner template, its parser (what a post may contain)
and its scorer. Scoring runs only here, on the server: templates get the questions, never the
right answers, until an answer has been sent."""

import random
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

# An answer is small: a few choices or a few lines of text. Anything larger is tampering.
MAX_TEXT_LENGTH = 500
MAX_FIELDS = 200


class AnswerError(ValueError):
    """A post that no honest form sends: refused with this message, and nothing stored."""


@dataclass
class ItemResult:
    """The verdict on one part of an answer (a choice, a blank, a step)."""

    key: str
    correct: bool
    feedback: str = ""


@dataclass
class Outcome:
    points: float
    max_points: float
    items: list[ItemResult] = field(default_factory=list)
    feedback: str = ""  # one message for the whole answer, written by the author

    @property
    def score(self):
        return self.points / self.max_points if self.max_points else 0.0

    @property
    def percent(self):
        return round(100 * self.score)

    def item(self, key):
        for item in self.items:
            if item.key == str(key):
                return item
        return None

    @property
    def by_key(self):
        return {item.key: item for item in self.items}


class ExerciseType:
    """Subclass per type and call ``register(TheType())`` in its module."""

    name = ""  # the StreamField block name, stable once content exists
    label = ""
    order = 100  # place in the admin's list of types
    block_class = None
    template = ""
    script = None  # a static path, when the type needs a small script
    works_without_js = True
    accepts_files = False

    def block(self):
        return self.block_class()

    def prepare(self, value, exercise):
        """Extra context for the template (a shuffled order, for instance)."""
        return {}

    def parse(self, value, data, files):
        """Turn the post (already stripped of the exercise prefix) into a JSON-ready answer;
        raise AnswerError for anything an honest form cannot send."""
        raise NotImplementedError

    def score(self, value, answer):
        raise NotImplementedError

    def is_final(self, value, answer):
        """False for a checkpoint on the way (a step of a démarche): it is corrected but not
        stored as an attempt, so it can neither count as one nor pass the exercise."""
        return True

    def sample(self):
        """An authoring value for tests and the demo: the block's preview value by default."""
        return self.block_class._meta_class.preview_value

    def secrets(self, value):
        """Strings that give the answer away: none may be in the page before an answer."""
        return []

    def example_answers(self, value):
        """For the contract test: right, wrong and partial answers (or None when the type has
        no partial answer), as posted fields without the exercise prefix."""
        raise NotImplementedError


_types: dict[str, ExerciseType] = {}


def register(exercise_type):
    if not exercise_type.name or exercise_type.name in _types:
        raise ValueError(f"exercise type name missing or taken: {exercise_type.name!r}")
    _types[exercise_type.name] = exercise_type
    return exercise_type


def all_types():
    from .types import load

    load()
    return sorted(_types.values(), key=lambda t: (t.order, t.name))


def get_type(name):
    from .types import load

    load()
    return _types[name]


# Small helpers the types share to read a post strictly.


def one(data, key, *, required=True):
    values = data.getlist(key)
    if len(values) > 1:
        raise AnswerError(_("Une réponse a été envoyée deux fois."))
    if not values or values[0] == "":
        if required:
            raise AnswerError(_("Il manque une réponse : répondez à chaque question."))
        return None
    return text(values[0])


def text(value):
    if not isinstance(value, str):
        raise AnswerError(_("Réponse illisible."))
    if len(value) > MAX_TEXT_LENGTH:
        raise AnswerError(
            _("Réponse trop longue (%(n)d caractères au plus).") % {"n": MAX_TEXT_LENGTH}
        )
    return value


def known(value, allowed):
    if value not in allowed:
        raise AnswerError(_("Cette réponse ne fait pas partie de l'exercice."))
    return value


def only_keys(data, allowed):
    """Every posted field must be one this exercise's form has."""
    unknown = set(data.keys()) - set(allowed)
    if unknown:
        raise AnswerError(_("La réponse contient un champ inconnu."))


def item_key(child, index):
    """A list item's stable id (Wagtail gives each one a uuid), or its place as a fallback."""
    return str(getattr(child, "id", None) or index)


def keyed(list_value):
    """(key, value) for each item of a ListBlock value."""
    children = getattr(list_value, "bound_blocks", None)
    if children is None:
        return [(str(i), v) for i, v in enumerate(list_value)]
    return [(item_key(child, i), child.value) for i, child in enumerate(children)]


def shuffled(keys, seed):
    """The same mixed order on every visit, and never the right one: a learner must move at
    least one item."""
    mixed = list(keys)
    random.Random(seed).shuffle(mixed)  # noqa: S311 (a display order, not a secret)
    if len(mixed) > 1 and mixed == list(keys):
        mixed = mixed[1:] + mixed[:1]
    return mixed


def question_and_choices(value):
    """What a choice question shows: the question and each choice's text, never its verdict."""
    return {
        "question": value["question"],
        "choices": [{"key": k, "text": c["text"]} for k, c in keyed(value["choices"])],
    }
