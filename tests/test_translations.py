"""English is complete, and the compiled catalogue is the one the .po file says."""

import ast
import gettext
import re
from pathlib import Path

from tests.languages import english_in_brackets

LOCALE = Path(__file__).resolve().parent.parent / "site/locale/en/LC_MESSAGES"


def po_entries(path):
    """(msgid, msgid_plural, [msgstr...], flags) for each entry of a .po file."""
    entries, current, key, flags = [], None, None, []

    def finish():
        if current is not None:
            entries.append((*current.values(), flags))

    for raw in path.read_text(encoding="utf-8").splitlines() + [""]:
        line = raw.strip()
        if line.startswith("#,"):
            flags = [flag.strip() for flag in line[2:].split(",")]
        elif line.startswith("msgid "):
            finish()
            current = {"msgid": "", "plural": None, "strs": []}
            key = "msgid"
            current["msgid"] = ast.literal_eval(line[6:])
        elif line.startswith("msgid_plural "):
            current["plural"] = ast.literal_eval(line[13:])
            key = "plural"
        elif line.startswith("msgstr"):
            current["strs"].append(ast.literal_eval(line.split(" ", 1)[1]))
            key = "msgstr"
        elif line.startswith('"') and current is not None:
            value = ast.literal_eval(line)
            if key == "msgstr":
                current["strs"][-1] += value
            else:
                current[key] += value
        elif not line:
            finish()
            current, key = None, None
            flags = [] if not line else flags
    return entries


def test_every_string_has_an_english_translation():
    entries = [entry for entry in po_entries(LOCALE / "django.po") if entry[0]]
    assert len(entries) > 200
    untranslated = [msgid for msgid, _, strs, _ in entries if not all(strs)]
    fuzzy = [msgid for msgid, _, _, flags in entries if "fuzzy" in flags]
    assert untranslated == [] and fuzzy == []


def test_compiled_catalogue_matches_the_po_file():
    with open(LOCALE / "django.mo", "rb") as handle:
        catalog = gettext.GNUTranslations(handle)._catalog
    stale = []
    for msgid, plural, strs, _ in po_entries(LOCALE / "django.po"):
        if not msgid:
            continue
        if plural is None:
            if catalog.get(msgid) != strs[0]:
                stale.append(msgid)
        elif [catalog.get((msgid, n)) for n in range(len(strs))] != strs:
            stale.append(msgid)
    assert stale == [], "Run `make messages` to compile the English catalogue."


def english_after_french(msgid, strs):
    """Whether msgid ends with « (…) » repeating its own English translation."""
    found = re.search(r"\s\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", msgid)
    if not found:
        return False
    inside = found.group(1).strip()
    words = inside.split()
    if len(words) < 2 or not re.match(r"[A-Z“]", inside):
        return False  # « (30 jours) », « (x) »: French or a symbol, not a translation
    return " ".join(words[:2]).lower() in " ".join(strs).lower()


def holds_english(msgid, plural, strs):
    return any(
        text and (english_in_brackets(text) or english_after_french(text, strs))
        for text in (msgid, plural)
    )


def test_the_english_detector_tells_a_translation_from_french_brackets():
    assert holds_english("Les codes sont effacés. (The codes are cleared.)", None, ["The codes"])
    assert holds_english("Réponse illisible. (Unreadable answer.)", None, ["Unreadable answer."])
    assert holds_english("Aucun centre. (No centre.)", None, ["There is no centre."])
    assert holds_english("Un prénom a 60 lettres au plus. (Too long.)", None, ["A name is long"])
    assert holds_english("%(n)s essai", "%(n)s essais (at most %(max)s)", ["%(n)s try"] * 2)
    for french in (
        "Rester connecté (30 jours)",
        "fichier vidéo (MP4 ou WebM)",
        "Télécharger le tableau (CSV pour Excel)",
        "Ajoutez-en une dans l'administration (Extraits › Salles).",
        "Une activité faite dans un éditeur H5P (Lumi, h5p.org…).",
        "Le paquet est anormalement compressé (%(ratio)d fois).",
    ):
        assert not holds_english(french, None, ["Stay signed in (30 days)"]), french


def test_no_french_message_id_holds_english():
    """A French reader reads French only: the English lives in the English catalogue."""
    doubled = [
        msgid
        for msgid, plural, strs, _ in po_entries(LOCALE / "django.po")
        if msgid and holds_english(msgid, plural, strs)
    ]
    assert doubled == []
