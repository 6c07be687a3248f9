"""A reading choice: text size, contrast, spacing and motion, as one small value that fits a
cookie and names the classes the page is drawn with from its first paint."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

COOKIE = "pasapas_lecture"
COOKIE_AGE = 400 * 24 * 3600  # the longest a browser keeps a cookie

SIZES = {1: _("Normale"), 2: _("Grande"), 3: _("Très grande")}
_COOKIE_FORMAT = re.compile(r"^t([1-3])c([01])e([01])m([01])$")


@dataclass(frozen=True)
class ReadingChoice:
    size: int = 1
    contrast: bool = False
    spacing: bool = False
    less_motion: bool = False

    @classmethod
    def from_cookie(cls, value):
        """An unknown or damaged cookie is the default choice, never an error page."""
        match = _COOKIE_FORMAT.match(value or "")
        if not match:
            return cls()
        size, contrast, spacing, motion = match.groups()
        return cls(int(size), contrast == "1", spacing == "1", motion == "1")

    def to_cookie(self):
        return f"t{self.size}c{int(self.contrast)}e{int(self.spacing)}m{int(self.less_motion)}"

    @property
    def is_default(self):
        return self == ReadingChoice()

    @property
    def classes(self):
        names = [f"text-{self.size}"] if self.size > 1 else []
        if self.contrast:
            names.append("contrast-high")
        if self.spacing:
            names.append("spacing-wide")
        if self.less_motion:
            names.append("motion-less")
        return " ".join(names)
