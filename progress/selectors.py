"""Reads about progress, each in a constant number of queries however many records a learner
has: the pages that show them stay as fast at 500 lessons done as at 5."""

from dataclasses import dataclass, field

from django.db.models import Q
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from pasapas.prepared import PreparedQuery

from courses.models import CoursePage, LessonPage
from exercises.placement import required_titles_in_lessons

from .models import ExerciseResult, H5PState, LessonProgress, ScormAttempt


@dataclass
class RequiredLeft:
    """An activity marked « à réussir » in a course that the person has not passed yet."""

    title: str
    lesson: LessonPage
    anchor: str


@dataclass
class CourseProgress:
    course: CoursePage
    total: int = 0
    done: int = 0
    next_lesson: LessonPage | None = None
    required_left: list = field(default_factory=list)  # RequiredLeft, in lesson order

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def finished(self):
        """Every live lesson completed (« J'ai terminé » or its exercises passed)."""
        return self.total > 0 and self.done >= self.total

    @property
    def lessons_left(self):
        return max(self.total - self.done, 0)

    @property
    def complete(self):
        """What a certificate needs: every lesson completed and every « à réussir » activity
        of the course passed."""
        return self.finished and not self.required_left


def lesson_state(user, lesson):
    if not user.is_authenticated:
        return None
    return LessonProgress.objects.filter(user=user, lesson_id=lesson.pk).first()


def resume_point(user):
    """Where « Reprendre » leads: the lesson last visited, at the place it was left; when that
    lesson is finished, the next unfinished lesson of its course, else the latest unfinished
    lesson visited elsewhere (None when every lesson visited is finished)."""
    if not user.is_authenticated:
        return None
    rows = LessonProgress.objects.filter(user=user, lesson__live=True).order_by(
        "-last_visited_at", "-pk"
    )
    last = rows.values_list("lesson_id", "position", "completed_at").first()
    if last is None:
        return None
    lesson_id, position, completed_at = last
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    if lesson is None:
        return None
    if completed_at is None:
        return {"lesson": lesson, "position": position}
    done = LessonProgress.objects.filter(user=user, completed_at__isnull=False)
    following = (
        LessonPage.objects.live()
        .child_of(lesson.get_parent())
        .exclude(pk__in=done.filter(lesson__isnull=False).values("lesson_id"))
        .order_by("path")
    )
    after = following.filter(path__gt=lesson.path).first() or following.first()
    if after is not None:
        return {"lesson": after, "position": ""}
    elsewhere = rows.filter(completed_at__isnull=True).values_list("lesson_id", "position")
    for other_id, other_position in elsewhere[:1]:
        other = LessonPage.objects.live().filter(pk=other_id).first()
        if other is not None:
            return {"lesson": other, "position": other_position}
    return None


def courses_progress(user):
    """Each course the person started: done / total live lessons and the next lesson.

    Seven queries at most whatever the number of records; lessons are read as plain rows
    (building hundreds of page objects would cost more than the SQL), and only the next
    lessons and those holding an activity still to pass are loaded as pages."""
    rows = list(
        LessonProgress.objects.filter(user=user, lesson__isnull=False).values_list(
            "lesson_id", "lesson__path", "completed_at"
        )
    )
    if not rows:
        return []
    steplen = LessonPage.steplen
    course_paths = {path[:-steplen] for _, path, _ in rows}
    completed = {lesson_id for lesson_id, _, completed_at in rows if completed_at}
    courses = list(CoursePage.objects.live().filter(path__in=course_paths).order_by("path"))
    if not courses:
        return []
    # Lessons are the children of the courses: select them by their parent's path.
    in_courses = Q()
    for depth in {course.depth for course in courses}:
        in_courses |= Q(
            depth=depth + 1,
            parent_path__in=[course.path for course in courses if course.depth == depth],
        )
    lesson_rows = (
        LessonPage.objects.live()
        .annotate(parent_path=Substr("path", 1, Length("path") - steplen))
        .filter(in_courses)
        .order_by("path")
        .values_list("pk", "path", "body")
    )
    progress = {course.path: CourseProgress(course=course) for course in courses}
    next_ids = {}
    course_of = {}
    bodies = {}
    for lesson_id, path, body in lesson_rows:
        item = progress[path[:-steplen]]
        course_of[lesson_id] = item
        bodies[lesson_id] = body.raw_data
        item.total += 1
        if lesson_id in completed:
            item.done += 1
        elif item.course.path not in next_ids:
            next_ids[item.course.path] = lesson_id
    left = _required_left(user, required_titles_in_lessons(bodies))
    pages = LessonPage.objects.in_bulk(set(next_ids.values()) | {row[0] for row in left})
    for course_path, lesson_id in next_ids.items():
        progress[course_path].next_lesson = pages.get(lesson_id)
    for lesson_id, kind, pk, title in left:
        if lesson_id in pages:
            prefix = {"exercise": "exercice", "h5p_activity": "activite-h5p"}.get(kind, "scorm")
            course_of[lesson_id].required_left.append(
                RequiredLeft(title=title, lesson=pages[lesson_id], anchor=f"{prefix}-{pk}")
            )
    return list(progress.values())


