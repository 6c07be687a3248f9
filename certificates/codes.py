"""Verification codes: random, read aloud or typed by hand without confusion.

No 0/O, 1/I/L: 31 symbols, 12 of them, about 59 bits — far too many to guess by trying codes
on the public page."""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
PREFIX = "PAP"
GROUPS = 3
GROUP_SIZE = 4
LENGTH = GROUPS * GROUP_SIZE
_SEPARATORS = re.compile(r"[\s\-–—_.]+")


def new_code():
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(symbols)


def format_code(symbols):
    groups = [symbols[i : i + GROUP_SIZE] for i in range(0, LENGTH, GROUP_SIZE)]
    return "-".join([PREFIX, *groups])


def normalize_code(text):
    """The stored form of what someone typed (lower case, spaces, missing dashes, with or
    without « PAP »), or None when it cannot be a code."""
    symbols = _SEPARATORS.sub("", (text or "").upper())
    if symbols.startswith(PREFIX) and len(symbols) == len(PREFIX) + LENGTH:
        symbols = symbols[len(PREFIX) :]
    if len(symbols) != LENGTH or any(char not in ALPHABET for char in symbols):
        return None
    return format_code(symbols)
