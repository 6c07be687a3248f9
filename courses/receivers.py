"""Every path that changes a course's live lessons (the editor, a scheduled publication, a
command, a move, a deletion) must refresh the course's duration: hence signals, not the admin's
hooks, which only see the editor."""

from .models import LessonPage
from .services import course_duration_refresh


def _parent_id(page):
    parent = page.get_parent() if page.depth and page.depth > 1 else None
    return parent.pk if parent is not None else None


def lesson_changed(sender, instance, **kwargs):
    instance = getattr(instance, "specific", instance)
    if isinstance(instance, LessonPage):
        parent_id = _parent_id(instance)
        if parent_id:
            course_duration_refresh(course_id=parent_id)


def lesson_moved(sender, instance, parent_page_before=None, parent_page_after=None, **kwargs):
    if not isinstance(getattr(instance, "specific", instance), LessonPage):
        return
    for parent in {parent_page_before, parent_page_after}:
        if parent is not None:
            course_duration_refresh(course_id=parent.pk)
