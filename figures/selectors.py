"""The centre's figures for partners and funders: counts only.

Anonymous by construction: every query here is an aggregate (values() + Count/Sum, or a COUNT
DISTINCT over a union of such rows) and only counts leave this module, already protected
(figures.disclosure). The number of queries is fixed (fourteen) whatever the data; it grows
with nothing but the request."""

import datetime
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, F, IntegerField, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear, Length, Substr
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from accounts.models import Public
from accounts.roles import LEARNERS
from courses.models import CoursePage, LessonPage
from progress.models import LessonProgress
from workshops.models import Enrolment, Session

from . import hooks
from .disclosure import MASKED, SMALL, Cell, protect
from .models import Purpose, Visit
from .tables import LAST, TOTAL, Row, Table, matrix

NO_PUBLIC = ""
NO_TRACK = None


@dataclass(frozen=True)
class Period:
    """Whole months, from the first day of `first` to the last day of `last`."""

    first: datetime.date
    last: datetime.date

    @classmethod
    def last_twelve_months(cls, today=None):
        today = today or timezone.localdate()
        last = today.replace(day=1)
        first = add_months(last, -11)
        return cls(first=first, last=last)

    @property
    def months(self):
        month, found = self.first, []
        while month <= self.last:
            found.append((month.year, month.month))
            month = add_months(month, 1)
        return found

    @property
    def end(self):
        """The first day after the period."""
        return add_months(self.last, 1)

    def bounds(self):
        """Aware datetimes [start, end) at local midnight."""
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.first, datetime.time(), tzinfo=tz)
        end = datetime.datetime.combine(self.end, datetime.time(), tzinfo=tz)
        return start, end


def add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def month_label(year, month):
    return date_format(datetime.date(year, month, 1), "F Y")


def month_columns(period):
    return [((y, m), month_label(y, m)) for y, m in period.months]


def _publics():
    return [(value, label) for value, label in Public.choices] + [(NO_PUBLIC, _("non renseigné"))]


def _in_centre(queryset, centre_id, field):
    return queryset if centre_id is None else queryset.filter(**{field: centre_id})


def _learners(centre_id):
    learners = get_user_model().objects.filter(groups__name=LEARNERS)
    return _in_centre(learners, centre_id, "centre_id").values("pk")


def _counted_progress(centre_id):
    """Lesson rows of the centre's learners: living accounts, and erased ones through their
    anonymous stand-in (figures.FormerLearner), so that an erasure changes no figure."""
    former = Q(former_fact__former__was_learner=True)
    if centre_id is not None:
        former &= Q(former_fact__former__centre_id=centre_id)
    return Q(user__in=_learners(centre_id)) | former


# A person for COUNT(DISTINCT): the account, or (negative) the anonymous stand-in.
PERSON = Coalesce(F("user_id"), Value(0) - F("former_fact__former_id"))
PUBLIC = Coalesce(F("user__public"), F("former_fact__former__public"))


def _course_path(lesson_path_field):
    """A lesson's course is its parent page: its path minus the last step."""
    return Substr(lesson_path_field, 1, Length(lesson_path_field) - LessonPage.steplen)


def _lesson_course():
    """The course (page id) a progress row counts in: its lesson's parent page, or, once the
    lesson was deleted, the course kept on the row. Ids, not paths: a deleted page's path can
    be given to a new page."""
    parent = Page.objects.filter(path=_course_path(OuterRef("lesson__path"))).values("pk")[:1]
    return Coalesce(Subquery(parent), F("course_page_id"), output_field=IntegerField())


def _session_course(prefix=""):
    """The course of a session: its track, or the one kept when the course was deleted."""
    return Coalesce(
        F(f"{prefix}track_id"), F(f"{prefix}track_kept_id"), output_field=IntegerField()
    )


def _month(field):
    return {"y": ExtractYear(field), "m": ExtractMonth(field)}


