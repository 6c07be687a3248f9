"""A course exported from one site and imported into a fresh one; hostile files refused with
nothing stored (docs/course-exchange.md)."""

import base64
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from pasapas.archives import ArchiveError
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from courses.exchange.export import course_export
from courses.exchange.format import MANIFEST
from courses.exchange.importing import course_import
from courses.factories import GlossaryTermFactory, ImageFactory, LessonPageFactory
from courses.models import CoursePage, GlossaryTerm, LessonPage
from exercises.factories import ExerciseFactory
from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.tests.builders import build_package
from exercises.models import Exercise


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "site_a" / "media"
    settings.H5P_ROOT = tmp_path / "site_a" / "h5p"
    return tmp_path


def _files(root):
    return sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file())


@pytest.fixture
def course(make_course):
    """A course with two lessons: steps with a screenshot, a picture, an exercise, an H5P
    activity and a glossary word; a cover image."""
    from exercises.h5p.services import h5p_package_import

    course, lessons = make_course(lessons=0)
    cover = ImageFactory(title="Couverture", description="Un clavier et une souris.")
    shot = ImageFactory(
        title="Capture",
        description="Le bouton Démarrer.",
        file__width=64,
        file__height=48,
        file__color="orange",
    )
    course.cover_image = cover
    course.save_revision().publish()
    exercise = ExerciseFactory(title="Quel bouton ?")
    activity = h5p_package_import(source=io.BytesIO(build_package()), title="Cartes").activity
    term = GlossaryTermFactory(term="Navigateur", definition="Le programme qui ouvre le web.")
    first = LessonPageFactory(parent=course, title="Allumer", slug="allumer")
    first.body = [
        {"type": "text", "value": "<p>Bonjour.</p>"},
        {
            "type": "steps",
            "value": {
                "title": "Démarrer",
                "steps": [
                    {"instruction": "<p>Appuyez.</p>", "screenshot": shot.pk, "tip": "Doucement."}
                ],
            },
        },
        {"type": "image", "value": {"image": cover.pk, "alt_text": "", "caption": "Le clavier."}},
        {"type": "exercise", "value": {"exercise": exercise.pk, "required": True}},
    ]
    first.save_revision().publish()
    second = LessonPageFactory(parent=course, title="Naviguer", slug="naviguer")
    second.body = [
        {"type": "h5p_activity", "value": {"activity": activity.pk, "required": False}},
        {"type": "glossary_term", "value": {"term": term.pk}},
    ]
    second.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


def _snapshot(course):
    """What must be the same on the other site, with keys replaced by what they point at."""
    images = get_image_model()

    def pixels(pk):
        image = images.objects.get(pk=pk)
        with image.open_file() as f:
            picture = PILImage.open(f)
            return (image.title, image.description, picture.size, picture.tobytes())

    def resolve(lesson_body):
        out = []
        for block in lesson_body.raw_data:
            value = dict(block["value"]) if isinstance(block["value"], dict) else block["value"]
            if block["type"] == "image":
                value["image"] = pixels(value["image"])
            elif block["type"] == "steps":
                value = {
                    "title": value["title"],
                    "steps": [
                        {**step, "screenshot": pixels(step["screenshot"])}
                        for step in (s.get("value", s) for s in value["steps"])
                    ],
                }
            elif block["type"] == "exercise":
                ex = Exercise.objects.get(pk=value["exercise"])
                value["exercise"] = (
                    ex.title,
                    ex.instructions,
                    ex.hint,
                    ex.body.raw_data[0]["value"],
                )
            elif block["type"] == "h5p_activity":
                act = H5PActivity.objects.get(pk=value["activity"])
                value["activity"] = (act.title, act.h5p_json, act.pass_mark, act.main_library.key)
            elif block["type"] == "glossary_term":
                value["term"] = GlossaryTerm.objects.get(pk=value["term"]).term
            out.append((block["type"], value))
        return out

    course = CoursePage.objects.get(pk=course.pk)
    return {
        "course": (course.title, course.summary, course.objectives, course.level),
        "cover": pixels(course.cover_image_id),
        "lessons": [
            (lesson.title, lesson.slug, lesson.summary, resolve(lesson.body))
            for lesson in LessonPage.objects.child_of(course).order_by("path")
        ],
    }


