"""What an exercise's template receives. Only what the type's ``prepare`` gives: the questions,
never the authoring value with its right answers."""

from django.urls import reverse
from pasapas.personal_parts import request_token

from . import records


def per_request(request, name, lesson, read):
    """read(user, lesson) once per page, kept on the request for every block of the lesson
    that needs it; {} for visitors."""
    user = getattr(request, "user", None)
    if lesson is None or user is None or not user.is_authenticated:
        return {}
    cache = request.__dict__.setdefault(name, {})
    if lesson.pk not in cache:
        cache[lesson.pk] = read(user, lesson)
    return cache[lesson.pk]


def results_for_lesson(request, lesson):
    """The signed-in person's results in this lesson, by exercise id: one query per page."""
    return per_request(request, "_exercise_results", lesson, records.exercise_results_in_lesson)


def csrf_token_for(request):
    """One token for all the forms of a page (exercises.unanswered puts it in cached ones)."""
    return request_token(request)


def _signed_in(request):
    return request is not None and request.user.is_authenticated


def exercise_context(request, exercise, lesson, *, answer=None, outcome=None, result=None):
    exercise_type, value = exercise.block
    if result is None:
        result = results_for_lesson(request, lesson).get(exercise.pk)
        if result is not None and answer is None and result.last_answer:
            # Back on the lesson: the last answer, with its corrections, as it was left.
            answer = result.last_answer
            outcome = exercise_type.score(value, answer)
    prefix = f"ex{exercise.pk}"
    passed = result.passed if result is not None else bool(outcome and exercise.passes(outcome))
    return {
        "exercise": exercise,
        "exercise_type": exercise_type,
        "prepared": exercise_type.prepare(value, exercise),
        "prefix": prefix,
        "answer": answer or {},
        "outcome": outcome,
        "outcome_passed": bool(outcome and exercise.passes(outcome)),
        "result": result,
        "passed": passed,
        "lesson": lesson,
        # An exercise previewed before it exists has nowhere to send answers yet.
        "post_url": reverse("exercises:answer", args=[exercise.pk]) if exercise.pk else "",
        # A visitor posts without a token (pasapas.http.csrf_for_signed_in): none in their page.
        "csrf_token": csrf_token_for(request) if _signed_in(request) else "",
        "preview": lesson is None,
    }