def _distinct_people(parts, dims):
    """COUNT(DISTINCT person) grouped by `dims` over the union of several aggregate-ready
    querysets (each annotated with `person` and the dims). The ORM compiles each part for the
    database in use; only the union and the count are written here."""
    sqls, params = [], []
    for part in parts:
        sql, part_params = part.values(*dims, "person").order_by().query.sql_with_params()
        sqls.append(sql)
        params.extend(part_params)
    quote = connection.ops.quote_name
    columns = ", ".join(f"activity.{quote(dim)}" for dim in dims)
    union = " UNION ALL ".join(sqls)
    # Only fixed column names from this module are put in the text; values go as parameters.
    person = f"activity.{quote('person')}"
    sql = f"SELECT {columns}, COUNT(DISTINCT {person}) FROM ({union}) activity GROUP BY {columns}"  # noqa: S608, E501
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _activity_parts(centre_id, start, end):
    """Where a learner shows up in the period: present at a session, a lesson started or a
    lesson completed; each row with the month, the track (course path) and the public."""
    attended = _in_centre(
        Enrolment.objects.filter(
            attended=True,
            session__is_cancelled=False,
            session__starts_at__gte=start,
            session__starts_at__lt=end,
        ),
        centre_id,
        "session__centre_id",
    ).annotate(
        person=PERSON,
        public=PUBLIC,
        track=_session_course("session__"),
        **_month("session__starts_at"),
    )
    parts = [attended]
    for when in ("started_at", "completed_at"):
        parts.append(
            LessonProgress.objects.filter(
                _counted_progress(centre_id), **{f"{when}__gte": start, f"{when}__lt": end}
            ).annotate(
                person=PERSON,
                public=PUBLIC,
                track=_lesson_course(),
                **_month(when),
            )
        )
    return parts


def _courses_completed(centre_id, start, end):
    """(course, year, month, count): a course counts once per person, in the month of the
    completion that finished it (progress keeps that fact as it happened: lessons added or
    deleted later do not change past months)."""
    return (
        LessonProgress.objects.filter(
            _counted_progress(centre_id),
            finishes_course=True,
            completed_at__gte=start,
            completed_at__lt=end,
        )
        .annotate(course_path=_lesson_course(), **_month("completed_at"))
        .values("course_path", "y", "m")
        .annotate(n=Count("pk"))
        .order_by()
    )


def _track_labels(keys):
    """Course titles by id: the live page's, else the title kept when it was deleted."""
    keys = {key for key in keys if key}
    labels = dict(CoursePage.objects.filter(pk__in=keys).values_list("pk", "title"))
    gone = keys - set(labels)
    if gone:
        kept = LessonProgress.objects.filter(course_page_id__in=gone).exclude(course_title="")
        labels.update(kept.values_list("course_page_id", "course_title").order_by())
        kept = Session.objects.filter(track_kept_id__in=gone - set(labels))
        labels.update(kept.values_list("track_kept_id", "track_title").order_by())
    return labels


def _tracks(paths, labels):
    known = sorted((p for p in paths if p in labels), key=lambda p: str(labels[p]).lower())
    rows = [(path, labels[path]) for path in known]
    if any(p not in labels for p in paths):
        rows.append((NO_TRACK, _("sans parcours")))
    return rows


def _track_key(path, labels):
    return path if path in labels else NO_TRACK


def _chart(table, title, cells, keys):
    table.chart_title = title
    table.chart = [(label, cells[key]) for key, label in keys]


def visitor_tables(centre_id, period):
    first, end = period.first, period.end
    rows = _in_centre(
        Visit.objects.filter(date__gte=first, date__lt=end), centre_id, "centre_id"
    ).annotate(**_month("date"))
    rows = rows.values("y", "m", "public", "purpose").annotate(n=Count("pk")).order_by()
    by_public, by_purpose = {}, {}
    for row in rows:
        month = (row["y"], row["m"])
        key = (month, row["public"])
        by_public[key] = by_public.get(key, 0) + row["n"]
        key = (month, row["purpose"])
        by_purpose[key] = by_purpose.get(key, 0) + row["n"]
    months = month_columns(period)
    publics = _publics()
    public_table, cells = matrix(
        slug="visiteurs-public",
        title=_("Visiteurs de l'Espace Public, par public et par mois"),
        description=_("Chaque passage compté à l'accueil de l'Espace Public (sans compte)."),
        row_header=_("Mois"),
        rows=months,
        columns=publics,
        values=by_public,
    )
    _chart(
        public_table,
        _("Visiteurs par public sur la période"),
        cells,
        [((LAST, key), label) for key, label in publics],
    )
    purposes = list(Purpose.choices)
    purpose_table, cells = matrix(
        slug="visiteurs-motif",
        title=_("Visiteurs de l'Espace Public, par motif et par mois"),
        description=_("Ce pour quoi les visiteurs sont venus."),
        row_header=_("Mois"),
        rows=months,
        columns=purposes,
        values=by_purpose,
    )
    _chart(
        purpose_table,
        _("Visiteurs par motif sur la période"),
        cells,
        [((LAST, key), label) for key, label in purposes],
    )
    return [public_table, purpose_table]


