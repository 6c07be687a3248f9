"""An exercise a learner has not answered yet looks the same to every signed-in learner of
that lesson: its HTML is kept in the shared cache and only the CSRF token is the person's
(issue 25: the exercises were most of a signed-in lesson's rendering). Once the person has a
result, the exercise shows their answer and score, and is rendered for them alone.

The key holds the exercises' stamp (any exercise saved or deleted renews it), the pictures'
drawings stamp, the lesson, whether passing is required there, and the language."""

from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from pasapas import kept
from pasapas.personal_parts import csrf_stand_in

from images.stamp import annotations_stamp

from .cached_chooser import chosen_stamp
from .rendering import csrf_token_for, results_for_lesson

TIMEOUT = 300


def render(render_whole, value, context):
    """The block's HTML, from the shared cache when it can be; `render_whole()` otherwise."""
    context = context or {}
    request, lesson = context.get("request"), context.get("page")
    exercise = value.get("exercise")
    if (
        request is None
        or lesson is None
        or exercise is None
        or not exercise.live
        or getattr(request, "is_preview", False)
        or not request.user.is_authenticated
        or exercise.pk in results_for_lesson(request, lesson)
    ):
        return render_whole()
    key = ":".join(
        str(part)
        for part in (
            "unanswered-exercise",
            chosen_stamp("exercises.Exercise"),
            annotations_stamp(),
            exercise.pk,
            lesson.pk,
            int(bool(value.get("required"))),
            get_language(),
        )
    )
    token = csrf_token_for(request)
    shared = kept.get(key, TIMEOUT)
    if shared is None:
        html = render_whole()
        kept.set(key, str(html).replace(token, csrf_stand_in()), TIMEOUT)
        return html
    return mark_safe(shared.replace(csrf_stand_in(), token))  # noqa: S308 - our own rendering
