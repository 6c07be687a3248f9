"""Telling English left inside a French message: used by the catalogue's test and by the tests of
the messages people read, which must come in one language."""

import re

# Words an English sentence uses and a French one does not: a bracket holding one of them is an
# English translation left on a French page.
ENGLISH_ONLY = """
an the is are was were be been not no to of at in and for with by than this that these your
you it its can cannot does must has have too please only let us one someone nothing already
which missing between unknown unreadable answer refused needs choose write add tick give
"""
ENGLISH_WORDS = frozenset(ENGLISH_ONLY.split())


def brackets(text):
    """Every bracketed part of text, nested ones too (« %(name)s » placeholders hold brackets)."""
    opened, found = [], []
    for index, char in enumerate(text):
        if char == "(":
            opened.append(index)
        elif char == ")" and opened:
            start = opened.pop()
            found.append((start, text[start + 1 : index]))
    return [inside for _, inside in sorted(found)]


def english_in_brackets(text):
    """The first bracket of text that reads as English (two words or more, one English-only)."""
    for inside in brackets(text):
        words = re.findall(r"[a-z']+", inside.lower())
        if len(inside.split()) >= 2 and ENGLISH_WORDS.intersection(words):
            return f"({inside})"
    return None


def french_only(text):
    """A message was given, and it carries no English in brackets."""
    return bool(text.strip()) and english_in_brackets(text) is None
