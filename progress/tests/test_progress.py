"""Progress: started on visit, « J'ai terminé », resume, Mon parcours, robustness."""

import threading

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import LessonPageFactory
from progress import selectors, services
from progress.models import LessonProgress


@pytest.fixture
def learner_client(client, people):
    client.force_login(people["learner_a"])
    return client


def test_visiting_a_lesson_starts_it_only_when_signed_in(client, people):
    lesson = people["lessons"][0]
    client.get(lesson.url)
    assert not LessonProgress.objects.exists()
    client.force_login(people["learner_a"])
    client.get(lesson.url)
    client.get(lesson.url)
    row = LessonProgress.objects.get()
    assert row.user == people["learner_a"] and row.completed_at is None


def test_done_button_completes_once(learner_client, people):
    lesson = people["lessons"][0]
    html = learner_client.get(lesson.url).content.decode()
    assert "J&#x27;ai terminé cette leçon" in html or "J'ai terminé cette leçon" in html
    url = f"/progression/lecon/{lesson.pk}/terminee/"
    response = learner_client.post(url)
    assert response.status_code == 302 and response["Location"].startswith(lesson.url)
    first = LessonProgress.objects.get().completed_at
    learner_client.post(url)
    assert LessonProgress.objects.count() == 1
    assert LessonProgress.objects.get().completed_at == first
    html = learner_client.get(lesson.url).content.decode()
    assert "Leçon terminée" in html
    assert "Bravo" in html


@pytest.mark.parametrize("page_id", [0, 999_999])
def test_done_on_an_unknown_lesson_is_a_404(learner_client, page_id):
    assert learner_client.post(f"/progression/lecon/{page_id}/terminee/").status_code == 404
    assert not LessonProgress.objects.exists()


def test_done_on_a_draft_or_a_course_is_a_404(learner_client, people):
    lesson = people["lessons"][1]
    lesson.unpublish()
    assert learner_client.post(f"/progression/lecon/{lesson.pk}/terminee/").status_code == 404
    course = people["course"]
    assert learner_client.post(f"/progression/lecon/{course.pk}/terminee/").status_code == 404
    assert not LessonProgress.objects.exists()


def test_done_needs_post(learner_client, people):
    lesson = people["lessons"][0]
    assert learner_client.get(f"/progression/lecon/{lesson.pk}/terminee/").status_code == 405


def test_done_without_csrf_is_refused(people):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(people["learner_a"])
    lesson = people["lessons"][0]
    assert client.post(f"/progression/lecon/{lesson.pk}/terminee/").status_code == 403
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()


@pytest.mark.parametrize("position", ["", "x" * 65, "b-1 OR 1=1", "<script>", "b/../../"])
def test_bad_position_is_refused(learner_client, people, position):
    lesson = people["lessons"][0]
    response = learner_client.post(
        f"/progression/lecon/{lesson.pk}/position/", {"position": position}
    )
    assert response.status_code == 400
    assert "Position inconnue" in response.content.decode()
    assert not LessonProgress.objects.exclude(position="").exists()


def test_home_offers_to_resume_at_the_exact_place(learner_client, people):
    first, second = people["lessons"][:2]
    learner_client.get(first.url)
    learner_client.get(second.url)
    block_id = f"b-{second.body[0].id}"
    response = learner_client.post(
        f"/progression/lecon/{second.pk}/position/", {"position": block_id}
    )
    assert response.status_code == 204
    html = learner_client.get("/").content.decode()
    assert f'href="{second.url}#{block_id}"' in html
    assert f"Reprendre : {second.title}" in html
    assert f'id="{block_id}"' in learner_client.get(second.url).content.decode()


def test_my_path_shows_an_accessible_progress_bar_and_what_is_next(learner_client, people):
    lessons = people["lessons"]
    for lesson in lessons[:2]:
        learner_client.post(f"/progression/lecon/{lesson.pk}/terminee/")
    html = learner_client.get("/mon-parcours/").content.decode()
    assert "2 leçons terminées sur 3" in html
    assert 'max="3" value="2"' in html
    assert f'href="{lessons[2].url}"' in html  # the next lesson
    learner_client.post(f"/progression/lecon/{lessons[2].pk}/terminee/")
    assert "Atelier terminé" in learner_client.get("/mon-parcours/").content.decode()


def test_progress_survives_rename_move_and_reorder(learner_client, people, make_course):
    lessons = people["lessons"]
    learner_client.post(f"/progression/lecon/{lessons[0].pk}/terminee/")
    lessons[0].title = "Un tout autre titre"
    lessons[0].save_revision().publish()
    lessons[2].move(lessons[0], pos="left")
    html = learner_client.get("/mon-parcours/").content.decode()
    assert "1 leçon terminée sur 3" in html
    other_course, _ = make_course(lessons=1)
    lessons[0].refresh_from_db()
    lessons[0].move(other_course, pos="last-child")
    html = learner_client.get("/mon-parcours/").content.decode()
    assert "1 leçon terminée sur 2" in html  # the moved lesson counts in its new course
    assert "sur 3" not in html  # the old course no longer counts it


def test_unpublished_or_deleted_lessons_do_not_break_pages(learner_client, people):
    lessons = people["lessons"]
    for lesson in lessons:
        learner_client.get(lesson.url)
    learner_client.post(f"/progression/lecon/{lessons[0].pk}/terminee/")
    lessons[2].unpublish()  # the last one visited
    lessons[0].delete()
    assert learner_client.get("/").status_code == 200
    html = learner_client.get("/mon-parcours/").content.decode()
    assert "0 leçon terminée sur 1" in html  # French: 0 takes the singular
    assert f"Reprendre : {lessons[1].title}" in learner_client.get("/").content.decode()


