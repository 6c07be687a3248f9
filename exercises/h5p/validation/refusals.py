"""How a refused package is told: the error and the helpers that write names and sizes safely
into its messages."""

import json

from django.utils.translation import gettext as _


class PackageError(Exception):
    """A refused package: .problems is the list of plain-language messages (at least one)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems) or [_("Paquet refusé.")]
        super().__init__("\n".join(self.problems))


def sizes(**counts: int) -> dict[str, str]:
    """Byte counts for messages, in the reader's language (« 5,0 Mo », "5.0 MB")."""
    from django.template.defaultfilters import filesizeformat

    return {name: str(filesizeformat(n)).replace("\xa0", " ") for name, n in counts.items()}


def shown(text: str, limit: int = 120) -> str:
    """A name safe to show: invisible characters made visible, very long names shortened."""
    text = "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or ord(c) == 127 else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def shown_value(value) -> str:
    if isinstance(value, str):
        return shown(value, 60)
    return shown(json.dumps(value, ensure_ascii=False), 60)
