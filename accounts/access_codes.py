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


def free_username(base, taken):
    """`base` and the fewest digits still free: marie27 while a two-digit number is free, then
    marie348, then marie5021… Never runs out, and stays short for the common case.

    `taken`: the usernames already starting with `base`, lowercase."""
    used = {name[len(base) :] for name in taken}
    used = {suffix for suffix in used if suffix.isascii() and suffix.isdigit()}
    digits = 2
    while True:
        low, high = 10 ** (digits - 1), 10**digits
        used_here = {int(suffix) for suffix in used if len(suffix) == digits}
        if len(used_here) < high - low:
            # Random rather than the next number: a username says nothing of how many came before.
            for _ in range(20):
                number = low + secrets.randbelow(high - low)
                if number not in used_here:
                    return f"{base}{number}"
            free = [number for number in range(low, high) if number not in used_here]
            return f"{base}{secrets.choice(free)}"
        digits += 1
