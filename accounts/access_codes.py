"""Access codes and usernames for people without e-mail.

A code is 8 characters from an alphabet without look-alikes (no 0/o, 1/l/i): about 40 bits,
which, with sign-in attempts limited to 5 per 15 minutes, cannot be guessed. It is stored
hashed like a password, so a lost card means a new code, never a look-up."""

import re
import secrets
import unicodedata

from django.utils.text import slugify

ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
CODE_LENGTH = 8


def generate_code():
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def format_code(code):
    """Shown on the card in two groups of four, easier to copy."""
    return f"{code[:4]} {code[4:]}"


def normalize_code(raw):
    """What a learner types, as the code was made: spaces, dashes and capitals do not count."""
    return re.sub(r"[\s\-.]", "", (raw or "")).lower()


def username_base(first_name):
    ascii_name = unicodedata.normalize("NFKD", first_name).encode("ascii", "ignore").decode()
    return (slugify(ascii_name).replace("-", "") or "personne")[:20]


def candidate_usernames(first_name):
    """marie27, marie84, … : short, readable, lowercase, without accents."""
    base = username_base(first_name)
    while True:
        yield f"{base}{secrets.randbelow(90) + 10}"