def _forget_site(settings, tmp_path, course):
    """A fresh site: the course, its images, exercises, activities, libraries and words gone,
    and new, empty media folders."""
    course.get_descendants().delete()
    course.delete()
    get_image_model().objects.all().delete()
    Exercise.objects.all().delete()
    H5PActivity.objects.all().delete()
    H5PLibrary.objects.all().delete()
    GlossaryTerm.objects.all().delete()
    settings.MEDIA_ROOT = tmp_path / "site_b" / "media"
    settings.H5P_ROOT = tmp_path / "site_b" / "h5p"


def _counts():
    return (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        get_image_model().objects.count(),
        get_document_model().objects.count(),
        Exercise.objects.count(),
        H5PActivity.objects.count(),
        H5PLibrary.objects.count(),
        GlossaryTerm.objects.count(),
    )


def test_a_course_exported_then_imported_into_a_fresh_site_is_the_same(
    course, catalogue, settings, media
):
    before = _snapshot(course)
    data = course_export(course)
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read(MANIFEST))
    assert manifest["format"] == "pasapas-course" and manifest["version"] == 1
    assert len(manifest["images"]) == 2 and len(manifest["activities"]) == 1
    _forget_site(settings, media, course)

    report = course_import(source=io.BytesIO(data), parent=catalogue, publish=True)

    assert (report.images, report.exercises, report.activities, len(report.pages)) == (2, 1, 1, 3)
    assert report.terms_created == 1
    imported = CoursePage.objects.get(pk=report.course.pk)
    assert imported.live and all(page.live for page in LessonPage.objects.child_of(imported))
    assert _snapshot(imported) == before
    # The files are the new site's own.
    assert _files(media / "site_b" / "media") and _files(media / "site_b" / "h5p")


def test_imported_as_drafts_and_a_second_import_gets_a_free_slug(course, catalogue):
    data = course_export(course)
    first = course_import(source=io.BytesIO(data), parent=catalogue)
    assert not first.course.live and first.course.slug != course.slug
    assert all(not page.live for page in first.pages)
    second = course_import(source=io.BytesIO(data), parent=catalogue)
    assert second.course.slug not in {course.slug, first.course.slug}
    assert second.terms_reused == 1 and second.terms_created == 0


def test_check_only_stores_nothing(course, catalogue, media):
    data = course_export(course)
    counts, files = _counts(), _files(media)
    report = course_import(source=io.BytesIO(data), parent=catalogue, check=True)
    assert report.checked_only and report.images == 2 and report.course is None
    assert _counts() == counts and _files(media) == files


# --- Hostile or damaged files: refused in plain French, nothing stored ------------------------


