"""The one way the site writes a CSV file: what Excel in French opens as it is (UTF-8 with a
byte order mark, « ; » between cells), and never a formula.

Names, course titles and lesson titles are typed by people: a text cell that a spreadsheet would
read as a formula (=, +, -, @, or a tab or carriage return first) is written with a leading
apostrophe. Numbers stay numbers: a count or a score is never typed by anyone."""

import csv
import io
from decimal import Decimal

from django.http import HttpResponse
from django.utils.text import slugify

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """A cell as text, never as a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(rows):
    """The rows as CSV text (with its byte order mark), each cell made safe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return "\ufeff" + buffer.getvalue()


def csv_response(rows, *, name, fallback="export"):
    """A downloadable CSV file named after `name` (slugified, so any title is a safe name)."""
    response = HttpResponse(csv_text(rows).encode("utf-8"), content_type="text/csv; charset=utf-8")
    filename = (slugify(name) or fallback)[:100] + ".csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def guard_wagtail_exports():
    """Wagtail's admin exports (site history, page reports, form submissions) write CSV with no
    formula guard: their cells go through safe_cell too. Wagtail offers no setting or hook for
    it; its one method that prepares each cell is wrapped, once, at start-up."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if getattr(SpreadsheetExportMixin, "pasapas_guarded", False):
        return
    prepare = SpreadsheetExportMixin.preprocess_field_value

    def preprocess_field_value(self, field, value, export_format):
        value = prepare(self, field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value

    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
    SpreadsheetExportMixin.pasapas_guarded = True
