"""English is complete, and the compiled catalogue is the one the .po file says."""

import ast
import gettext
import re
from pathlib import Path

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


# Strings older than the card sign-in work still carry their English after the French; they are
# left for a later clean-up. This number may only go down: a new string says its English in the
# catalogue, never in parentheses on a French page.
OLD_STRINGS_WITH_ENGLISH_AFTER = 191


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


def test_no_new_string_shows_its_english_on_a_french_page():
    doubled = [
        msgid
        for msgid, _, strs, _ in po_entries(LOCALE / "django.po")
        if msgid and english_after_french(msgid, strs)
    ]
    assert len(doubled) <= OLD_STRINGS_WITH_ENGLISH_AFTER, doubled[-5:]
    assert english_after_french("Les codes sont effacés. (The codes are cleared.)", ["The codes"])
    assert not english_after_french("Rester connecté (30 jours)", ["Stay signed in (30 days)"])
