"""The demo's course « Animer un atelier numérique » is for facilitators only: from the attacker's
side, a learner, a mentor and a visitor can neither open it nor find it (catalogue, search, tags,
« Par où commencer », the offline list, its exercises); the admin's dashboard opens on its
lesson « Comment écrire une leçon »."""

import pytest
from django.test import Client
from django.urls import reverse

from courses.models import CoursePage, LessonPage
from demo.content import facilitators
from demo.loader import DemoLoader
from exercises.models import Exercise
from offline.headers import LESSON_HEADER
from progress.models import ExerciseResult

TITLE = facilitators.TRACK["title"]


@pytest.fixture
def track(people):
    loader = DemoLoader()
    loader._collection = loader.collection()
    catalogue = loader.catalogue(loader.home())
    course = loader.course(catalogue, facilitators.TRACK)
    for lesson in facilitators.TRACK["lessons"]:
        loader.lesson(course, facilitators.TRACK, lesson)
    return course


def client_for(people, role):
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    return client


OUTSIDERS = ["learner_a", "mentor", "anonymous"]


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_cannot_open_it(track, people, role):
    client = client_for(people, role)
    lesson = LessonPage.objects.child_of(track).first()
    for url in (track.url, lesson.url):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert TITLE not in response.content.decode()


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_cannot_find_it(track, people, role):
    client = client_for(people, role)
    lesson_titles = [lesson["title"] for lesson in facilitators.TRACK["lessons"]]
    pages = [
        "/",
        track.get_parent().url,
        "/recherche/?q=Animer",
        "/recherche/?q=leçon",
        "/recherche/?q=capture",
        reverse("positioning:start"),
    ]
    for url in pages:
        html = client.get(url, follow=True).content.decode()
        assert TITLE not in html, url
        assert not any(title in html for title in lesson_titles), url


@pytest.mark.parametrize("role", OUTSIDERS)
def test_outsiders_cannot_answer_its_exercises(track, people, role):
    client = client_for(people, role)
    lesson = LessonPage.objects.child_of(track).first()
    exercise_id = next(
        block.value["exercise"].pk for block in lesson.body if block.block_type == "exercise"
    )
    response = client.post(reverse("exercises:answer", args=[exercise_id]), {"lesson": lesson.pk})
    assert response.status_code == 400
    assert not ExerciseResult.objects.exists()


def test_facilitators_read_it_and_it_is_never_saved_offline(track, people):
    client = client_for(people, "facilitator")
    assert TITLE in client.get(track.url).content.decode()
    lessons = list(LessonPage.objects.child_of(track).live())
    assert len(lessons) == 6
    for lesson in lessons:
        response = client.get(lesson.url)
        assert response.status_code == 200
        assert LESSON_HEADER not in response  # a shared PC never lists it as saved
    # A lesson of a public course still is.
    assert LESSON_HEADER in client.get(people["lessons"][0].url)


def test_the_dashboard_opens_on_how_to_write_a_lesson(track, people):
    html = client_for(people, "facilitator").get(reverse("wagtailadmin_home")).content.decode()
    guide = LessonPage.objects.get(slug=facilitators.WRITING_LESSON_SLUG)
    assert "data-writing-guide" in html
    # The first panel of the dashboard, before Wagtail's own.
    first_panel = html.index('class="w-panel"')
    assert html.index("data-writing-guide") - first_panel < 100
    assert f'href="{guide.url}"' in html
    add = reverse("wagtailadmin_pages:add", args=("courses", "lessonpage", track.pk))
    assert add in html  # « Ajouter une leçon » straight from the dashboard


def test_no_add_link_without_the_right_to_add(track, people, django_user_model):
    from accounts.roles import ensure_facilitator_group

    # An admin user outside the page tree's permissions sees the guide, not the add links.
    user = django_user_model.objects.create_user("sans-pages", password="x")
    group = ensure_facilitator_group()
    user.user_permissions.add(*group.permissions.all())
    client = Client()
    client.force_login(user)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-writing-guide" in html
    assert "data-add-lesson-list" not in html


def test_its_duration_is_the_sum_of_its_lessons(track):
    course = CoursePage.objects.get(pk=track.pk)
    expected = sum(lesson["duration_minutes"] for lesson in facilitators.TRACK["lessons"])
    assert course.duration_minutes == expected
    assert Exercise.objects.filter(live=True).count() == 6
