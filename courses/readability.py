"""Advice on how easy a lesson's text is to read for a beginner, as a pure function: long
sentences, rare words and dense paragraphs. Advice only, never a block: the editor shows it
beside Wagtail's own checks (courses/reading_check.py), the page still saves and publishes.

The measures, for French:
- a sentence of more than LONG_SENTENCE words (plain-language guides say 15 to 20);
- a rare word: long (RARE_LETTERS letters or more), not in the list of everyday words below
  (written for the centre's lessons) nor in the glossary, where the learner finds it explained;
- a dense paragraph: more than DENSE_WORDS words, or a Kandel–Moles score under DENSE_SCORE.
  Kandel and Moles (1958) adapted Flesch's formula to French:
  207 − 1.015 × (words per sentence) − 73.6 × (syllables per word); 60 and more reads easily.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

LONG_SENTENCE = 20
RARE_LETTERS = 9
DENSE_WORDS = 70
DENSE_SCORE = 50
MIN_WORDS_FOR_SCORE = 15

LONG_SENTENCE_KIND = "phrase-longue"
RARE_WORD_KIND = "mot-rare"
DENSE_KIND = "paragraphe-dense"

# Long words every learner of the centre meets from the first lessons: not « rare ».
EVERYDAY_WORDS = frozenset(
    """
    actuellement administration adresse autrement beaucoup bienvenue bonjour
    changement chercher commencer comprendre connaissez connaître connexion conseiller
    continuer davantage décembre démarche démarches dernière derniers désormais deuxième
    différence différent différente différentes différents directement doucement
    écouteurs ensemble entièrement envoyer exemple exemples facilement famille février
    fonctionne fournisseur gauche généralement habitude identifiant identifiants imprimante
    important importante importants information informations installer intéressant
    internet justement librairie lentement maintenant messagerie mercredi naturellement
    nécessaire normalement novembre octobre ordinateur ordinateurs ouverture paiements
    particulier personnel personnelle personnes photographie photographies plusieurs
    possible premièrement première premiers presque problème problèmes
    quelquefois quelques rapidement recommencer regardez remboursement remboursements
    rencontrer renseignements retraite retrouver seulement septembre
    simplement souvenez souvent suivante suivantes suivants tablette téléphone
    téléphones télécharger téléchargez tellement toujours tranquillement troisième
    utilisateur utiliser vacances vraiment attestation attestations ordonnance
    connecter connectez déconnecter enregistrer enregistrez sélectionner sélectionnez
    confirmer confirmez démarrer recherche rechercher rechercher courriel courriels
    """.split()  # noqa: SIM905 - a list a person can read and extend
)

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_VOWELS = re.compile(r"[aeiouyàâäéèêëîïôöùûüœæ]+")


@dataclass(frozen=True)
class Advice:
    kind: str
    message: str
    paragraph: int


def sentences(text):
    return [part.strip() for part in _SENTENCE_END.split(text) if _WORD.search(part)]


def words(text):
    return _WORD.findall(text)


def _fold(word):
    return unicodedata.normalize("NFC", word.lower()).replace("’", "'")


def syllables(word):
    """French syllables, approximated by the groups of vowels, a final silent « e » or « es »
    left out: « ordinateur » 4, « page » 1, « téléphone » 3."""
    word = _fold(word)
    count = len(_VOWELS.findall(word))
    if count > 1 and re.search(r"[^aeiouy]es?$", word):
        count -= 1
    return max(1, count)


def kandel_moles(text):
    """The Kandel–Moles reading ease of a text (higher is easier), None without words."""
    found = words(text)
    if not found:
        return None
    per_sentence = len(found) / max(1, len(sentences(text)))
    per_word = sum(syllables(word) for word in found) / len(found)
    return 207 - 1.015 * per_sentence - 73.6 * per_word


def rare_words(text, known=frozenset()):
    """The long words of ``text`` neither everyday nor known (the glossary), each once."""
    known = {_fold(word) for word in known} | EVERYDAY_WORDS
    seen = []
    for word in words(text):
        folded = _fold(word)
        # A name with inner capitals (FranceConnect) or an acronym is no jargon.
        named = any(letter.isupper() for letter in word[1:])
        if len(folded) >= RARE_LETTERS and folded not in known and folded not in seen and not named:
            seen.append(folded)
    return seen


def advise(paragraphs, known=frozenset()):
    """Advice for each paragraph (a list of plain texts), in plain French, in their order.
    ``known``: words the learner finds explained (the glossary's terms and their words)."""
    known_words = {word for term in known for word in words(term)} | set(known)
    found = []
    for number, text in enumerate(paragraphs):
        for sentence in sentences(text):
            count = len(words(sentence))
            if count > LONG_SENTENCE:
                found.append(
                    Advice(
                        LONG_SENTENCE_KIND,
                        ngettext(
                            "Phrase longue (%(count)s mot) : « %(start)s… ». Coupez-la en deux.",
                            "Phrase longue (%(count)s mots) : « %(start)s… ». Coupez-la en deux.",
                            count,
                        )
                        % {"count": count, "start": " ".join(sentence.split()[:6])},
                        number,
                    )
                )
        for word in rare_words(text, known_words):
            found.append(
                Advice(
                    RARE_WORD_KIND,
                    _(
                        "Mot peu courant : « %(word)s ». Dites-le plus simplement, ou "
                        "ajoutez-le au glossaire."
                    )
                    % {"word": word},
                    number,
                )
            )
        count = len(words(text))
        score = kandel_moles(text)
        if count > DENSE_WORDS or (
            count >= MIN_WORDS_FOR_SCORE and score is not None and score < DENSE_SCORE
        ):
            found.append(
                Advice(
                    DENSE_KIND,
                    ngettext(
                        "Paragraphe dense (%(count)s mot, lisibilité %(score)s sur 100) : "
                        "aérez-le en plusieurs paragraphes ou en liste.",
                        "Paragraphe dense (%(count)s mots, lisibilité %(score)s sur 100) : "
                        "aérez-le en plusieurs paragraphes ou en liste.",
                        count,
                    )
                    % {"count": count, "score": round(max(0, min(100, score or 0)))},
                    number,
                )
            )
    return found
