"""Each page type renders, and can only be created where it belongs."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.models import CourseIndexPage, CoursePage, HomePage, LessonPage


class TestTreeRules(WagtailPageTestCase):
    def test_home_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {CourseIndexPage})

    def test_catalogue_only_under_home(self):
        self.assertAllowedParentPageTypes(CourseIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_course_only_in_catalogue(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {LessonPage})

    def test_lesson_only_in_course_and_has_no_children(self):
        self.assertAllowedParentPageTypes(LessonPage, {CoursePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_cannot_create_out_of_place(self):
        self.assertCanNotCreateAt(HomePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanCreateAt(CoursePage, LessonPage)

    def test_a_second_home_page_is_refused(self):
        # The first migration made one; max_count keeps it the only one.
        root = Page.get_first_root_node()
        assert not HomePage.can_create_at(root)


def test_home_page_renders_the_tracks(client, make_course):
    make_course(lessons=2, title="Les bases de l'ordinateur")
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Les bases de l&#x27;ordinateur" in html
    assert "2 leçons" in html
    assert '<html lang="fr">' in html


def test_catalogue_renders(client, make_course, catalogue):
    make_course(lessons=1, title="Naviguer sur Internet")
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert "Naviguer sur Internet" in response.content.decode()
    assert "1 leçon<" in response.content.decode()


def test_course_page_lists_lessons_in_tree_order(client, make_course):
    course, lessons = make_course(lessons=3, level="intermediate", audience="Retraités")
    # Move the last lesson first, as a facilitator would in the explorer.
    lessons[2].move(lessons[0], pos="left")
    response = client.get(course.url)
    html = response.content.decode()
    assert response.status_code == 200
    positions = [html.index(lesson.title) for lesson in (lessons[2], lessons[0], lessons[1])]
    assert positions == sorted(positions)
    assert "Intermédiaire" in html and "Retraités" in html
    assert "Commencer la première leçon" in html


def test_lesson_page_has_breadcrumbs_and_previous_next(client, make_course, catalogue):
    course, lessons = make_course(lessons=3)
    html = client.get(lessons[1].url).content.decode()
    assert f'href="{lessons[0].url}" rel="prev"' in html
    assert f'href="{lessons[2].url}" rel="next"' in html
    assert 'aria-label="Vous êtes ici"' in html
    assert f'href="{catalogue.url}"' in html and f'href="{course.url}"' in html
    assert "leçon 2 sur 3" in html


def test_last_lesson_leads_back_to_the_course(client, make_course):
    course, lessons = make_course(lessons=2)
    html = client.get(lessons[1].url).content.decode()
    assert 'rel="next"' not in html
    assert "est la dernière leçon" in html


def test_unpublished_lesson_is_skipped_in_navigation(client, make_course):
    course, lessons = make_course(lessons=3)
    lessons[1].unpublish()
    html = client.get(lessons[0].url).content.decode()
    assert f'href="{lessons[2].url}" rel="next"' in html
    assert client.get(lessons[1].url).status_code == 404
    assert lessons[1].title not in client.get(course.url).content.decode()


@pytest.mark.django_db
def test_unknown_address_gives_a_plain_french_404(client, home):
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Cette page est introuvable" in response.content.decode()


def test_course_index_factory_defaults(home):
    catalogue = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=catalogue)
    lesson = LessonPageFactory(parent=course)
    assert lesson.get_parent().specific == course


def test_french_even_when_the_browser_asks_for_english(client, home):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="fr">' in response.content.decode()


def test_english_when_chosen_on_the_site(client, home):
    response = client.post("/langue/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert '<html lang="en">' in html
    assert "Skip to content" in html


def test_unknown_language_choice_falls_back_to_french(client, home):
    client.cookies["pasapas_language"] = "xx"
    assert '<html lang="fr">' in client.get("/").content.decode()
