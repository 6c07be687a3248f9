from wagtail import hooks

from courses.hooks import LESSON_SERVED

from .headers import mark_lesson


@hooks.register(LESSON_SERVED)
def keep_for_offline_reading(page, request, response):
    """The offline worker keeps the lessons a learner opened, and only those; never a lesson
    kept for some people (the facilitators' course), which a shared centre PC would then show
    the next person in its list of saved lessons."""
    if page.restriction_ids():
        return
    mark_lesson(response, page.title)