def learner_tables(centre_id, period, labels_for):
    start, end = period.bounds()
    parts = _activity_parts(centre_id, start, end)
    by_month = {
        ((int(y), int(m)), public or NO_PUBLIC): n
        for public, y, m, n in _distinct_people(parts, ["public", "y", "m"])
    }
    over_period = {public or NO_PUBLIC: n for public, n in _distinct_people(parts, ["public"])}
    by_track = dict(_distinct_people(parts, ["track"]))
    publics = _publics()
    public_table, cells = matrix(
        slug="apprenants-public",
        title=_("Apprenants des ateliers, par public et par mois"),
        description=_(
            "Personnes différentes venues à une séance (présence relevée) ou ayant commencé ou "
            "terminé une leçon. Une personne compte une fois par mois et une fois sur la "
            "période : la dernière ligne n'est pas la somme des mois."
        ),
        row_header=_("Mois"),
        rows=month_columns(period),
        columns=publics,
        values=by_month,
        column_totals=over_period,
        column_totals_label=_("Sur la période"),
    )
    _chart(
        public_table,
        _("Apprenants par public sur la période"),
        cells,
        [((LAST, key), label) for key, label in publics],
    )
    labels = labels_for(by_track)
    values = {}
    for path, n in by_track.items():
        key = (_track_key(path, labels), "n")
        values[key] = values.get(key, 0) + n
    tracks = _tracks(by_track, labels)
    track_table, cells = matrix(
        slug="apprenants-parcours",
        title=_("Apprenants des ateliers, par parcours"),
        description=_(
            "Personnes différentes sur la période, par parcours. Une personne peut suivre "
            "plusieurs parcours : les lignes ne s'additionnent pas."
        ),
        row_header=_("Parcours"),
        rows=tracks,
        columns=[("n", _("Apprenants"))],
        values=values,
        row_totals=False,
        column_totals=None,
    )
    _chart(
        track_table,
        _("Apprenants par parcours"),
        cells,
        [((key, "n"), label) for key, label in tracks],
    )
    return [public_table, track_table]


ATTENDANCE_COLUMNS = [
    ("sessions", _("Séances tenues")),
    ("places", _("Places offertes")),
    ("enrolled", _("Inscrits")),
    ("present", _("Présents")),
    ("absent", _("Absents")),
]
NOT_PEOPLE = {"sessions", "places"}  # the timetable is public: nobody behind these


def _attendance_table(*, slug, title, row_header, rows, values):
    cells, lines = {}, []
    keys = [key for key, _ in rows] + [TOTAL]
    for column, _label in ATTENDANCE_COLUMNS:
        for key, _label in rows:
            cells[(key, column)] = Cell(values.get((key, column), 0))
        cells[(TOTAL, column)] = Cell(sum(cells[(key, column)].value for key, _ in rows))
        if column not in NOT_PEOPLE:
            lines.append(([(key, column) for key, _ in rows], (TOTAL, column)))
    for key in keys:
        # Present and absent come out of the enrolled: one hidden, the other hides too.
        lines.append(([(key, "present"), (key, "absent")], (key, "enrolled")))
    people = {k: c for k, c in cells.items() if k[1] not in NOT_PEOPLE}
    protect(people, lines)
    table = Table(
        slug=slug,
        title=title,
        description=_(
            "Séances non annulées déjà commencées. Le taux de présence compte les présents "
            "parmi les présences relevées (présents et absents)."
        ),
        row_header=row_header,
        columns=[label for _, label in ATTENDANCE_COLUMNS] + [_("Taux de présence")],
    )
    for key, label in [*rows, (TOTAL, TOTAL)]:
        row_cells = [cells[(key, column)] for column, _ in ATTENDANCE_COLUMNS]
        present, absent = cells[(key, "present")], cells[(key, "absent")]
        rate = Cell(None)
        if present.hidden or absent.hidden:
            rate.hidden = MASKED
        elif present.value + absent.value:
            rate.value = round(100 * present.value / (present.value + absent.value))
        row_cells.append(RateCell(rate))
        table.rows.append(Row(label=label, cells=row_cells, is_total=key == TOTAL))
    return table, cells


class RateCell(Cell):
    def __init__(self, cell):
        super().__init__(cell.value, cell.hidden)

    @property
    def display(self):
        return f"{self.value} %" if self.value is not None and not self.hidden else super().display

    @property
    def csv(self):
        return f"{self.value} %" if self.value is not None and not self.hidden else super().csv


