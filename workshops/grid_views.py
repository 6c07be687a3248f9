"""The facilitators' progress pages: a grid of learners by lessons for a course or a session,
a page per learner, and their CSV exports. Facilitators see their own centre, admins all; a
facilitator of another centre gets a 404, so that nothing leaks."""

import datetime

from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe
from wagtail.models import Site

from accounts.permissions import (
    facilitator_required,
    learners_visible_to,
    visible_learner_or_404,
)
from courses.models import CoursePage

from . import grid as grid_reads
from . import grid_csv
from .permissions import sessions_managed_by


def site_courses(request):
    """The live courses of the site the request is for, in the site's order."""
    courses = CoursePage.objects.live()
    site = Site.find_for_request(request)
    if site is not None:
        courses = courses.descendant_of(site.root_page)
    return courses.order_by("path")


def recent_sessions(user, limit=12):
    """The centre's sessions around today, most recent first, for the index."""
    since = timezone.now() - datetime.timedelta(days=60)
    return list(
        sessions_managed_by(user)
        .filter(starts_at__gte=since, is_cancelled=False)
        .select_related("track")
        .order_by("-starts_at")[:limit]
    )


@facilitator_required
@require_safe
def grid_index(request):
    return render(
        request,
        "workshops/grid_index.html",
        {"courses": list(site_courses(request)), "sessions": recent_sessions(request.user)},
    )


def _course_grid(request, course_id):
    course = get_object_or_404(site_courses(request), pk=course_id)
    learners = grid_reads.learners_who_started(course, learners_visible_to(request.user))
    return grid_reads.course_grid(course=course, learners=learners)


@facilitator_required
@require_safe
def course_grid(request, course_id):
    return render(request, "workshops/grid_course.html", {"grid": _course_grid(request, course_id)})


@facilitator_required
@require_safe
def course_grid_csv(request, course_id):
    grid = _course_grid(request, course_id)
    name = f"suivi-{grid.course.title}-{grid_csv.today()}"
    return grid_csv.csv_response(grid_csv.grid_rows(grid), name=name)


def _session_grid(request, pk):
    session = get_object_or_404(
        sessions_managed_by(request.user).select_related("track", "room"), pk=pk
    )
    return grid_reads.session_grid(session)


@facilitator_required
@require_safe
def session_grid(request, pk):
    return render(request, "workshops/grid_session.html", {"result": _session_grid(request, pk)})


@facilitator_required
@require_safe
def session_grid_csv(request, pk):
    result = _session_grid(request, pk)
    starts = timezone.localtime(result.session.starts_at).strftime("%Y-%m-%d")
    name = f"suivi-seance-{result.session.title}-{starts}"
    return grid_csv.csv_response(grid_csv.session_rows(result), name=name)


@facilitator_required
@require_safe
def learner_report(request, pk):
    learner = visible_learner_or_404(request.user, pk)
    return render(
        request,
        "workshops/grid_learner.html",
        {"learner": learner, "report": grid_reads.learner_report(learner)},
    )


@facilitator_required
@require_safe
def learner_report_csv(request, pk):
    learner = visible_learner_or_404(request.user, pk)
    name = f"suivi-{learner.get_username()}-{grid_csv.today()}"
    return grid_csv.csv_response(
        grid_csv.report_rows(grid_reads.learner_report(learner)), name=name
    )
