"""Reads for the facilitators' progress grid: learners by lessons for a course or a session, and
everything one learner did, each in a constant number of queries.

Progress and results are loaded in bulk for all the people and lessons at once, then laid out in
Python: a group of 8 or a centre of 300 costs the same number of queries."""

from dataclasses import dataclass, field

from django.db.models import Max, Q
from django.utils.translation import gettext as _

from courses.models import CoursePage, LessonPage
from progress.models import ExerciseResult, LessonProgress

from .models import Enrolment

NOT_STARTED = "not_started"
STARTED = "started"
COMPLETED = "completed"


@dataclass
class Cell:
    """One learner in one lesson."""

    lesson: LessonPage
    state: str = NOT_STARTED
    started_at: object = None
    completed_at: object = None
    best_percent: int | None = None

    @property
    def date(self):
        """The date that matters: when it was finished, or else when it was begun."""
        return self.completed_at or self.started_at


@dataclass
class Row:
    learner: object
    cells: list = field(default_factory=list)

    @property
    def completed(self):
        return sum(1 for cell in self.cells if cell.state == COMPLETED)

    @property
    def started(self):
        """Begun and not finished yet."""
        return sum(1 for cell in self.cells if cell.state == STARTED)

    @property
    def percent(self):
        return round(100 * self.completed / len(self.cells)) if self.cells else 0

    @property
    def best_average(self):
        """The mean of the best exercise scores, over the lessons where there is one."""
        scores = [cell.best_percent for cell in self.cells if cell.best_percent is not None]
        return round(sum(scores) / len(scores)) if scores else None


@dataclass
class Column:
    number: int
    lesson: LessonPage
    completed: int = 0
    started: int = 0


@dataclass
class Grid:
    course: CoursePage
    columns: list = field(default_factory=list)
    rows: list = field(default_factory=list)


def learner_name(user):
    return user.get_full_name() or user.get_username()


def course_lessons(course):
    """The course's live lessons, in their order (one query)."""
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def course_grid(*, course, learners):
    """Rows of learners (in the order given) by columns of the course's live lessons.

    Three queries, plus one when `learners` is a queryset to read."""
    learners = list(learners)
    lessons = course_lessons(course)
    columns = [Column(number=n, lesson=lesson) for n, lesson in enumerate(lessons, start=1)]
    grid = Grid(course=course, columns=columns)
    if not learners or not lessons:
        grid.rows = [
            Row(learner=learner, cells=[Cell(lesson=lesson) for lesson in lessons])
            for learner in learners
        ]
        return grid
    user_ids = [learner.pk for learner in learners]
    lesson_ids = [lesson.pk for lesson in lessons]
    progress = {
        (user_id, lesson_id): (started_at, completed_at)
        for user_id, lesson_id, started_at, completed_at in LessonProgress.objects.filter(
            user_id__in=user_ids, lesson_id__in=lesson_ids
        ).values_list("user_id", "lesson_id", "started_at", "completed_at")
    }
    best = {
        (row["user_id"], row["lesson_id"]): row["best"]
        for row in ExerciseResult.objects.filter(user_id__in=user_ids, lesson_id__in=lesson_ids)
        .values("user_id", "lesson_id")
        .annotate(best=Max("best_score"))
    }
    for learner in learners:
        row = Row(learner=learner)
        for column in columns:
            cell = Cell(lesson=column.lesson)
            dates = progress.get((learner.pk, column.lesson.pk))
            if dates is not None:
                cell.started_at, cell.completed_at = dates
                cell.state = COMPLETED if cell.completed_at else STARTED
            score = best.get((learner.pk, column.lesson.pk))
            if score is not None:
                cell.best_percent = round(100 * score)
            if cell.state == COMPLETED:
                column.completed += 1
            elif cell.state == STARTED:
                column.started += 1
            row.cells.append(cell)
        grid.rows.append(row)
    return grid


