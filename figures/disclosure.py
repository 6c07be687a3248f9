"""Small counts are hidden so that no figure points at a person.

Primary rule: a count from 1 to 4 is shown as « moins de 5 ».
Complementary rule (our choice: keep the totals, hide one more cell): wherever a total could give
back a hidden cell (a line whose parts add up to a total, with exactly one of them hidden), the
next smallest non-zero part of that line is hidden too, shown as « masqué »; when the line has
no other such part, its total is hidden instead. This runs over every line (rows, columns, the
totals themselves) until no line has exactly one hidden entry."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

THRESHOLD = 5
SMALL = "small"  # 1 to 4
MASKED = "masked"  # hidden so that a small one cannot be worked out


@dataclass
class Cell:
    value: int | None
    hidden: str = ""

    @property
    def shown(self):
        """The number, or None when it must not be read."""
        return None if self.hidden else self.value

    @property
    def display(self):
        if self.hidden == SMALL:
            return str(_("moins de 5"))
        if self.hidden == MASKED:
            return str(_("masqué"))
        return "—" if self.value is None else str(self.value)

    @property
    def csv(self):
        if self.hidden == SMALL:
            return "<5"
        if self.hidden == MASKED:
            return str(_("masqué"))
        return "" if self.value is None else str(self.value)


def is_small(value):
    return value is not None and 0 < value < THRESHOLD


def protect(cells, lines):
    """Hide in place. `cells` maps a key to a Cell; `lines` are (parts, total) key lists where
    the parts add up to the total."""
    for cell in cells.values():
        if is_small(cell.value):
            cell.hidden = SMALL
    changed = True
    while changed:
        changed = False
        for parts, total in lines:
            keys = [*parts, total]
            if sum(1 for key in keys if cells[key].hidden) != 1:
                continue
            candidates = [key for key in parts if not cells[key].hidden and cells[key].value]
            if candidates:
                chosen = min(candidates, key=lambda key: cells[key].value)
            elif not cells[total].hidden:
                chosen = total
            else:
                continue  # the total alone is hidden and every part is zero: nothing to give back
            cells[chosen].hidden = MASKED
            changed = True
    return cells
