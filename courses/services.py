"""Writes of the content app that follow from another change (the pages themselves are written
by Wagtail's editor)."""

from .models import CoursePage


def course_duration_refresh(*, course_id):
    """A course's duration follows its live lessons unless its author set one: called when a
    lesson is published, unpublished, moved or deleted. A plain update: no new revision."""
    course = CoursePage.objects.filter(pk=course_id).first()
    if course is None:
        return
    minutes = course.duration_override or course.lessons_minutes()
    if minutes != course.duration_minutes:
        CoursePage.objects.filter(pk=course_id).update(duration_minutes=minutes)
