"""Text typed by the learner: kept as typed (plain text), control characters out."""

import re

from django.utils.text import normalize_newlines

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value):
    return CONTROL.sub("", normalize_newlines(value or "")).strip()


def lines(value):
    """The non-empty lines of a text typed one item a line."""
    return [line.strip(" \t-•") for line in (value or "").splitlines() if line.strip(" \t-•")]
