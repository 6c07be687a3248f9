"""« Copier dans mon centre »: a facilitator copies a course into their own centre's catalogue
to adapt it. The copy goes through the exchange format (export, then import), so it is whole
and independent: new lessons, images, exercises and H5P activities, never shared with the
original, so that editing the copy changes nothing elsewhere. The centre is always the
person's own (accounts.scope): there is no other destination to choose, nor to forge."""

import io
import posixpath
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from pasapas.archives import ArchiveError
from wagtail.models import Revision

from accounts.scope import EVERY_CENTRE, centre_ids
from courses.models import CourseIndexPage, CoursePage, LessonPage
from exercises.h5p.models import H5PActivity
from exercises.h5p.validation import PackageError
from exercises.models import Exercise

from .export import activity_json, activity_package, course_export, exercise_json
from .format import ACTIVITIES, EXERCISES, remap
from .importing import activity_import, course_import, exercise_from_data, exercise_publish_new


class CopyRefused(ArchiveError):
    """The copy cannot be made; .problems says why, in plain words."""


def centre_catalogue(user):
    """The catalogue of this person's own centre, or None. A superuser's own centre counts
    too; a facilitator's only if the scope rule gives it to them."""
    centre_id = getattr(user, "centre_id", None)
    if centre_id is None:
        return None
    ids = centre_ids(user)
    if ids is not EVERY_CENTRE and centre_id not in ids:
        return None
    return CourseIndexPage.objects.filter(centre_id=centre_id).order_by("path").first()


def course_copy_to_centre(*, course: CoursePage, user):
    """The copy, as a draft in the person's centre catalogue; CopyRefused otherwise."""
    catalogue = centre_catalogue(user)
    if catalogue is None:
        raise CopyRefused(
            [
                _(
                    "Votre centre n'a pas encore de catalogue à lui : demandez à un "
                    "administrateur d'en choisir un (champ « centre » du catalogue)."
                )
            ]
        )
    if not catalogue.permissions_for_user(user).can_add_subpage():
        raise CopyRefused([_("Vous ne pouvez pas ajouter de parcours dans ce catalogue.")])
    report = course_import(
        source=io.BytesIO(course_export(course)), parent=catalogue, user=user, publish=False
    )
    return report


# --- Wagtail's own « Copier » --------------------------------------------------------------
# Wagtail copies the pages and their revisions, but a lesson's blocks point at exercises and
# H5P activities by their keys: copied as they are, the copy and the original would share
# them, and editing the copy's exercise would change the original's. After the copy, each
# exercise and H5P activity the copied lessons place (now or in a revision) is copied once,
# with the exchange's own reading and writing of them, and the copies' blocks point at the
# new ones. Images, documents and glossary words stay shared, as Wagtail shares them.


@dataclass
class OwnActivities:
    exercises: int = 0
    activities: int = 0
    problems: list = field(default_factory=list)


def _same(kind, value):
    return value


class _Copier:
    def __init__(self, user, report):
        self.user, self.report = user, report
        self.new = {EXERCISES: {}, ACTIVITIES: {}}

    def __call__(self, kind, value):
        if kind not in self.new:
            return value
        try:
            key = int(value)
        except (TypeError, ValueError):
            return value
        if key not in self.new[kind]:
            self.new[kind][key] = self._copy(kind, key)
        return self.new[kind][key]

    def _copy(self, kind, key):
        if kind == EXERCISES:
            exercise = Exercise.objects.filter(pk=key).first()
            if exercise is None:  # deleted since: the block stays as it was
                return key
            data = exercise_json(exercise, _same, page_links=True)
            copy = exercise_from_data(data, data["body"])
            exercise_publish_new(copy, self.user)
            self.report.exercises += 1
            return copy.pk
        activity = H5PActivity.objects.filter(pk=key).first()
        if activity is None:
            return key
        try:
            result = activity_import(
                package=activity_package(activity),
                data=activity_json(activity),
                filename=posixpath.basename(activity.package.name),
                user=self.user,
            )
        except (PackageError, OSError):
            # The original's file cannot be read again: the copy keeps sharing it, and says so.
            self.report.problems.append(activity.title)
            return key
        result.activity.save(update_fields=["pass_mark", "done_when_viewed"])
        self.report.activities += 1
        return result.activity.pk


def copy_own_activities(*, page, user):
    """Gives the lessons at or under ``page`` (a copy just made) their own exercises and H5P
    activities, in their live content and every revision. Aliases keep sharing on purpose."""
    report = OwnActivities()
    if page.alias_of_id is not None:
        return report
    block = LessonPage._meta.get_field("body").stream_block
    copier = _Copier(user, report)
    with transaction.atomic():
        for lesson in LessonPage.objects.descendant_of(page, inclusive=True).order_by("path"):
            if lesson.alias_of_id is not None:
                continue
            lesson.body = remap(block, lesson.body.raw_data, copier)
            lesson.save(update_fields=["body"], clean=False)
            for revision in Revision.page_revisions.filter(object_id=str(lesson.pk)):
                version = revision.as_object()
                version.body = remap(block, version.body.raw_data, copier)
                revision.content = version.serializable_data()
                revision.save(update_fields=["content"])
    return report
