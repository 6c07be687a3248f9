"""Reads that feed the public pages, each in a constant number of queries."""

import re
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


# A word, with its inner apostrophes (« l'ordinateur »); everything else typed is left out.
SEARCH_WORD = re.compile(r"\w+(?:['’]\w+)*")


def search_words(query):
    """The words of what was typed, nothing else: the database's own query language (FTS5 on
    SQLite, tsquery on PostgreSQL) must never read a quote, a bracket, a star or a NOT typed by
    a visitor as one of its operators (a lone « " » was a server error on SQLite)."""
    return " ".join(SEARCH_WORD.findall(query or ""))


def search_content(query, *, limit=50):
    """Courses and lessons matching a query, live and public only."""
    query = search_words(query)
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
