"""JSON from outside (a browser's post, an uploaded package, a backup) is parsed only once its
size and depth are known to be sane: Python's parser recurses, and 20,000 nested brackets (40 KB)
end in a RecursionError, a server error, instead of a refusal."""

import json
import re

from django.utils.translation import gettext_lazy as _

# Far deeper than any statement, state, package or manifest we read; far below Python's limit.
MAX_DEPTH = 100

UNREADABLE = _("L'envoi est illisible.")
TOO_LARGE = _("L'envoi est trop gros.")
TOO_DEEP = _("L'envoi est illisible : il est trop imbriqué.")

# A JSON string (escapes included), so that brackets inside text are not counted.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_BRACKETS = re.compile(r"[\[\]{}]")


class JSONRefused(json.JSONDecodeError):
    """Refused before parsing. A JSONDecodeError (so a ValueError), so that the code already
    catching bad JSON catches this too."""

    def __init__(self, message):
        super().__init__(str(message), "", 0)
        self.message = message

    def __str__(self):
        return str(self.message)


def depth_exceeds(raw, max_depth):
    """Whether the brackets of `raw` (outside strings) nest deeper than max_depth."""
    depth = 0
    for match in _BRACKETS.finditer(_STRING.sub('""', raw)):
        if match.group() in "[{":
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


def loads_bounded(raw, *, max_bytes, max_depth=MAX_DEPTH):
    """json.loads, after refusing (JSONRefused) what is too large or nested too deeply.
    `raw` is UTF-8 bytes or text (bytes in another encoding raise UnicodeDecodeError, a
    ValueError: the depth is counted on the very text that is parsed); bad JSON raises json's
    own ValueError as usual."""
    if len(raw) > max_bytes:
        raise JSONRefused(TOO_LARGE)
    if isinstance(raw, bytes | bytearray):
        raw = bytes(raw).decode("utf-8")
    if depth_exceeds(raw, max_depth):
        raise JSONRefused(TOO_DEEP)
    return json.loads(raw)
