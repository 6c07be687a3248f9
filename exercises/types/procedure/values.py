"""Reading and checking what a learner typed in a field that is not a file."""

import datetime
import re
import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext

CHECKED = "oui"  # the value of a ticked checkbox


def field_choices(item):
    return [line.strip() for line in (item.get("choices") or "").splitlines() if line.strip()]


def plain(value):
    """Compare as people read: no case, no accents, no outer or doubled spaces."""
    value = unicodedata.normalize("NFKD", str(value))
    value = "".join(c for c in value if not unicodedata.combining(c))
    for fancy, simple in (("’", "'"), ("‘", "'"), ("œ", "oe"), ("Œ", "oe"), ("æ", "ae")):
        value = value.replace(fancy, simple)
    return " ".join(value.casefold().split())


_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_FR_DATE = re.compile(r"(\d{1,2})\s*[/.\- ]\s*(\d{1,2})\s*[/.\- ]\s*(\d{4})")


def parse_date(value):
    """A date written JJ/MM/AAAA (as people do) or AAAA-MM-JJ (as browsers send it)."""
    value = (value or "").strip()
    if match := _ISO_DATE.fullmatch(value):
        year, month, day = match.groups()
    elif match := _FR_DATE.fullmatch(value):
        day, month, year = match.groups()
    else:
        return None
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def postcode(value):
    value = "".join(value.split())
    return value if re.fullmatch(r"\d{5}", value) else None


def is_email(value):
    try:
        validate_email(value.strip())
    except ValidationError:
        return False
    return True


def same(item, given):
    expected = item["expected"] or ""
    wanted = parse_date(expected) if item["kind"] != "select" else None
    if wanted is not None:  # a date matches however it is written
        return parse_date(given) == wanted
    if item["kind"] == "postcode":
        return "".join(given.split()) == "".join(expected.split())
    return plain(given) == plain(expected)


def check_value(item, given):
    """(passed, message) for a field that is not a file."""
    rule = item["rule"]
    value = (given or "").strip()
    if rule == "checked":
        passed = given == CHECKED
        default = gettext("Cochez cette case pour continuer.")
    elif not value:
        passed = False
        if item["kind"] == "select":
            default = gettext("Choisissez une réponse dans la liste.")
        else:
            default = gettext("Ce champ est obligatoire : remplissez-le.")
    elif rule == "exact":
        passed = same(item, value)
        default = gettext(
            "Ce n'est pas ce qui est demandé : relisez les informations de l'étape, au-dessus."
        )
    elif rule == "email":
        passed = is_email(value)
        default = gettext(
            "Cette adresse e-mail n'est pas valide. Elle s'écrit avec un @ et un point, "
            "par exemple : nom@domaine.fr"
        )
    elif rule == "date":
        passed = parse_date(value) is not None
        default = gettext(
            "Cette date n'est pas valide. Écrivez-la au format JJ/MM/AAAA, "
            "par exemple : 05/09/1948."
        )
    elif rule == "postcode":
        passed = postcode(value) is not None
        default = gettext("Le code postal s'écrit avec 5 chiffres, par exemple : 45000.")
    else:  # "required", or a check this field no longer has
        passed, default = True, ""
    if passed:
        return True, ""
    return False, (item["error_message"] or "").strip() or default
