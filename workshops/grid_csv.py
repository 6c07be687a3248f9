"""The progress grid and the learner report, as rows for the site's one CSV writer
(pasapas.csv_files: « ; », a byte order mark, no formula), dates as dd/mm/yyyy."""

from django.utils import timezone
from django.utils.translation import gettext as _
from pasapas.csv_files import csv_response as _csv_response

from .grid import COMPLETED, NOT_STARTED, STARTED, learner_name


def state_label(state):
    return {
        COMPLETED: _("terminée"),
        STARTED: _("commencée"),
        NOT_STARTED: _("pas commencée"),
    }[state]


def day(moment):
    return timezone.localtime(moment).strftime("%d/%m/%Y") if moment else ""


def csv_response(rows, *, name):
    """A downloadable CSV file; `name` is made of the course or session and the date."""
    return _csv_response(rows, name=name, fallback="suivi")


def today():
    return timezone.localdate().strftime("%Y-%m-%d")


def grid_header(grid):
    header = [_("Apprenant"), _("Identifiant")]
    if grid is not None:
        for column in grid.columns:
            title = f"{column.number}. {column.lesson.title}"
            header += [title, f"{column.number}. " + _("date"), f"{column.number}. " + _("score %")]
    header += [_("Leçons terminées"), _("Leçons commencées"), _("Leçons du parcours")]
    header.append(_("Moyenne des meilleurs scores %"))
    return header


def grid_rows(grid):
    """The header, then one row per learner: for each lesson its state, date and best score."""
    yield grid_header(grid)
    for row in grid.rows:
        line = [learner_name(row.learner), row.learner.get_username()]
        for cell in row.cells:
            line += [state_label(cell.state), day(cell.date), cell.best_percent]
        line += [row.completed, row.started, len(row.cells), row.best_average]
        yield line


def session_rows(result):
    """The session's grid; without a track, the enrolled people and no lesson column."""
    if result.grid is not None:
        yield from grid_rows(result.grid)
        return
    yield grid_header(None)
    for learner in result.learners:
        yield [learner_name(learner), learner.get_username(), 0, 0, 0, None]


def report_rows(report):
    """One row per exercise result, and one per lesson without any."""
    yield [
        _("Parcours"),
        _("N°"),
        _("Leçon"),
        _("État"),
        _("Commencée le"),
        _("Terminée le"),
        _("Exercice"),
        _("Essais"),
        _("Meilleur score %"),
        _("Réussi le"),
    ]
    for item in report:
        for line in item.lessons:
            lesson = [
                item.course.title,
                line.number,
                line.lesson.title,
                state_label(line.state),
                day(line.started_at),
                day(line.completed_at),
            ]
            if not line.results:
                yield lesson + ["", "", "", ""]
            for result in line.results:
                yield lesson + [
                    result.title,
                    result.attempts,
                    result.best_percent,
                    day(result.passed_at),
                ]
