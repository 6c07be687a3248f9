"""The shape the figures take on the page and in the CSV: titled tables of protected cells,
each with the series its bar chart draws."""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .disclosure import Cell, protect


@dataclass
class Row:
    label: str
    cells: list
    is_total: bool = False


@dataclass
class Table:
    slug: str
    title: str
    description: str
    row_header: str
    columns: list
    rows: list = field(default_factory=list)
    chart_title: str = ""
    chart: list = field(default_factory=list)  # (label, Cell) pairs

    @property
    def is_empty(self):
        return not any(cell.value for row in self.rows for cell in row.cells)

    @property
    def chart_max(self):
        return max([cell.shown or 0 for _, cell in self.chart] + [1])


TOTAL = _("Total")


LAST = "__total__"


def matrix(
    *,
    slug,
    title,
    description,
    row_header,
    rows,
    columns,
    values,
    row_totals=True,
    column_totals="sum",
    column_totals_label=TOTAL,
):
    """A rows × columns table of counts, protected as one.

    `values` maps (row key, column key) to a count. With `row_totals`, a last column adds up
    each row. `column_totals` is "sum" (a last row adding up each column), a dict of per-column
    figures that are not sums (distinct people over the period), or None. Only true sums are
    lines the complementary hiding looks at."""
    cells, lines = {}, []
    row_keys = [key for key, _ in rows]
    col_keys = [key for key, _ in columns]
    for r in row_keys:
        for c in col_keys:
            cells[(r, c)] = Cell(values.get((r, c), 0))
    all_cols = col_keys + ([LAST] if row_totals else [])
    all_rows = row_keys + ([LAST] if column_totals is not None else [])
    if column_totals == "sum":
        for c in col_keys:
            cells[(LAST, c)] = Cell(sum(cells[(r, c)].value for r in row_keys))
            lines.append(([(r, c) for r in row_keys], (LAST, c)))
    elif column_totals is not None:
        for c in col_keys:
            cells[(LAST, c)] = Cell(column_totals.get(c, 0))
    for r in all_rows if row_totals else []:
        cells[(r, LAST)] = Cell(sum(cells[(r, c)].value for c in col_keys))
        lines.append(([(r, c) for c in col_keys], (r, LAST)))
    if row_totals and column_totals == "sum":
        lines.append(([(r, LAST) for r in row_keys], (LAST, LAST)))
    protect(cells, lines)
    header = [label for _, label in columns] + ([TOTAL] if row_totals else [])
    table = Table(
        slug=slug, title=title, description=description, row_header=row_header, columns=header
    )
    for r, label in rows:
        table.rows.append(Row(label=label, cells=[cells[(r, c)] for c in all_cols]))
    if column_totals is not None:
        table.rows.append(
            Row(
                label=column_totals_label,
                cells=[cells[(LAST, c)] for c in all_cols],
                is_total=True,
            )
        )
    return table, cells
