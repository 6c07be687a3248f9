from wagtail import hooks

from courses.hooks import LESSON_SERVED
from progress.hooks import LESSON_COMPLETED
from workshops.hooks import ATTENDANCE_TAKEN

from . import capture


@hooks.register(LESSON_SERVED)
def tell_lesson_opened(page, request, response):
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and response.status_code == 200:
        capture.lesson_opened(user=user, lesson=page)


@hooks.register(LESSON_COMPLETED)
def tell_lesson_completed(progress):
    capture.lesson_completed(progress=progress)


@hooks.register(ATTENDANCE_TAKEN)
def tell_attendance(enrolment):
    capture.attendance_taken(enrolment=enrolment)
