"""The one endpoint where answers arrive, are checked strictly, scored and stored."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from pasapas.http import PostRefused, check_post, csrf_for_signed_in, csrf_refusal, wants_json

from . import records
from .models import Exercise
from .placement import answerable_lesson, required_in_lesson
from .registry import AnswerError
from .rendering import exercise_context

MAX_BODY = 16 * 1024  # a few choices or lines of text
# A practice document to attach: a phone photo is often 3 to 5 MB. Its size is checked (and
# refused kindly) by the type; only a post far beyond any honest one is cut short here.
MAX_BODY_WITH_FILES = 12 * 1024 * 1024
IGNORED_FIELDS = {"csrfmiddlewaretoken", "lesson"}


def _refuse(request, message, lesson=None):
    if wants_json(request):
        return JsonResponse({"error": message}, status=400)
    back_url = lesson.url if lesson is not None else "/"
    return HttpResponseBadRequest(
        render_to_string(
            "exercises/refused.html", {"message": message, "back_url": back_url}, request=request
        )
    )


def _lesson_with(exercise, lesson_id, request):
    """The live lesson the post names, provided the exercise really is in it and the person
    may read the lesson (a course for facilitators only is not answered by a learner)."""
    lesson = answerable_lesson(request, lesson_id, "exercise", exercise.pk)
    return lesson, (required_in_lesson(lesson) if lesson else None)


def _strip(prefix, data):
    """Keep this exercise's fields, without their prefix; a field of any other exercise (or
    of none) means the post was not made by this exercise's form."""
    fields = MultiValueDict()
    for key in data:
        if key in IGNORED_FIELDS:
            continue
        if not key.startswith(prefix):
            raise AnswerError(_("La réponse contient un champ d'un autre exercice."))
        fields.setlist(key[len(prefix) :], data.getlist(key))
    return fields


def _expired(request):
    return _refuse(
        request,
        _("La page a expiré : rechargez-la, puis répondez de nouveau."),
    )


@csrf_refusal(_expired)
@csrf_for_signed_in
@require_POST
def answer(request, exercise_id):
    # Only the live version is ever scored: a draft waits in its revision, unpublished is gone.
    exercise = get_object_or_404(Exercise.objects.filter(live=True), pk=exercise_id)
    exercise_type, value = exercise.block
    cap = MAX_BODY_WITH_FILES if exercise_type.accepts_files else MAX_BODY
    try:
        check_post(
            request,
            max_bytes=cap,
            too_large=_("La réponse envoyée est trop grosse."),
        )
    except PostRefused as refused:
        return _refuse(request, refused.message)
    lesson, required = _lesson_with(exercise, request.POST.get("lesson"), request)
    if lesson is None:
        return _refuse(
            request,
            _("Cet exercice ne fait pas partie de cette leçon."),
        )
    prefix = f"ex{exercise.pk}-"
    try:
        data = _strip(prefix, request.POST)
        files = _strip(prefix, request.FILES)
        if files and not exercise_type.accepts_files:
            raise AnswerError(_("Cet exercice n'attend pas de fichier."))
        given = exercise_type.parse(value, data, files)
    except AnswerError as error:
        return _refuse(request, str(error), lesson)
    outcome = exercise_type.score(value, given)
    final = exercise_type.is_final(value, given)
    passed = final and exercise.passes(outcome)
    result = None
    lesson_completed = False
    if request.user.is_authenticated and final:
        result = records.exercise_attempt_record(
            user=request.user,
            lesson=lesson,
            exercise=exercise,
            score=outcome.score,
            passed=passed,
            answer=given,
        )
        if passed:
            row = records.lesson_complete_if_passed(
                user=request.user,
                lesson=lesson,
                required_exercise_ids=required.exercises,
                required_activity_ids=required.activities,
                required_scorm_ids=required.scorm,
            )
            lesson_completed = row is not None
    context = exercise_context(
        request, exercise, lesson, answer=given, outcome=outcome, result=result
    )
    context["lesson_completed"] = lesson_completed
    context["placed_required"] = exercise.pk in required.exercises
    context["just_answered"] = True
    if wants_json(request):
        html = render_to_string("exercises/exercise.html", context, request=request)
        return JsonResponse(
            {
                "html": html,
                "score": outcome.score,
                "passed": passed,
                "recorded": result is not None,
                "lesson_completed": lesson_completed,
            }
        )
    return render(request, "exercises/answer_page.html", context)
