"""No identifiers over the platform: the numbers people type without thinking are masked
before a question or an answer is stored, and the person is told why and what to bring instead.

Checked in this order, each replaced by a marker without digits, so that a later check never
sees what an earlier one masked: e-mail addresses, IBANs (mod 97), social-security numbers (NIR,
with their key, Corsica's 2A/2B), tax numbers (SPI, 13 digits), phone numbers, the CAF's
« numéro allocataire » (7 or 8 digits, said near « allocataire », « CAF » or « dossier »), and
last any other run of 7 digits or more (a CAF number typed bare; a number with a wrong key is
still a number). The digits of these last two may be split by spaces (non-breaking ones too),
dots, dashes, slashes or underscores, and glued to letters; a date keeps its digits."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

SEP = r"[ .\-]?"
EDGE_BEFORE = r"(?<![\w@])"
EDGE_AFTER = r"(?![\w@])"

EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
IBAN = re.compile(
    EDGE_BEFORE + r"[A-Za-z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?" + EDGE_AFTER
)
NIR = re.compile(
    EDGE_BEFORE
    + rf"([1-478]){SEP}(\d{{2}}){SEP}(\d{{2}}){SEP}(\d{{2}}|2[ABab]){SEP}(\d{{3}}){SEP}(\d{{3}})"
    + rf"{SEP}(\d{{2}})"
    + EDGE_AFTER
)
TAX_NUMBER = re.compile(EDGE_BEFORE + rf"[0-3](?:{SEP}\d){{12}}" + EDGE_AFTER)
PHONE = re.compile(
    EDGE_BEFORE.replace("@", "@+")
    + rf"(?:\+33{SEP}(?:\(0\){SEP})?|0033{SEP}|0)[1-9](?:{SEP}\d{{2}}){{4}}"
    + EDGE_AFTER
)
# Between the digits of a number typed by hand: a space (non-breaking ones too), a mark, or a
# mark with spaces around (« 123 45 67 », « 1.234.567 », « 12 - 34 - 567 »).
NUMBER_SEP = r"[ \u00a0\u202f]{0,2}[.\-/_]?[ \u00a0\u202f]?"
CAF_NUMBER = re.compile(
    r"(?i)(allocataire|\bcaf\b|dossier)([^\d\n]{0,30}?)"
    + rf"(?<!\d)(\d(?:{NUMBER_SEP}\d){{6,7}})(?!{NUMBER_SEP}\d)",
    re.UNICODE,
)
# Glued to letters too (« n°1234567 », « CAF1234567 »): only another digit ends it.
LONG_NUMBER = re.compile(rf"(?<!\d)\d(?:{NUMBER_SEP}\d){{6,}}(?!\d)")
# A date is not an identifier: « 12/03/2024 », « 1.3.2024 », « 12 03 2024 », « 2024-03-12 ».
DATE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])\s?([ ./\-])\s?(?:0?[1-9]|1[0-2])\s?\1\s?(?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])"
)

# Kinds, with the marker put in the text and what the person is told.
MARKERS = {
    "email": gettext_lazy("[adresse e-mail cachée]"),
    "iban": gettext_lazy("[IBAN caché]"),
    "nir": gettext_lazy("[numéro de sécurité sociale caché]"),
    "tax": gettext_lazy("[numéro fiscal caché]"),
    "phone": gettext_lazy("[numéro de téléphone caché]"),
    "caf": gettext_lazy("[numéro allocataire caché]"),
    "number": gettext_lazy("[numéro caché]"),
}
ADVICE = {
    "email": gettext_lazy(
        "une adresse e-mail : l'agent ne vous écrira pas ici, il vous répond sur cette page"
    ),
    "iban": gettext_lazy("un IBAN : apportez plutôt votre RIB papier à la permanence"),
    "nir": gettext_lazy(
        "un numéro de sécurité sociale : apportez plutôt votre carte Vitale à la permanence"
    ),
    "tax": gettext_lazy(
        "un numéro fiscal : apportez plutôt votre dernier avis d'impôt à la permanence"
    ),
    "phone": gettext_lazy(
        "un numéro de téléphone : l'agent vous répond sur cette page, ou à la permanence"
    ),
    "caf": gettext_lazy(
        "un numéro allocataire : apportez plutôt un courrier de la CAF à la permanence"
    ),
    "number": gettext_lazy(
        "un long numéro : apportez plutôt le papier où il est écrit à la permanence"
    ),
}


@dataclass(frozen=True)
class Masked:
    text: str
    kinds: tuple  # what was masked, in the order above, each once

    @property
    def changed(self):
        return bool(self.kinds)


def _digits(value):
    return re.sub(r"[^0-9A-Za-z]", "", value)


def nir_is_valid(value):
    """A social-security number whose key is 97 − (its first 13 characters mod 97); Corsica's
    departments 2A and 2B count as 19 and 18."""
    raw = _digits(value).upper()
    if len(raw) != 15:
        return False
    body, key = raw[:13], raw[13:]
    if body[5:7] == "2A":
        body = body[:5] + "19" + body[7:]
    elif body[5:7] == "2B":
        body = body[:5] + "18" + body[7:]
    if not (body.isdigit() and key.isdigit()):
        return False
    return 97 - int(body) % 97 == int(key)


def iban_is_valid(value):
    """ISO 13616: the first four characters moved to the end, letters as 10–35, mod 97 is 1."""
    raw = _digits(value).upper()
    if not 15 <= len(raw) <= 34 or not raw[:2].isalpha() or not raw[2:4].isdigit():
        return False
    moved = raw[4:] + raw[:4]
    try:
        number = int("".join(str(int(char, 36)) for char in moved))
    except ValueError:
        return False
    return number % 97 == 1


def mask(text):
    """The text with every identifier replaced by its marker, and the kinds found."""
    found = []

    def replace(kind, pattern, value, check=None, group=None):
        def one(match):
            if DATE.fullmatch(match.group(group or 0)) and kind in ("caf", "number"):
                return match.group(0)
            if check is not None and not check(match.group(0)):
                # The shape without the key: a typo of one, or another number. Masked too.
                return match.group(0) if kind == "nir" else one_kind("number")
            return one_kind(kind, match)

        def one_kind(kind, match=None):
            if kind not in found:
                found.append(kind)
            marker = str(MARKERS[kind])
            if group is None or match is None:
                return marker
            # Only the number goes; the words around it stay.
            return match.group(1) + match.group(2) + marker

        return pattern.sub(one, value)

    value = text or ""
    value = replace("email", EMAIL, value)
    value = replace("iban", IBAN, value, check=iban_is_valid)
    value = replace("nir", NIR, value, check=nir_is_valid)
    value = replace("tax", TAX_NUMBER, value)
    value = replace("phone", PHONE, value)
    value = replace("caf", CAF_NUMBER, value, group=3)
    value = replace("number", LONG_NUMBER, value)
    order = list(MARKERS)
    return Masked(text=value, kinds=tuple(sorted(found, key=order.index)))


def explanation(kinds):
    """Plain words for the person whose text was masked: why, and what to bring instead."""
    if not kinds:
        return ""
    items = "; ".join(str(ADVICE[kind]) for kind in kinds)
    return _(
        "Pour votre sécurité, nous avons caché ce qui ressemble à %(items)s. Ces numéros ne "
        "s'écrivent jamais sur Internet : l'agent n'en a pas besoin pour vous répondre."
    ) % {"items": items}
