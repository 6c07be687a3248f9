from wagtail import hooks

from courses.hooks import LESSON_SERVED

from .headers import mark_lesson


@hooks.register(LESSON_SERVED)
def keep_for_offline_reading(page, request, response):
    """The offline worker keeps the lessons a learner opened, and only those."""
    mark_lesson(response, page.title)
