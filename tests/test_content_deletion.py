"""A careless facilitator deletes content learners used: a course, a lesson, an exercise, an H5P
activity, an image. Through the admin's real delete views and through the ORM, every learner
record stays as it was (only the link to the deleted thing empties), the figures read the same,
and the pages that list the records still answer 200, naming what was deleted."""

import datetime
import io
import json

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses.factories import ImageFactory
from exercises.factories import ExerciseFactory, place
from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_import
from exercises.h5p.tests.builders import build_package
from exercises.models import Exercise
from figures import selectors as figures
from mentoring.models import Message, Thread, Tip
from mentoring.services import question_ask, tip_approve, tip_submit
from progress.models import ExerciseAttempt, ExerciseResult, LessonProgress, XAPIStatement
from progress.services import exercise_attempt_record, lesson_complete, lesson_visit
from workshops.models import Room
from workshops.services import attendance_set, enrolment_add, session_create

ADL = "http://adlnet.gov/expapi/verbs/"


def _last_month():
    first = figures.add_months(timezone.localdate().replace(day=1), -1)
    tz = timezone.get_current_timezone()
    return datetime.datetime.combine(first.replace(day=10), datetime.time(14), tzinfo=tz)


@pytest.fixture
def used(people, settings, tmp_path):
    """A course whose lessons hold an image, an exercise and an H5P activity, each used by a
    learner who finished the course, asked a question, got a certificate and came to a
    session of that track; a mentor's tip on the first lesson."""
    settings.MEDIA_ROOT = tmp_path / "media"
    course, lessons = people["course"], people["lessons"]
    learner, mentor = people["learner_a"], people["mentor"]
    image = ImageFactory()
    exercise = ExerciseFactory(title="Cliquer sur le bouton")
    body = list(lessons[0].body.raw_data)
    body.append({"type": "image", "value": {"image": image.pk, "caption": "Le bureau"}})
    lessons[0].body = body
    place(lessons[0], exercise)
    activity = h5p_package_import(source=io.BytesIO(build_package())).activity
    activity.title = "Le quiz H5P"
    activity.save()
    body = list(lessons[1].body.raw_data)
    body.append({"type": "h5p_activity", "value": {"activity": activity.pk, "required": True}})
    lessons[1].body = body
    lessons[1].save_revision().publish()

    when = _last_month()
    for lesson in lessons:
        lesson_visit(user=learner, lesson=lesson)
    exercise_attempt_record(
        user=learner, lesson=lessons[0], exercise=exercise, score=1.0, passed=True, answer={"a": 1}
    )
    client = Client()
    client.force_login(learner)
    statement = {
        "actor": {"account": {"name": "x", "homePage": "http://h5p"}},
        "verb": {"id": f"{ADL}answered", "display": {"en-US": "answered"}},
        "object": {"id": f"http://testserver/h5p/activite/{activity.pk}/"},
        "result": {"score": {"raw": 1, "max": 1, "min": 0}, "success": True},
    }
    response = client.post(
        f"/h5p/activite/{activity.pk}/xapi/",
        json.dumps({"lesson": lessons[1].pk, "statement": statement}),
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson, now=when)
    LessonProgress.objects.filter(user=learner).update(started_at=when)
    thread = question_ask(learner=learner, lesson=lessons[0], text="Où est le bouton ?")
    tip = tip_submit(mentor=mentor, lesson=lessons[0], text="Prenez votre temps.")
    tip_approve(reviewer=people["facilitator"], tip=tip)
    certificate = certificate_issue(user=learner, course=course)
    room = Room.objects.create(centre=people["centre"], name="Espace Atelier")
    session = session_create(
        centre=people["centre"],
        title="Internet",
        room=room,
        starts_at=when,
        ends_at=when + datetime.timedelta(minutes=90),
        track=course,
        now=when - datetime.timedelta(days=7),
    )
    enrolment = enrolment_add(session=session, user=learner, now=when)
    attendance_set(enrolment=enrolment, attended=True)
    return {
        "client": client,
        "course": course,
        "lessons": lessons,
        "image": image,
        "exercise": exercise,
        "activity": activity,
        "thread": thread,
        "tip": tip,
        "certificate": certificate,
    }


def records(learner):
    """Everything the learner did, as plain values, without the links to content."""
    return {
        "progress": sorted(
            LessonProgress.objects.filter(user=learner).values_list(
                "started_at", "completed_at", "finishes_course"
            )
        ),
        "results": sorted(
            (r.source, r.title, r.lesson_name, r.attempts, r.best_score, r.passed_at)
            for r in ExerciseResult.objects.filter(user=learner)
        ),
        "attempts": sorted(
            ExerciseAttempt.objects.filter(result__user=learner).values_list("score", "passed")
        ),
        "statements": XAPIStatement.objects.filter(user=learner).count(),
        "threads": [(t.lesson_name, t.step_label) for t in Thread.objects.filter(learner=learner)],
        "messages": list(Message.objects.filter(author=learner).values_list("text", flat=True)),
        "tips": [(t.lesson_name, t.text, t.status) for t in Tip.objects.all()],
        "certificates": list(
            Certificate.objects.filter(user=learner).values_list("code", "course_title")
        ),
    }


