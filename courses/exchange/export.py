"""A course as one file: its pages as JSON, with the originals of its images and documents,
its exercises and its H5P packages, numbered within the file (docs/course-exchange.md).
Only reads: the site is unchanged by an export."""

import io
import json
import posixpath
import zipfile

from django.conf import settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.models import CoursePage, GlossaryTerm, LessonPage
from exercises.h5p.models import H5PActivity
from exercises.h5p.storage import package_storage
from exercises.models import Exercise

from .format import (
    ACTIVITIES,
    DOCUMENTS,
    EXERCISES,
    FORMAT,
    IMAGES,
    KINDS,
    MANIFEST,
    TERMS,
    VERSION,
    remap,
    without_page_links,
)

MODELS = {
    IMAGES: get_image_model,
    DOCUMENTS: get_document_model,
    EXERCISES: lambda: Exercise,
    ACTIVITIES: lambda: H5PActivity,
    TERMS: lambda: GlossaryTerm,
}


class LocalIds:
    """Site keys → ids within the file, in the order they are met (1, 2, 3…)."""

    def __init__(self):
        self.ids = {kind: {} for kind in KINDS}

    def __call__(self, kind, value):
        try:
            key = int(value)
        except (TypeError, ValueError):
            return None
        return self.ids[kind].setdefault(key, len(self.ids[kind]) + 1)

    def objects(self, kind):
        """The (local id, object) pairs still on the site, in local id order."""
        keys = self.ids[kind]
        found = MODELS[kind]().objects.in_bulk(list(keys))
        return sorted(((keys[pk], obj) for pk, obj in found.items()), key=lambda pair: pair[0])


def _tags(page):
    return sorted(tag.name for tag in page.tags.all())


def _course_json(course, ids):
    return {
        "type": "course",
        "title": course.title,
        "slug": course.slug,
        "summary": course.summary,
        "objectives": course.objectives,
        "duration_minutes": course.duration_minutes,
        "level": course.level,
        "audience": course.audience,
        "prerequisites": course.prerequisites,
        "cover_image": ids(IMAGES, course.cover_image_id) if course.cover_image_id else None,
        "tags": _tags(course),
    }


def _lesson_json(lesson, ids):
    block = LessonPage._meta.get_field("body").stream_block
    return {
        "type": "lesson",
        "title": lesson.title,
        "slug": lesson.slug,
        "summary": lesson.summary,
        "objectives": lesson.objectives,
        "duration_minutes": lesson.duration_minutes,
        "tags": _tags(lesson),
        "body": without_page_links(remap(block, lesson.body.raw_data, ids)),
    }


def exercise_json(exercise, ids, *, page_links=False):
    """An exercise's fields, its references changed by ids(kind, value); links to pages kept
    only within the same site (page_links)."""
    block = Exercise._meta.get_field("body").stream_block
    body = remap(block, exercise.body.raw_data, ids)
    return {
        "title": exercise.title,
        "instructions": exercise.instructions,
        "body": body if page_links else without_page_links(body),
        "hint": exercise.hint,
        "success_feedback": exercise.success_feedback,
        "pass_mark": exercise.pass_mark,
    }


def activity_json(activity):
    return {
        "title": activity.title,
        "pass_mark": activity.pass_mark,
        "done_when_viewed": activity.done_when_viewed,
    }


def activity_package(activity):
    """The activity's .h5p file, as it was uploaded."""
    with package_storage().open(activity.package.name, "rb") as source:
        return source.read()


def _dump(data):
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode()


def _extension(name):
    return posixpath.splitext(name)[1].lower()


def course_export(course: CoursePage) -> bytes:
    """The course's file (a zip), as its pages are now (the latest revision of each, so a
    draft is shared as the author sees it)."""
    course = course.get_latest_revision_as_object()
    ids = LocalIds()
    lessons = [
        lesson.get_latest_revision_as_object()
        for lesson in LessonPage.objects.child_of(course).order_by("path")
    ]
    pages = [_course_json(course, ids)] + [_lesson_json(lesson, ids) for lesson in lessons]
    # Exercises first: their bodies may point at images too.
    exercises = [(local, exercise_json(obj, ids)) for local, obj in ids.objects(EXERCISES)]
    buffer = io.BytesIO()
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "site": {
            "name": getattr(settings, "WAGTAIL_SITE_NAME", ""),
            "url": settings.WAGTAILADMIN_BASE_URL,
        },
        "exported_at": timezone.now().isoformat(timespec="seconds"),
        "pages": [],
        IMAGES: [],
        DOCUMENTS: [],
        EXERCISES: [],
        ACTIVITIES: [],
        TERMS: [],
    }
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, page in enumerate(pages):
            name = f"pages/{number}.json"
            archive.writestr(name, _dump(page))
            manifest["pages"].append(name)
        for local, data in exercises:
            name = f"exercises/{local}.json"
            archive.writestr(name, _dump(data))
            manifest[EXERCISES].append({"id": local, "file": name})
        for local, image in ids.objects(IMAGES):
            name = f"images/{local}{_extension(image.file.name)}"
            with image.open_file() as source:
                archive.writestr(name, source.read())
            manifest[IMAGES].append(
                {"id": local, "file": name, "title": image.title, "alt": image.description}
            )
        for local, document in ids.objects(DOCUMENTS):
            name = f"documents/{local}{_extension(document.file.name)}"
            with document.open_file() as source:
                archive.writestr(name, source.read())
            manifest[DOCUMENTS].append({"id": local, "file": name, "title": document.title})
        for local, activity in ids.objects(ACTIVITIES):
            name = f"activities/{local}.h5p"
            archive.writestr(name, activity_package(activity), zipfile.ZIP_STORED)
            manifest[ACTIVITIES].append({"id": local, "file": name, **activity_json(activity)})
        for local, term in ids.objects(TERMS):
            manifest[TERMS].append({"id": local, "term": term.term, "definition": term.definition})
        archive.writestr(MANIFEST, _dump(manifest))
    return buffer.getvalue()


def export_filename(course):
    return f"{course.slug}.pasapas.zip"
