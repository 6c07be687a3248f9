"""Mon parcours, and the learner's progress writes (« J'ai terminé », position)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import LessonPage

from . import selectors, services
from .hooks import my_path_context


@login_required
def my_path(request):
    return render(
        request,
        "progress/my_path.html",
        {
            "courses": selectors.courses_progress(request.user),
            "resume": selectors.resume_point(request.user),
            "exercise_results": selectors.recent_exercise_results(request.user),
            "sheet": selectors.progress_sheet(request.user),
            **my_path_context(request),
        },
    )


def _live_lesson(page_id):
    return get_object_or_404(LessonPage.objects.live(), pk=page_id)


@login_required
@require_POST
def lesson_done(request, page_id):
    lesson = _live_lesson(page_id)
    services.lesson_complete(user=request.user, lesson=lesson)
    messages.success(request, _("Bravo ! Cette leçon est terminée."))
    return redirect(lesson.url + "#fin-de-lecon")


@login_required
@require_POST
def lesson_position(request, page_id):
    lesson = _live_lesson(page_id)
    try:
        services.lesson_position_set(
            user=request.user, lesson=lesson, position=request.POST.get("position", "")
        )
    except ValueError:
        return HttpResponseBadRequest(
            _("Position inconnue dans la leçon."),
            content_type="text/plain; charset=utf-8",
        )
    return HttpResponse(status=204)