def _required_left(user, required):
    """(lesson id, kind, pk, title) of the required activities not passed, in lesson order
    (one query)."""
    if not required:
        return []
    passed = set()
    rows = ExerciseResult.objects.filter(
        user=user, lesson_id__in=list(required), passed_at__isnull=False
    ).values_list("lesson_id", "exercise_id", "activity_id", "scorm_id")
    for lesson_id, exercise_id, activity_id, scorm_id in rows:
        if exercise_id:
            passed.add((lesson_id, "exercise", exercise_id))
        if activity_id:
            passed.add((lesson_id, "h5p_activity", activity_id))
        if scorm_id:
            passed.add((lesson_id, "scorm_package", scorm_id))
    return [
        (lesson_id, kind, pk, title)
        for lesson_id, items in required.items()
        for kind, pk, title in items
        if (lesson_id, kind, pk) not in passed
    ]


def progress_summary_for(users):
    """Lessons started and completed per person, for a facilitator's list, in one query."""
    from django.db.models import Count

    counts = (
        LessonProgress.objects.filter(user__in=users)
        .values("user_id")
        .annotate(started=Count("id"), completed=Count("completed_at"))
    )
    return {row["user_id"]: row for row in counts}


def completed_lesson_ids(user, lessons):
    if not user.is_authenticated or not lessons:
        return set()
    return set(
        LessonProgress.objects.filter(
            user=user, lesson_id__in=[lesson.pk for lesson in lessons], completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )


def _exercise_results(shape, user_id, lesson_id):
    return ExerciseResult.objects.filter(
        user_id=user_id, lesson_id=lesson_id, exercise__isnull=False
    )


# Read on every signed-in lesson page: built once (pasapas.prepared).
_EXERCISE_RESULTS = PreparedQuery(_exercise_results)


def exercise_results_in_lesson(user, lesson):
    """The person's results in one lesson, by exercise id (one query)."""
    return {
        result.exercise_id: result
        for result in _EXERCISE_RESULTS.instances("lesson", user.pk, lesson.pk)
    }


def h5p_results_in_lesson(user, lesson):
    """The person's H5P results in one lesson, by activity id (one query)."""
    return {
        result.activity_id: result
        for result in ExerciseResult.objects.filter(
            user=user, lesson_id=lesson.pk, activity__isnull=False
        )
    }


def recent_exercise_results(user, limit=8):
    """The latest exercises and H5P activities the person answered, for Mon parcours (one query)."""
    return list(
        ExerciseResult.objects.filter(user=user)
        .select_related("exercise", "activity", "scorm", "lesson")
        .order_by("-last_at")[:limit]
    )


@dataclass
class SheetCourse:
    """One course on the printed progress sheet: lessons done and exercises passed, dated."""

    title: str
    lessons: list = field(default_factory=list)  # (title, completed_at)
    exercises: list = field(default_factory=list)  # ExerciseResult, passed


def progress_sheet(user):
    """What the learner takes home on paper, by course, in three queries however long their
    history: completed lessons, passed exercises and H5P activities, the courses' titles.
    Lessons deleted since still count, under the titles kept when they were deleted."""
    steplen = LessonPage.steplen
    shown = Q(lesson__live=True) | Q(lesson__isnull=True)
    lessons = list(
        LessonProgress.objects.filter(shown, user=user, completed_at__isnull=False)
        .order_by("lesson__path", "completed_at", "pk")
        .values_list(
            "lesson__path",
            "lesson__title",
            "lesson_title",
            "course_page_id",
            "course_title",
            "completed_at",
        )
    )
    results = list(
        ExerciseResult.objects.filter(shown, user=user, passed_at__isnull=False)
        .select_related("exercise", "activity", "scorm", "lesson")
        .order_by("lesson__path", "passed_at", "pk")
    )
    paths = {row[0][:-steplen] for row in lessons if row[0]}
    paths |= {result.lesson.path[:-steplen] for result in results if result.lesson_id}
    kept_ids = {row[3] for row in lessons if not row[0] and row[3]}
    kept_ids |= {result.course_page_id for result in results if not result.lesson_id}
    courses = CoursePage.objects.live().filter(Q(path__in=paths) | Q(pk__in=kept_ids - {None}))
    path_of = {}
    sheet = {}
    for pk, path, title in sorted(courses.values_list("pk", "path", "title"), key=lambda c: c[1]):
        path_of[pk] = path
        sheet[path] = SheetCourse(title=title)

    def course_for(path, course_page_id, course_title):
        if path:  # a live lesson: its course, when that is live too
            return sheet.get(path[:-steplen])
        key = path_of.get(course_page_id) or ("kept", course_page_id, course_title)
        if key not in sheet:
            sheet[key] = SheetCourse(title=course_title or _("Parcours supprimé"))
        return sheet[key]

    for path, title, kept_title, course_page_id, course_title, completed_at in lessons:
        course = course_for(path, course_page_id, course_title)
        if course is not None:
            course.lessons.append((title or kept_title, completed_at))
    for result in results:
        path = result.lesson.path if result.lesson_id else None
        course = course_for(path, result.course_page_id, result.course_title)
        if course is not None:
            course.exercises.append(result)
    return list(sheet.values())


def people_with_records(*, pages=(), exercises=(), activities=()):
    """How many people have progress or results on these pages (and the lessons under them),
    exercises or H5P activities: what the admin says before a deletion (two queries)."""
    on_pages = Q()
    for page in pages:
        on_pages |= Q(lesson__path__startswith=page.path)
    on_items = Q(exercise__in=[e.pk for e in exercises]) | Q(
        activity__in=[a.pk for a in activities]
    )
    people = set()
    if pages:
        people |= set(
            LessonProgress.objects.filter(on_pages, user__isnull=False).values_list(
                "user_id", flat=True
            )
        )
    people |= set(
        ExerciseResult.objects.filter(on_pages | on_items if pages else on_items)
        .filter(user__isnull=False)
        .values_list("user_id", flat=True)
    )
    return len(people)


def h5p_states_in_lesson(user, lesson):
    """The learner's saved places in a lesson's H5P activities, by activity id."""
    return dict(
        H5PState.objects.filter(user=user, lesson_id=lesson.pk).values_list("activity_id", "state")
    )


def scorm_results_in_lesson(user, lesson):
    """The person's SCORM results in one lesson, by package id (one query)."""
    return {
        result.scorm_id: result
        for result in ExerciseResult.objects.filter(
            user=user, lesson_id=lesson.pk, scorm__isnull=False
        )
    }


def scorm_attempts_in_lesson(user, lesson):
    """The person's latest attempt at each SCO of the lesson's SCORM packages,
    {package id: {sco: attempt}} (one query)."""
    latest = {}
    for attempt in ScormAttempt.objects.filter(user=user, lesson_id=lesson.pk).order_by("number"):
        latest.setdefault(attempt.package_id, {})[attempt.sco] = attempt
    return latest
