"""« Copier dans mon centre »: a whole, independent copy, only ever into one's own centre."""

import io

import pytest
from django.urls import reverse
from pasapas.archives import ArchiveError

from courses.exchange.copying import centre_catalogue, course_copy_to_centre
from courses.factories import CourseIndexPageFactory
from courses.models import CoursePage, LessonPage
from exercises.factories import ExerciseFactory, place
from exercises.h5p.models import H5PActivity
from exercises.h5p.tests.builders import build_package
from exercises.models import Exercise


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p"


@pytest.fixture
def world(people, catalogue, home):
    """The shared catalogue, one catalogue per centre, a course with an exercise and an H5P
    activity (its library installed by an administrator beforehand)."""
    from exercises.h5p.services import h5p_package_import

    ours = CourseIndexPageFactory(parent=home, slug="espace", centre=people["centre"])
    theirs = CourseIndexPageFactory(parent=home, slug="mediatheque", centre=people["other_centre"])
    exercise = ExerciseFactory(title="Quel bouton ?")
    activity = h5p_package_import(source=io.BytesIO(build_package()), title="Cartes").activity
    lesson = people["lessons"][0]
    place(lesson, exercise)
    body = list(lesson.body.raw_data)
    body.append({"type": "h5p_activity", "value": {"activity": activity.pk, "required": True}})
    lesson.body = body
    lesson.save_revision().publish()
    return {**people, "ours": ours, "theirs": theirs, "exercise": exercise, "activity": activity}


def _copied_exercise(copy):
    lesson = LessonPage.objects.child_of(copy).order_by("path").first()
    lesson = lesson.get_latest_revision_as_object()
    ids = {b.block_type: b.value for b in lesson.body}
    return ids["exercise"]["exercise"], ids["h5p_activity"]["activity"]


def test_a_facilitator_copies_a_course_into_their_centre_and_edits_it_alone(world):
    report = course_copy_to_centre(course=world["course"], user=world["facilitator"])
    copy = report.course
    assert copy.get_parent().pk == world["ours"].pk and not copy.live
    assert LessonPage.objects.child_of(copy).count() == 3
    exercise, activity = _copied_exercise(copy)
    assert exercise.pk != world["exercise"].pk and activity.pk != world["activity"].pk
    assert activity.content_key != world["activity"].content_key
    exercise.title = "Mon exercice adapté"
    exercise.save()
    assert Exercise.objects.get(pk=world["exercise"].pk).title == "Quel bouton ?"
    H5PActivity.objects.filter(pk=activity.pk).update(title="Ma version")
    assert H5PActivity.objects.get(pk=world["activity"].pk).title == "Cartes"


def test_each_facilitator_reaches_their_own_centre_only(world):
    assert centre_catalogue(world["facilitator"]).pk == world["ours"].pk
    assert centre_catalogue(world["other_facilitator"]).pk == world["theirs"].pk
    # A mentor or a learner has a centre, but no catalogue through the scope rule.
    assert centre_catalogue(world["mentor"]) is None
    assert centre_catalogue(world["learner_a"]) is None
    with pytest.raises(ArchiveError, match="pas encore de catalogue"):
        course_copy_to_centre(course=world["course"], user=world["mentor"])


def test_without_a_centre_catalogue_the_copy_is_refused_and_nothing_stored(world):
    world["ours"].centre = None
    world["ours"].save()
    pages = CoursePage.objects.count()
    with pytest.raises(ArchiveError, match="pas encore de catalogue"):
        course_copy_to_centre(course=world["course"], user=world["facilitator"])
    assert CoursePage.objects.count() == pages


def test_the_admin_asks_then_copies_and_never_takes_a_destination(client, world):
    client.force_login(world["other_facilitator"])
    url = reverse("pasapas_course_copy", args=[world["course"].pk])
    asked = client.get(url)
    assert (
        "Médiathèque".encode() in asked.content or world["theirs"].title.encode() in asked.content
    )
    # A destination slipped into the post is ignored: the copy lands in the person's centre.
    response = client.post(url, {"parent": world["ours"].pk, "centre": world["centre"].pk})
    assert response.status_code == 302
    assert CoursePage.objects.child_of(world["ours"]).count() == 0
    assert CoursePage.objects.child_of(world["theirs"]).count() == 1


@pytest.mark.parametrize("who", ["learner_a", "mentor"])
def test_people_who_cannot_edit_courses_cannot_copy(client, world, who):
    client.force_login(world[who])
    pages = CoursePage.objects.count()
    response = client.post(reverse("pasapas_course_copy", args=[world["course"].pk]))
    assert response.status_code == 302
    assert CoursePage.objects.count() == pages