def learners_who_started(course, learners):
    """Those of `learners` (a queryset) who opened at least one lesson of the course."""
    started = LessonProgress.objects.filter(
        lesson__path__startswith=course.path, lesson__depth=course.depth + 1
    ).values("user_id")
    return learners.filter(pk__in=started).order_by("first_name", "last_name", "username")


def session_learners(session):
    """The people enrolled (not waiting) in a session, in order of enrolment (one query)."""
    rows = (
        Enrolment.objects.filter(
            session=session, status=Enrolment.Status.ENROLLED, user__isnull=False
        )
        .select_related("user")
        .order_by("created_at", "pk")
    )
    return [row.user for row in rows]


@dataclass
class SessionGrid:
    session: object
    learners: list
    grid: Grid | None = None
    message: str = ""


def session_grid(session):
    """The session's enrolled learners by the lessons of its track; without a track, the
    learners and a message saying why there is no grid."""
    learners = session_learners(session)
    track = session.track if session.track_id else None
    if track is None or not track.live:
        return SessionGrid(
            session=session,
            learners=learners,
            message=_(
                "Cette séance n'a pas de parcours : choisissez-en un dans la séance pour voir "
                "la progression du groupe."
            ),
        )
    return SessionGrid(
        session=session, learners=learners, grid=course_grid(course=track, learners=learners)
    )


@dataclass
class ReportLesson:
    number: int
    lesson: LessonPage
    state: str = NOT_STARTED
    started_at: object = None
    completed_at: object = None
    last_visited_at: object = None
    results: list = field(default_factory=list)  # ExerciseResult, oldest first


@dataclass
class ReportCourse:
    course: CoursePage
    lessons: list = field(default_factory=list)

    @property
    def completed(self):
        return sum(1 for item in self.lessons if item.state == COMPLETED)

    @property
    def total(self):
        return len(self.lessons)


def learner_report(learner):
    """Every course the learner touched (a lesson opened or an exercise answered), with each
    live lesson's state, dates and exercise results. Four queries whatever their history."""
    steplen = LessonPage.steplen
    progress = {
        row.lesson_id: row
        # The lesson's path tells its course: no page objects are built for it.
        # Lessons deleted since are not on the sheet of live courses (their rows stay).
        for row in LessonProgress.objects.filter(user=learner, lesson__isnull=False)
        .select_related("lesson")
        .only("lesson", "started_at", "completed_at", "last_visited_at", "lesson__path")
    }
    results = list(
        ExerciseResult.objects.filter(user=learner, lesson__isnull=False)
        .select_related("exercise", "activity", "scorm", "lesson")
        .only(
            "lesson",
            "exercise",
            "activity",
            "scorm",
            "lesson__path",
            "attempts",
            "best_score",
            "passed_at",
            "first_at",
            "last_at",
            "exercise__title",
            "activity__title",
            "scorm__title",
            "item_title",
        )
        .order_by("first_at", "pk")
    )
    paths = {row.lesson.path[:-steplen] for row in progress.values()}
    paths |= {result.lesson.path[:-steplen] for result in results}
    if not paths:
        return []
    courses = list(CoursePage.objects.live().filter(path__in=paths).order_by("path"))
    if not courses:
        return []
    children = Q()
    for course in courses:
        children |= Q(path__startswith=course.path, depth=course.depth + 1)
    lessons = LessonPage.objects.live().filter(children).order_by("path")
    by_lesson = {}
    for result in results:
        by_lesson.setdefault(result.lesson_id, []).append(result)
    report = {course.path: ReportCourse(course=course) for course in courses}
    for lesson in lessons:
        item = report[lesson.path[:-steplen]]
        line = ReportLesson(number=len(item.lessons) + 1, lesson=lesson)
        row = progress.get(lesson.pk)
        if row is not None:
            line.started_at = row.started_at
            line.completed_at = row.completed_at
            line.last_visited_at = row.last_visited_at
            line.state = COMPLETED if row.completed_at else STARTED
        line.results = by_lesson.get(lesson.pk, [])
        item.lessons.append(line)
    return list(report.values())
