"""Fixtures shared by every app's tests and the cross-app journeys."""

import pytest
from wagtail.models import Site

from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.models import HomePage


@pytest.fixture
def home(db):
    """The home page the first migration puts at the root of the default site."""
    return HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)


@pytest.fixture
def catalogue(home):
    return CourseIndexPageFactory(parent=home, slug="ateliers")


@pytest.fixture
def make_course(catalogue):
    def make(lessons=3, **kwargs):
        course = CoursePageFactory(parent=catalogue, **kwargs)
        pages = [LessonPageFactory(parent=course) for _ in range(lessons)]
        return course, pages

    return make
