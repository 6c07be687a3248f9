from wagtail import hooks

from . import services


@hooks.register("before_serve_page")
def record_lesson_visit(page, request, serve_args, serve_kwargs):
    """A signed-in person opening a lesson starts it, and it becomes where to resume."""
    from courses.models import LessonPage

    if isinstance(page, LessonPage) and request.user.is_authenticated:
        # Kept on the request: the page's « J'ai terminé » box reads it without a new query.
        request.lesson_progress = services.lesson_visit(user=request.user, lesson=page)