def test_my_path_queries_do_not_grow_with_records(client, people, make_course):
    learner = people["learner_a"]
    courses = [make_course(lessons=10) for _ in range(4)]
    all_lessons = [lesson for _, lessons in courses for lesson in lessons]
    for lesson in all_lessons[:4]:
        services.lesson_complete(user=learner, lesson=lesson)
    client.force_login(learner)

    def count(url):
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    few = count("/mon-parcours/"), count("/"), count(courses[0][0].url)
    last_lessons = {lessons[-1].pk for _, lessons in courses}
    for lesson in all_lessons[4:]:
        if lesson.pk not in last_lessons:  # keep a next lesson in each course
            services.lesson_complete(user=learner, lesson=lesson)
    assert (count("/mon-parcours/"), count("/"), count(courses[0][0].url)) == few


def test_services_are_idempotent(people):
    learner, lesson = people["learner_a"], people["lessons"][0]
    for _ in range(3):
        services.lesson_visit(user=learner, lesson=lesson)
        services.lesson_complete(user=learner, lesson=lesson)
    assert LessonProgress.objects.count() == 1
    assert selectors.courses_progress(learner)[0].done == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrency needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_many_threads_completing_the_same_lesson_leave_one_row(make_course):
    from django.contrib.auth import get_user_model
    from django.db import connections

    learner = get_user_model().objects.create_user("rapide", password="x")
    course, lessons = make_course(lessons=2)
    lesson = LessonPageFactory(parent=course)
    barrier = threading.Barrier(12)
    errors = []

    def click():
        try:
            barrier.wait()
            services.lesson_complete(user=learner, lesson=lesson)
            services.lesson_visit(user=learner, lesson=lessons[0])
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=click) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert LessonProgress.objects.filter(user=learner, lesson_id=lesson.pk).count() == 1
    assert LessonProgress.objects.filter(user=learner).count() == 2
    progress = selectors.courses_progress(learner)[0]
    assert (progress.done, progress.total) == (1, 3)


def test_course_page_ticks_the_lessons_done(learner_client, people):
    lessons = people["lessons"]
    learner_client.post(f"/progression/lecon/{lessons[1].pk}/terminee/")
    html = learner_client.get(people["course"].url).content.decode()
    assert html.count("lesson-list__item--done") == 1
    assert "terminée</span>" in html


def test_a_late_position_from_the_previous_lesson_does_not_move_resume(learner_client, people):
    first, second = people["lessons"][:2]
    learner_client.get(first.url)
    learner_client.get(second.url)
    # The browser sends the first lesson's position as it leaves it, after the second opened.
    learner_client.post(f"/progression/lecon/{first.pk}/position/", {"position": "b-late"})
    assert f"Reprendre : {second.title}" in learner_client.get("/").content.decode()


def test_the_completion_that_finishes_a_course_says_so_once(people):
    learner, lessons = people["learner_a"], people["lessons"]
    for lesson in lessons[:-1]:
        assert not services.lesson_complete(user=learner, lesson=lesson).finishes_course
    assert services.lesson_complete(user=learner, lesson=lessons[-1]).finishes_course
    # A lesson added later and completed: the course was already counted.
    extra = LessonPageFactory(parent=people["course"])
    assert not services.lesson_complete(user=learner, lesson=extra).finishes_course
    assert LessonProgress.objects.filter(user=learner, finishes_course=True).count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="real concurrency needs PostgreSQL")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_tabs_finishing_the_last_lessons_together_count_the_course_once(make_course):
    from django.contrib.auth import get_user_model
    from django.db import connections

    learner = get_user_model().objects.create_user("deux-onglets", password="x")
    for attempt in range(5):
        course, lessons = make_course(lessons=2)
        barrier = threading.Barrier(2)
        errors = []

        def finish(lesson, barrier=barrier, errors=errors):
            try:
                barrier.wait()
                services.lesson_complete(user=learner, lesson=lesson)
            except Exception as error:  # noqa: BLE001 (collected and asserted below)
                errors.append(error)
            finally:
                connections.close_all()

        threads = [threading.Thread(target=finish, args=(lesson,)) for lesson in lessons]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        finished = LessonProgress.objects.filter(
            user=learner, lesson__in=[lesson.pk for lesson in lessons], finishes_course=True
        )
        assert finished.count() == 1, attempt


def test_the_migration_marks_the_courses_already_completed(people):
    """Rows written before the fact was kept: the completion that finished each course (all
    its live lessons done) is marked once, as the figures counted it until then."""
    import datetime
    import importlib

    from django.apps import apps
    from django.utils import timezone

    migration = importlib.import_module(
        "progress.migrations.0005_completions_that_finished_a_course"
    )
    learner, other, lessons = people["learner_a"], people["learner_b"], people["lessons"]
    now = timezone.now()
    for days, lesson in enumerate(lessons):
        LessonProgress.objects.create(
            user=learner, lesson=lesson, completed_at=now - datetime.timedelta(days=10 - days)
        )
    LessonProgress.objects.create(user=other, lesson=lessons[0], completed_at=now)
    migration.mark(apps, None)
    finished = LessonProgress.objects.filter(finishes_course=True)
    assert list(finished.values_list("user", "lesson")) == [(learner.pk, lessons[-1].pk)]
