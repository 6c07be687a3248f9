"""The reading-level advice as a pure function: long sentences, rare words, dense paragraphs,
and the French measures behind them."""

import pytest

from courses import readability
from courses.readability import DENSE_KIND, LONG_SENTENCE_KIND, RARE_WORD_KIND, advise

pytestmark = pytest.mark.database_independent

PLAIN = "Posez la main sur la souris. Cliquez une fois sur le bouton vert."
HEAVY = (
    "Lorsque vous aurez complété l'intégralité des rubriques obligatoires du formulaire "
    "dématérialisé, il conviendra de procéder à la validation définitive de votre demande "
    "auprès de l'organisme compétent."
)


def kinds(paragraphs, known=frozenset()):
    return [(advice.paragraph, advice.kind) for advice in advise(paragraphs, known)]


def test_plain_beginner_text_gets_no_advice():
    assert advise([PLAIN, "Tapez votre identifiant sur le clavier de l'ordinateur."]) == []
    assert advise([]) == [] and advise(["", "   ", "123 456"]) == []


def test_a_heavy_sentence_gets_all_three_kinds_of_advice_on_its_own_paragraph():
    found = kinds([PLAIN, HEAVY])
    assert (1, LONG_SENTENCE_KIND) in found and (1, RARE_WORD_KIND) in found
    assert (1, DENSE_KIND) in found
    assert all(paragraph == 1 for paragraph, _ in found)
    messages = " ".join(advice.message for advice in advise([HEAVY]))
    assert "Phrase longue (28 mots)" in messages and "« Lorsque vous aurez" in messages
    assert "« dématérialisé »" in messages and "glossaire" in messages


def test_the_limit_of_a_long_sentence_is_twenty_words():
    twenty = " ".join(["mot"] * 20) + "."
    assert not [a for a in advise([twenty]) if a.kind == LONG_SENTENCE_KIND]
    assert [a for a in advise([twenty.replace(".", " mot.")]) if a.kind == LONG_SENTENCE_KIND]


def test_glossary_words_everyday_words_and_names_are_not_rare():
    text = "Le navigateur ouvre FranceConnect puis la messagerie, comme un ordinateur."
    assert readability.rare_words(text) == ["navigateur"]
    assert readability.rare_words(text, {"navigateur"}) == []
    # A glossary term of several words makes each of its words known.
    assert (
        kinds(
            ["Cherchez le moteur de recherche et la barre d'adresse du navigateur."],
            {"navigateur web"},
        )
        == []
    )


def test_a_long_paragraph_of_short_sentences_is_still_dense():
    paragraph = " ".join(["Cliquez sur le bouton vert."] * 15)  # 75 words
    assert kinds([paragraph]) == [(0, DENSE_KIND)]


@pytest.mark.parametrize(
    ("word", "count"),
    [("page", 1), ("souris", 2), ("téléphone", 3), ("ordinateur", 4), ("clés", 1), ("écran", 2)],
)
def test_french_syllables(word, count):
    assert readability.syllables(word) == count


def test_kandel_moles_ranks_plain_text_above_heavy_text():
    assert readability.kandel_moles(PLAIN) > 60 > readability.kandel_moles(HEAVY)
    assert readability.kandel_moles("") is None


def test_sentences_end_at_points_and_line_breaks():
    assert readability.sentences("Un. Deux ! Trois ?\nQuatre… cinq") == [
        "Un.",
        "Deux !",
        "Trois ?",
        "Quatre…",
        "cinq",
    ]