def figures_of(centre):
    tables = figures.centre_figures(centre_id=centre.pk, period=figures.Period.last_twelve_months())
    return [
        (table.slug, [(str(row.label), [cell.value for cell in row.cells]) for row in table.rows])
        for table in tables
    ]


def delete_in_admin(admin_client, kind, used):
    target = used[kind]
    if kind in ("course", "lessons"):
        page = target if kind == "course" else target[0]
        url = f"/admin/pages/{page.pk}/delete/"
    elif kind == "image":
        url = f"/admin/images/{target.pk}/delete/"
    elif kind == "exercise":
        url = f"/admin/snippets/exercises/exercise/delete/{target.pk}/"
    else:
        url = f"/admin/snippets/h5p/h5pactivity/delete/{target.pk}/"
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url)
    assert response.status_code == 302, response.content[:500]


def delete_in_orm(kind, used):
    target = used[kind]
    if kind == "lessons":
        target = target[0]
    target.delete()


GONE = {
    "course": lambda used: Page.objects.filter(pk=used["course"].pk).exists(),
    "lessons": lambda used: Page.objects.filter(pk=used["lessons"][0].pk).exists(),
    "exercise": lambda used: Exercise.objects.filter(pk=used["exercise"].pk).exists(),
    "activity": lambda used: H5PActivity.objects.filter(pk=used["activity"].pk).exists(),
    "image": lambda used: get_image_model().objects.filter(pk=used["image"].pk).exists(),
}


@pytest.mark.parametrize(
    "kind, way",
    [
        ("course", "admin"),
        ("lessons", "admin"),
        ("exercise", "admin"),
        ("activity", "admin"),
        ("image", "admin"),
        ("course", "orm"),
        ("exercise", "orm"),
        ("activity", "orm"),
    ],
)
def test_deleting_content_keeps_every_record_and_the_figures(used, people, kind, way):
    learner, centre = people["learner_a"], people["centre"]
    before, figures_before = records(learner), figures_of(centre)
    assert before["results"] and before["statements"] and before["threads"]
    if way == "admin":
        admin = Client()
        admin.force_login(people["admin"])
        delete_in_admin(admin, kind, used)
    else:
        delete_in_orm(kind, used)
    assert not GONE[kind](used)
    assert records(learner) == before
    assert figures_of(centre) == figures_before

    # The pages that list the records still answer, and name what was deleted.
    client = used["client"]
    for url in ("/mon-parcours/", "/mes-questions/", f"/questions/{used['thread'].pk}/"):
        response = client.get(url)
        assert response.status_code == 200, url
    page = client.get("/mon-parcours/").content.decode()
    assert "Cliquer sur le bouton" in page and "Le quiz H5P" in page
    data = client.get("/mon-compte/mes-donnees.json")
    assert data.status_code == 200
    exported = json.loads(b"".join(data.streaming_content) if data.streaming else data.content)
    assert "Cliquer sur le bouton" in json.dumps(exported, ensure_ascii=False)
    certificate = used["certificate"]
    assert client.get(f"/attestation/verifier/{certificate.code}/").status_code == 200
    mentor = Client()
    mentor.force_login(people["mentor"])
    assert mentor.get("/mes-apprenants/").status_code == 200
    staff = Client()
    staff.force_login(people["facilitator"])
    for url in ("/animation/chiffres/", "/animation/chiffres/export.csv", "/animation/questions/"):
        assert staff.get(url).status_code == 200, url
    if kind in ("image", "exercise", "activity"):
        # The lessons that held the deleted thing still render for the learner.
        for lesson in used["lessons"][:2]:
            assert client.get(lesson.url).status_code == 200, kind


def test_the_progress_sheet_lists_a_deleted_lesson_under_its_course(used, people):
    from progress.selectors import progress_sheet

    learner = people["learner_a"]
    lesson = used["lessons"][0]
    title, course_title = lesson.title, used["course"].title
    used["course"].delete()  # the course takes its lessons with it
    sheet = progress_sheet(learner)
    assert [course.title for course in sheet] == [course_title]
    assert title in [name for name, _ in sheet[0].lessons]
    assert [r.title for r in sheet[0].exercises] == ["Cliquer sur le bouton", "Le quiz H5P"]
    row = LessonProgress.objects.get(user=learner, lesson_title=title)
    assert row.lesson_id is None and row.course_page_id == used["course"].pk
