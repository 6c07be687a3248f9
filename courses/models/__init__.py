"""Course content: pages (home, catalogue, course, lesson), tags and the glossary."""

from .catalogue import CourseIndexPage
from .course import CoursePage
from .glossary import GlossaryTerm
from .home import HomePage
from .lesson import LessonPage
from .tags import CourseTag, LessonTag

__all__ = [
    "CourseIndexPage",
    "CoursePage",
    "CourseTag",
    "GlossaryTerm",
    "HomePage",
    "LessonPage",
    "LessonTag",
]