def _rewrite(data, change=None, add=(), drop=()):
    """The export with entries changed: change(name, bytes) → bytes, add [(name, bytes)]."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in drop:
                continue
            content = source.read(info)
            if change:
                content = change(info.filename, content)
            target.writestr(info.filename, content)
        for name, content in add:
            target.writestr(name, content)
    return out.getvalue()


def _manifest_change(fn):
    def change(name, content):
        if name != MANIFEST:
            return content
        manifest = json.loads(content)
        fn(manifest)
        return json.dumps(manifest).encode()

    return change


def _image_change(name, content):
    return b"not a picture at all" if name.startswith("images/") else content


def _bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, b"{}")
        archive.writestr("pages/0.json", b" " * (50 * 1024 * 1024))
    return out.getvalue()


def _traversal(data):
    return _rewrite(data, add=[("../../etc/passwd", b"x")])


def _deep(data):
    return _rewrite(
        data,
        change=lambda name, c: (b"[" * 5000 + b"]" * 5000) if name == "pages/1.json" else c,
    )


def _large_json(data):
    return _rewrite(
        data,
        change=lambda name, c: (
            json.dumps({"x": base64.b64encode(os.urandom(3 * 1024 * 1024)).decode()}).encode()
            if name == "pages/1.json"
            else c
        ),
    )


def _bad_h5p(data):
    return _rewrite(
        data,
        change=lambda name, c: build_package(drop=["h5p.json"]) if name.endswith(".h5p") else c,
    )


def _missing_reference(data):
    def drop_exercise(manifest):
        manifest["exercises"] = []

    return _rewrite(data, change=_manifest_change(drop_exercise), drop=["exercises/1.json"])


def _newer_version(data):
    return _rewrite(data, change=_manifest_change(lambda m: m.update(version=99)))


HOSTILE = {
    "newer_version": (_newer_version, "version plus récente"),
    "missing_reference": (_missing_reference, "absent du fichier"),
    "path_traversal": (_traversal, "« .. »"),
    "zip_bomb": (lambda data: _bomb(), "bombe zip"),
    "json_too_deep": (_deep, "trop imbriqué"),
    "json_too_large": (_large_json, "trop gros"),
    "image_not_an_image": (lambda data: _rewrite(data, change=_image_change), "L'image"),
    "h5p_invalid": (_bad_h5p, "Activité H5P « Cartes »"),
    "not_a_zip": (lambda data: b"PK nothing", "pas un export de parcours"),
    "unannounced_file": (
        lambda data: _rewrite(data, add=[("images/extra.png", b"x")]),
        "n'est pas annoncé",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_file_is_refused_in_french_and_nothing_is_stored(name, course, catalogue, media):
    spoil, message = HOSTILE[name]
    data = spoil(course_export(course))
    counts, files = _counts(), _files(media)
    with pytest.raises(ArchiveError) as refused:
        course_import(source=io.BytesIO(data), parent=catalogue, publish=True)
    assert message in "\n".join(refused.value.problems)
    assert _counts() == counts
    assert _files(media) == files


def test_a_refusal_late_in_the_import_removes_the_files_already_written(course, catalogue, media):
    """Images and the H5P package are stored before the lessons: a lesson that its blocks
    refuse undoes them all."""

    def spoil(name, content):
        if name != "pages/2.json":
            return content
        page = json.loads(content)
        page["body"] = [{"type": "callout", "value": {"kind": "nonsense", "text": ""}}]
        return json.dumps(page).encode()

    data = _rewrite(course_export(course), change=spoil)
    counts, files = _counts(), _files(media)
    with pytest.raises(ArchiveError, match="incomplet ou abîmé"):
        course_import(source=io.BytesIO(data), parent=catalogue)
    assert _counts() == counts and _files(media) == files


def test_the_commands_export_check_and_import(course, catalogue, tmp_path, capsys):
    path = tmp_path / "parcours.zip"
    call_command("course_export", str(course.pk), str(path))
    assert zipfile.is_zipfile(path)
    call_command("course_import", str(path), "--check")
    assert "rien n'a été enregistré" in capsys.readouterr().out
    call_command("course_import", str(path), "--parent", str(catalogue.pk), "--publish")
    out = capsys.readouterr().out
    assert "3 pages" in out and "2 images" in out
    with pytest.raises(CommandError, match="refusé"):
        call_command("course_import", str(tmp_path / "parcours.zip"), "--parent", str(course.pk))


def test_a_facilitator_cannot_bring_new_h5p_libraries_with_a_course(
    course, catalogue, settings, media, django_user_model
):
    """As for an upload: a package that brings libraries the site lacks needs an
    administrator; the whole course is refused, with nothing stored."""
    from accounts.roles import FACILITATORS, ensure_roles

    data = course_export(course)
    _forget_site(settings, media, course)
    facilitator = django_user_model.objects.create_user("camille", password="x-pass-123456")
    facilitator.groups.add(ensure_roles()[FACILITATORS])
    counts, files = _counts(), _files(media)
    with pytest.raises(ArchiveError, match="Seul un administrateur"):
        course_import(source=io.BytesIO(data), parent=catalogue, user=facilitator)
    assert _counts() == counts and _files(media) == files
