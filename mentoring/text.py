"""Mentoring texts are plain text: kept as typed, shown escaped with links made clickable. No
markup of the author's ever reaches a page."""

import re

from django.core.exceptions import ValidationError
from django.utils.html import urlize
from django.utils.safestring import mark_safe
from django.utils.text import normalize_newlines
from django.utils.translation import gettext as _

from .limits import TEXT_MAX_LENGTH

# Control characters but tab and newline (NUL breaks PostgreSQL, the others only confuse).
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value, *, max_length=TEXT_MAX_LENGTH, required=True):
    """The text to store: newlines normalised, control characters out, ends trimmed."""
    text = CONTROL.sub("", normalize_newlines(value or "")).strip()
    if required and not text:
        raise ValidationError(
            _("Le message est vide : écrivez quelques mots."),
            code="required",
        )
    if len(text) > max_length:
        raise ValidationError(
            _("C'est trop long : %(length)s caractères, %(max)s au plus. Raccourcissez un peu."),
            code="max_length",
            params={"length": len(text), "max": max_length},
        )
    return text


def render_text(text):
    """Escaped paragraphs; web addresses become links that open nothing of ours."""
    html = urlize(text, trim_url_limit=60, nofollow=True, autoescape=True)
    # urlize only builds http(s), www. and e-mail links; the author's quotes are escaped, so
    # this is the only rel attribute there can be.
    html = html.replace(' rel="nofollow"', ' rel="nofollow noopener noreferrer"')
    paragraphs = [p for p in re.split(r"\n{2,}", html) if p.strip()]
    return mark_safe(  # noqa: S308 (built from escaped text above)
        "".join(f"<p>{p.strip().replace(chr(10), '<br>')}</p>" for p in paragraphs)
    )


def excerpt(text, length=90):
    flat = " ".join((text or "").split())
    return flat if len(flat) <= length else f"{flat[: length - 1]}…"
