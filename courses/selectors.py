"""Reads that feed the public pages, each in a constant number of queries."""

import unicodedata

from django.db.models import Q
from taggit.models import Tag

from .models import CoursePage, GlossaryTerm, LessonPage


def course_titles_for(lessons):
    """Map each lesson to its course title in one query (for search and tag lists)."""
    parent_paths = {lesson.path[: -LessonPage.steplen] for lesson in lessons}
    courses = CoursePage.objects.filter(path__in=parent_paths).values_list("path", "title")
    titles = dict(courses)
    return {lesson.pk: titles.get(lesson.path[: -LessonPage.steplen], "") for lesson in lessons}


def search_content(query, *, limit=50):
    """Courses and lessons matching a query, live and public only."""
    if not query:
        return [], []
    courses = list(CoursePage.objects.live().public().search(query)[:limit])
    lessons = list(LessonPage.objects.live().public().search(query)[:limit])
    titles = course_titles_for(lessons)
    for lesson in lessons:
        lesson.course_title = titles[lesson.pk]
    return courses, lessons


def tagged_content(tag):
    courses = list(
        CoursePage.objects.live().public().filter(tagged_items__tag=tag).order_by("path")
    )
    lessons = list(
        LessonPage.objects.live().public().filter(tagged_items__tag=tag).order_by("path")
    )
    titles = course_titles_for(lessons)
    for lesson in lessons:
        lesson.course_title = titles[lesson.pk]
    return courses, lessons


def tags_in_use():
    """Tags used by at least one live course or lesson, for the list of themes."""
    live_courses = CoursePage.objects.live().public().values("pk")
    live_lessons = LessonPage.objects.live().public().values("pk")
    return (
        Tag.objects.filter(
            Q(courses_coursetag_items__content_object__in=live_courses)
            | Q(courses_lessontag_items__content_object__in=live_lessons)
        )
        .distinct()
        .order_by("name")
    )


def _folded(text):
    """ "Écran" files under E, beside "Email": the order a French reader expects."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def glossary_by_letter():
    """[(letter, [terms])], in French alphabetical order, accents aside."""
    groups = {}
    for term in sorted(GlossaryTerm.objects.all(), key=lambda t: _folded(t.term)):
        first = _folded(term.term)[:1].upper()
        groups.setdefault(first if first.isalpha() else "#", []).append(term)
    return list(groups.items())
