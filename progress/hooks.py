"""The Wagtail hooks through which apps of a higher layer add to the learner's own pages (they
register, progress calls): learner records never import them (docs/architecture.md)."""

from wagtail import hooks

# fn(request) -> dict: more context for « Mon parcours » (one query or so each).
MY_PATH_CONTEXT = "pasapas_my_path_context"


def my_path_context(request):
    context = {}
    for hook in hooks.get_hooks(MY_PATH_CONTEXT):
        context.update(hook(request))
    return context


# fn(progress=): a lesson was completed for the first time (a LessonProgress row, completed_at
# set). Called by progress.services.lesson_complete, whatever completed it.
LESSON_COMPLETED = "pasapas_lesson_completed"


def lesson_completed(*, progress):
    for hook in hooks.get_hooks(LESSON_COMPLETED):
        hook(progress=progress)