def attendance_tables(centre_id, period, labels_for, now=None):
    start, end = period.bounds()
    held = Q(is_cancelled=False, starts_at__gte=start, starts_at__lt=end)
    held &= Q(starts_at__lte=now or timezone.now())
    sessions = (
        _in_centre(Session.objects.filter(held), centre_id, "centre_id")
        .annotate(track_path=_session_course(), **_month("starts_at"))
        .values("track_path", "y", "m")
        .annotate(sessions=Count("pk"), places=Sum("places"))
        .order_by()
    )
    enrolments = (
        Enrolment.objects.filter(
            status=Enrolment.Status.ENROLLED,
            session__in=_in_centre(Session.objects.filter(held), centre_id, "centre_id"),
        )
        .annotate(track_path=_session_course("session__"), **_month("session__starts_at"))
        .values("track_path", "y", "m")
        .annotate(
            enrolled=Count("pk"),
            present=Count("pk", filter=Q(attended=True)),
            absent=Count("pk", filter=Q(attended=False)),
        )
        .order_by()
    )
    rows = list(sessions) + list(enrolments)
    labels = labels_for({row["track_path"] for row in rows})
    by_month, by_track = {}, {}
    for row in rows:
        month, track = (row["y"], row["m"]), _track_key(row["track_path"], labels)
        for column, _label in ATTENDANCE_COLUMNS:
            if column in row:
                by_month[(month, column)] = by_month.get((month, column), 0) + row[column]
                by_track[(track, column)] = by_track.get((track, column), 0) + row[column]
    month_table, cells = _attendance_table(
        slug="presence-mois",
        title=_("Présence aux ateliers, par mois"),
        row_header=_("Mois"),
        rows=month_columns(period),
        values=by_month,
    )
    month_table.chart_title = _("Présents par mois")
    month_table.chart = [(label, cells[(key, "present")]) for key, label in month_columns(period)]
    tracks = _tracks({row["track_path"] for row in rows}, labels)
    track_table, cells = _attendance_table(
        slug="presence-parcours",
        title=_("Présence aux ateliers, par parcours"),
        row_header=_("Parcours"),
        rows=tracks,
        values=by_track,
    )
    track_table.chart_title = _("Présents par parcours")
    track_table.chart = [(label, cells[(key, "present")]) for key, label in tracks]
    return [month_table, track_table]


def completion_tables(centre_id, period, labels_for):
    start, end = period.bounds()
    lessons = (
        LessonProgress.objects.filter(
            _counted_progress(centre_id), completed_at__gte=start, completed_at__lt=end
        )
        .annotate(course_path=_lesson_course(), **_month("completed_at"))
        .values("course_path", "y", "m")
        .annotate(n=Count("pk"))
        .order_by()
    )
    rows = [(row, "lessons") for row in lessons]
    rows += [(row, "courses") for row in _courses_completed(centre_id, start, end)]
    labels = labels_for({row["course_path"] for row, _ in rows})
    by_month, by_track = {}, {}
    for row, column in rows:
        month, track = (row["y"], row["m"]), _track_key(row["course_path"], labels)
        by_month[(month, column)] = by_month.get((month, column), 0) + row["n"]
        by_track[(track, column)] = by_track.get((track, column), 0) + row["n"]
    columns = [("lessons", _("Leçons terminées")), ("courses", _("Parcours terminés"))]
    description = _(
        "Un parcours est terminé quand toutes ses leçons en ligne le sont ; il compte dans le "
        "mois de sa dernière leçon terminée."
    )
    months = month_columns(period)
    month_table, cells = matrix(
        slug="lecons-mois",
        title=_("Leçons et parcours terminés, par mois"),
        description=description,
        row_header=_("Mois"),
        rows=months,
        columns=columns,
        values=by_month,
        row_totals=False,
    )
    _chart(
        month_table,
        _("Leçons terminées par mois"),
        cells,
        [((k, "lessons"), lab) for k, lab in months],
    )
    tracks = _tracks({row["course_path"] for row, _ in rows}, labels)
    track_table, cells = matrix(
        slug="lecons-parcours",
        title=_("Leçons et parcours terminés, par parcours"),
        description=description,
        row_header=_("Parcours"),
        rows=tracks,
        columns=columns,
        values=by_track,
        row_totals=False,
    )
    _chart(
        track_table,
        _("Leçons terminées par parcours"),
        cells,
        [((k, "lessons"), lab) for k, lab in tracks],
    )
    return [month_table, track_table]


def centre_figures(*, centre_id, period, now=None):
    """Every figure of the dashboard, for one centre (or all when centre_id is None)."""
    labels_for = _track_labels  # one query for each group of tables that names tracks
    return (
        visitor_tables(centre_id, period)
        + learner_tables(centre_id, period, labels_for)
        + attendance_tables(centre_id, period, labels_for, now=now)
        + completion_tables(centre_id, period, labels_for)
        + hooks.more_tables(centre_id, period)
    )


__all__ = ["Period", "centre_figures", "SMALL", "MASKED"]
