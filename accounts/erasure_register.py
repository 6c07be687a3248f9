"""The erasure register: one line per erasure, kept in a file outside the database (so outside
the backups), that a restore reads to erase again whoever a backup brings back.

Pseudonymous: a line holds a keyed hash of the account id (HMAC with the site's SECRET_KEY)
and the date, never a name; without the key, a line cannot be tied to an account."""

import datetime
import json
import os
from pathlib import Path

from django.conf import settings
from django.utils.crypto import salted_hmac

PURPOSE = "pasapas.accounts.erasure-register"


def path():
    return Path(settings.ERASURE_REGISTER)


def account_hash(pk, secret=None):
    return salted_hmac(PURPOSE, str(pk), secret=secret, algorithm="sha256").hexdigest()


def record(user, at):
    """Append a line, on disk before the erasure commits (a failure rolls the erasure back)."""
    target = path()
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    line = json.dumps({"account": account_hash(user.pk), "erased_at": at.isoformat()})
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
        handle.flush()
        os.fsync(handle.fileno())


def entries():
    """Every erasure recorded: [{"account": hash, "erased_at": datetime}], oldest first."""
    try:
        text = path().read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    found = []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
            found.append(
                {
                    "account": entry["account"],
                    "erased_at": datetime.datetime.fromisoformat(entry["erased_at"]),
                }
            )
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash: the erasure it stood for was rolled back
    return found


def is_listed(pk, hashes):
    """Whether account `pk` is among `hashes` (hashed with the current key or a former one)."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return any(account_hash(pk, secret) in hashes for secret in secrets)
