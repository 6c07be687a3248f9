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


# --- Wagtail's own « Copier » (courses.wagtail_hooks, copying.copy_own_activities) ----------


def _wagtail_copy(client, page, slug, **fields):
    form = {
        "new_title": f"{page.title} (copie)",
        "new_slug": slug,
        "new_parent_page": page.get_parent().pk,
        **fields,
    }
    response = client.post(reverse("wagtailadmin_pages:copy", args=[page.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    return response


def _placed(lesson):
    """(exercise id, activity id) in the live content and in the latest revision."""
    found = []
    for version in (lesson, lesson.get_latest_revision_as_object()):
        ids = {block.block_type: block.value for block in version.body}
        found.append((ids["exercise"]["exercise"].pk, ids["h5p_activity"]["activity"].pk))
    return found


def test_wagtails_copy_of_a_course_gives_it_its_own_exercises_and_activities(client, world):
    client.force_login(world["facilitator"])
    response = _wagtail_copy(
        client, world["course"], "copie", copy_subpages="on", publish_copies="on"
    )
    assert "2 exercices ou activités H5P copiés avec la page" in " ".join(
        str(message) for message in response.wsgi_request._messages
    )
    copy = CoursePage.objects.get(slug="copie")
    lesson = LessonPage.objects.child_of(copy).order_by("path").first()
    (live, latest) = _placed(lesson)
    assert live == latest
    exercise_id, activity_id = live
    assert exercise_id != world["exercise"].pk and activity_id != world["activity"].pk
    copied = H5PActivity.objects.get(pk=activity_id)
    assert copied.content_key != world["activity"].content_key
    # The original still places its own.
    original = LessonPage.objects.get(pk=world["lessons"][0].pk)
    assert _placed(original)[0] == (world["exercise"].pk, world["activity"].pk)

    # Editing the copy's exercise in the admin, published, leaves the original's as it was.
    exercise = Exercise.objects.get(pk=exercise_id)
    exercise.title = "Mon exercice adapté"
    exercise.save_revision(user=world["facilitator"]).publish(user=world["facilitator"])
    assert Exercise.objects.get(pk=world["exercise"].pk).title == "Quel bouton ?"
    assert Exercise.objects.get(pk=world["exercise"].pk).live


def test_wagtails_copy_of_one_lesson_copies_its_exercise_once(client, world):
    lesson = world["lessons"][0]
    body = list(lesson.get_latest_revision_as_object().body.raw_data)
    body.append({"type": "exercise", "value": {"exercise": world["exercise"].pk, "required": True}})
    lesson.body = body
    lesson.save_revision().publish()
    exercises = Exercise.objects.count()
    client.force_login(world["facilitator"])
    _wagtail_copy(client, lesson, "lecon-copiee")
    copy = LessonPage.objects.get(slug="lecon-copiee")
    assert not copy.live
    placed = [
        block.value["exercise"].pk
        for block in copy.get_latest_revision_as_object().body
        if block.block_type == "exercise"
    ]
    assert len(placed) == 2 and len(set(placed)) == 1 and placed[0] != world["exercise"].pk
    assert Exercise.objects.count() == exercises + 1


def test_an_activity_whose_file_is_gone_stays_shared_and_the_copy_says_so(client, world):
    from exercises.h5p.storage import package_storage

    package_storage().delete(world["activity"].package.name)
    client.force_login(world["facilitator"])
    response = _wagtail_copy(client, world["course"], "copie", copy_subpages="on")
    messages = " ".join(str(message) for message in response.wsgi_request._messages)
    assert "1 exercice ou activité H5P copié" in messages
    assert "n'a pas pu être copiée et reste partagée avec l'original : Cartes." in messages
    lesson = LessonPage.objects.child_of(CoursePage.objects.get(slug="copie")).first()
    exercise_id, activity_id = _placed(lesson)[1]
    assert exercise_id != world["exercise"].pk and activity_id == world["activity"].pk


def test_an_alias_keeps_sharing_since_it_mirrors_its_original(client, world):
    exercises, activities = Exercise.objects.count(), H5PActivity.objects.count()
    client.force_login(world["facilitator"])
    _wagtail_copy(client, world["course"], "alias", copy_subpages="on", alias="on")
    alias = CoursePage.objects.get(slug="alias")
    assert alias.alias_of_id == world["course"].pk
    assert (Exercise.objects.count(), H5PActivity.objects.count()) == (exercises, activities)
