"""Importing a course file from another Pas à Pas site: checked like any upload, then stored
in one transaction, all or nothing.

The archive passes the shared safety checks first (pasapas.archives: sizes, entry count,
ratio, paths, links); then the format's own: manifest version, the shape of every JSON file,
every reference resolved, no file the manifest does not announce. Images go through the
image model's own field (format, size, pixels), H5P packages through the H5P validator,
exercises and lessons through their StreamField blocks. Files written before a refusal are
removed, so that nothing is stored if anything is refused."""

import contextlib
import io
import posixpath
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from pasapas.archives import ArchiveError, checked_infos, open_zip, read_member, shown
from pasapas.json_limits import JSONRefused, loads_bounded
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from courses.models import CourseIndexPage, CoursePage, GlossaryTerm, LessonPage
from exercises.h5p.models import H5PLibrary
from exercises.h5p.services import discard_files, h5p_package_import
from exercises.h5p.storage import delete_prefix
from exercises.h5p.validation import PackageError
from exercises.models import Exercise

from .format import (
    ACTIVITIES,
    DOCUMENTS,
    EXERCISE_FIELDS,
    EXERCISES,
    FOLDERS,
    FORMAT,
    IMAGES,
    ITEM_FIELDS,
    KINDS,
    LIMITS,
    MANIFEST,
    MANIFEST_FIELDS,
    MAX_JSON_BYTES,
    PAGE_FIELDS,
    TERMS,
    VERSION,
    references,
    remap,
    shape_problems,
    without_page_links,
)


class CourseImportError(ArchiveError):
    """A refused course file: .problems are plain-language messages; nothing was stored."""


@dataclass
class CourseImportReport:
    course: CoursePage | None = None
    pages: list = field(default_factory=list)
    images: int = 0
    documents: int = 0
    exercises: int = 0
    activities: int = 0
    terms_created: int = 0
    terms_reused: int = 0
    published: bool = False
    checked_only: bool = False
    source_site: str = ""


class _CheckOnly(Exception):
    """Raised to roll back a complete trial import (--check)."""


def _refuse(*problems):
    raise CourseImportError(list(problems))


class _Reader:
    """The archive's announced files, each read once under the archive's global limit."""

    def __init__(self, archive, infos):
        self.archive = archive
        self.infos = {info.filename: info for info in infos if not info.is_dir()}
        self.used = 0
        self.announced = {MANIFEST}

    def bytes(self, name):
        info = self.infos.get(name)
        if info is None:
            _refuse(
                _("Le fichier « %(name)s » annoncé par le manifeste manque dans l'archive.")
                % {"name": shown(name)}
            )
        data = read_member(self.archive, info, LIMITS.max_unpacked_bytes, self.used)
        self.used += len(data)
        return data

    def json(self, name):
        self.announced.add(name)
        data = self.bytes(name)
        try:
            return loads_bounded(data, max_bytes=MAX_JSON_BYTES)
        except JSONRefused as error:
            _refuse(
                _("Le fichier « %(name)s » est refusé : %(reason)s")
                % {"name": shown(name), "reason": error}
            )
        except ValueError:
            _refuse(_("Le fichier « %(name)s » n'est pas du JSON lisible.") % {"name": shown(name)})


def _shape(data, fields, name):
    if wrong := shape_problems(data, fields):
        _refuse(
            _(
                "Le fichier « %(name)s » n'a pas la forme attendue (champs manquants, inconnus "
                "ou d'un mauvais type : %(fields)s)."
            )
            % {"name": shown(name), "fields": ", ".join(shown(w, 40) for w in wrong[:10])}
        )


def _read_manifest(reader):
    manifest = reader.json(MANIFEST)
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        _refuse(_("Ce fichier n'est pas un export de parcours Pas à Pas (manifeste inconnu)."))
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        _refuse(_("La version du format de ce fichier est illisible."))
    if version > VERSION:
        _refuse(
            _(
                "Ce fichier vient d'une version plus récente de Pas à Pas (format %(version)s ; "
                "ce site lit jusqu'à la version %(known)s). Mettez ce site à jour d'abord."
            )
            % {"version": version, "known": VERSION}
        )
    _shape(manifest, MANIFEST_FIELDS, MANIFEST)
    for kind in KINDS:
        ids = set()
        for item in manifest[kind]:
            _shape(item, ITEM_FIELDS[kind], MANIFEST)
            if item["id"] in ids:
                _refuse(_("Le manifeste annonce deux fois le même numéro d'élément."))
            ids.add(item["id"])
            if "file" in item:
                folder = FOLDERS.get(kind, "exercises/")
                if (
                    not item["file"].startswith(folder)
                    or posixpath.normpath(item["file"]) != item["file"]
                ):
                    _refuse(
                        _("Le manifeste désigne un fichier mal placé : « %(name)s ».")
                        % {"name": shown(item["file"])}
                    )
                reader.announced.add(item["file"])
    if not manifest["pages"] or not all(isinstance(name, str) for name in manifest["pages"]):
        _refuse(_("Le manifeste n'annonce aucune page."))
    return manifest


def _kind_name(kind):
    return {
        IMAGES: _("image"),
        DOCUMENTS: _("document"),
        EXERCISES: _("exercice"),
        ACTIVITIES: _("activité H5P"),
        TERMS: _("mot du glossaire"),
    }[kind]


def _check_references(found, manifest, where):
    for kind, values in found.items():
        known = {item["id"] for item in manifest[kind]}
        for value in values:
            if value not in known:
                _refuse(
                    _(
                        "« %(where)s » renvoie à un élément absent du fichier (%(kind)s n° "
                        "%(id)s) : le fichier est incomplet ou abîmé."
                    )
                    % {"where": shown(where), "kind": _kind_name(kind), "id": shown(str(value), 20)}
                )


def _read_everything(reader):
    """Everything checked that can be checked before writing: shapes and references."""
    manifest = _read_manifest(reader)
    lesson_block = LessonPage._meta.get_field("body").stream_block
    exercise_block = Exercise._meta.get_field("body").stream_block
    pages = []
    for number, name in enumerate(manifest["pages"]):
        page = reader.json(name)
        _shape(page, PAGE_FIELDS, name)
        expected = "course" if number == 0 else "lesson"
        if page["type"] != expected:
            _refuse(
                _("Le fichier « %(name)s » devrait décrire une page « %(type)s ».")
                % {"name": shown(name), "type": expected}
            )
        found = references(lesson_block, page.get("body", []))
        if page.get("cover_image") is not None:
            found[IMAGES].add(page["cover_image"])
        _check_references(found, manifest, page["title"])
        pages.append(page)
    exercises = {}
    for item in manifest[EXERCISES]:
        data = reader.json(item["file"])
        _shape(data, EXERCISE_FIELDS, item["file"])
        _check_references(references(exercise_block, data["body"]), manifest, data["title"])
        exercises[item["id"]] = data
    unannounced = sorted(set(reader.infos) - reader.announced)
    if unannounced:
        _refuse(
            _("Le fichier « %(name)s » n'est pas annoncé par le manifeste.")
            % {"name": shown(unannounced[0])}
        )
    return manifest, pages, exercises


class _Import:
    """The writes, in order: glossary words, images, documents, H5P activities, exercises,
    then the pages. Remembers every file it wrote, to remove them if anything fails."""

    def __init__(self, reader, manifest, user, report):
        self.reader, self.manifest, self.user, self.report = reader, manifest, user, report
        self.new = {kind: {} for kind in KINDS}
        self.files = []  # (storage, name)
        self.h5p = []  # (content prefix, package name)
        self.library_prefixes = []

    def to_new(self, kind, value):
        return self.new[kind][value]

    def cleanup(self):
        for storage, name in self.files:
            with contextlib.suppress(OSError):
                storage.delete(name)
        for prefix, package in self.h5p:
            discard_files(prefix, package)
        for prefix in self.library_prefixes:
            with contextlib.suppress(OSError):
                delete_prefix(prefix)

    def terms(self):
        for item in self.manifest[TERMS]:
            term = GlossaryTerm.objects.filter(term=item["term"]).first()
            if term is None:
                term = GlossaryTerm(term=item["term"], definition=item["definition"])
                self._valid(term, item["term"])
                term.save()
                self.report.terms_created += 1
            else:
                self.report.terms_reused += 1
            self.new[TERMS][item["id"]] = term.pk

    def images(self):
        model = get_image_model()
        root = Collection.get_first_root_node()
        for item in self.manifest[IMAGES]:
            upload = SimpleUploadedFile(
                posixpath.basename(item["file"]), self.reader.bytes(item["file"])
            )
            try:
                WagtailImageField().clean(upload)
            except ValidationError as error:
                _refuse(
                    _("L'image « %(name)s » est refusée : %(reason)s")
                    % {"name": shown(item["file"]), "reason": " ".join(error.messages)}
                )
            upload.seek(0)
            if not item["alt"].strip():
                _refuse(
                    _("L'image « %(name)s » n'a pas de texte alternatif.")
                    % {"name": shown(item["file"])}
                )
            image = model(title=item["title"], description=item["alt"], collection=root)
            image.file = upload
            image._set_image_file_metadata()
            self._valid(image, item["title"], exclude=["file"])
            image.save()
            self.files.append((image.file.storage, image.file.name))
            self.new[IMAGES][item["id"]] = image.pk
            self.report.images += 1

    def documents(self):
        model = get_document_model()
        allowed = {ext.lower() for ext in getattr(settings, "WAGTAILDOCS_EXTENSIONS", [])}
        root = Collection.get_first_root_node()
        for item in self.manifest[DOCUMENTS]:
            ext = posixpath.splitext(item["file"])[1].lower().lstrip(".")
            if allowed and ext not in allowed:
                _refuse(
                    _("Le document « %(name)s » a une extension interdite.")
                    % {"name": shown(item["file"])}
                )
            document = model(title=item["title"], collection=root)
            document.file = ContentFile(
                self.reader.bytes(item["file"]), name=posixpath.basename(item["file"])
            )
            self._valid(document, item["title"], exclude=["file"])
            document.save()
            self.files.append((document.file.storage, document.file.name))
            self.new[DOCUMENTS][item["id"]] = document.pk
            self.report.documents += 1

    def activities(self):
        for item in self.manifest[ACTIVITIES]:
            try:
                result = activity_import(
                    package=self.reader.bytes(item["file"]),
                    data=item,
                    filename=posixpath.basename(item["file"]),
                    user=self.user,
                )
            except PackageError as error:
                _refuse(
                    *[
                        _("Activité H5P « %(title)s » : %(problem)s")
                        % {"title": shown(item["title"]), "problem": problem}
                        for problem in error.problems
                    ]
                )
            activity = result.activity
            self.h5p.append((activity.content_path, activity.package.name))
            for info in result.new_libraries + result.updated_libraries:
                row = H5PLibrary.objects.filter(
                    machine_name=info.machine_name, major=info.major, minor=info.minor
                ).first()
                if row is not None:
                    self.library_prefixes.append(row.storage_path)
            self._valid(activity, item["title"], exclude=["package", "main_library"])
            activity.save(update_fields=["pass_mark", "done_when_viewed"])
            self.new[ACTIVITIES][item["id"]] = activity.pk
            self.report.activities += 1

    def exercises(self, exercises):
        block = Exercise._meta.get_field("body").stream_block
        for local, data in exercises.items():
            exercise = exercise_from_data(data, self._stream(block, data["body"], data["title"]))
            self._valid(exercise, data["title"], exclude=["body"])
            exercise_publish_new(exercise, self.user)
            self.new[EXERCISES][local] = exercise.pk
            self.report.exercises += 1

    def pages(self, pages, parent, publish):
        course_data, lessons = pages[0], pages[1:]
        course = CoursePage(
            title=course_data["title"],
            slug=_free_slug(parent, course_data["slug"]),
            summary=course_data["summary"],
            objectives=course_data.get("objectives", ""),
            duration_minutes=course_data.get("duration_minutes", 30),
            level=course_data.get("level", "beginner"),
            audience=course_data.get("audience", ""),
            prerequisites=course_data.get("prerequisites", ""),
            cover_image_id=self.to_new(IMAGES, course_data["cover_image"])
            if course_data.get("cover_image") is not None
            else None,
        )
        self._add(parent, course, course_data, publish)
        block = LessonPage._meta.get_field("body").stream_block
        for data in lessons:
            lesson = LessonPage(
                title=data["title"],
                slug=_free_slug(course, data["slug"]),
                summary=data["summary"],
                objectives=data.get("objectives", ""),
                duration_minutes=data.get("duration_minutes", 30),
                body=self._stream(block, data.get("body", []), data["title"]),
            )
            self._add(course, lesson, data, publish)
        self.report.course = course

    def _add(self, parent, page, data, publish):
        tags = data.get("tags", [])
        if not all(isinstance(tag, str) and 0 < len(tag) <= 100 for tag in tags):
            _refuse(
                _("La page « %(title)s » a des thèmes illisibles.") % {"title": shown(page.title)}
            )
        page.live = False
        try:
            parent.add_child(instance=page)
        except ValidationError as error:
            _refuse(_invalid(page.title, error))
        if tags:
            page.tags.add(*tags)
            page.save()
        revision = page.save_revision(user=self.user)
        if publish:
            revision.publish(user=self.user)
        self.report.pages.append(page)

    def _stream(self, block, raw, title):
        """The StreamField data with the new site's keys, checked by its blocks."""
        raw = without_page_links(remap(block, raw, self.to_new))
        try:
            block.clean(block.to_python(raw))
        except ValidationError:
            _refuse(
                _(
                    "Le contenu de « %(title)s » est incomplet ou abîmé : ce site ne peut pas "
                    "le lire."
                )
                % {"title": shown(title)}
            )
        except (TypeError, ValueError, KeyError, AttributeError):
            _refuse(_("Le contenu de « %(title)s » est illisible.") % {"title": shown(title)})
        return raw

    def _valid(self, obj, title, exclude=()):
        try:
            obj.full_clean(exclude=list(exclude), validate_unique=False)
        except ValidationError as error:
            _refuse(_invalid(title, error))


def activity_import(*, package, data, filename, user):
    """A new H5P activity from a package's bytes and its exported fields (title, pass mark,
    done when viewed): the fields are set, not yet saved. PackageError if refused."""
    result = h5p_package_import(
        source=io.BytesIO(package), user=user, title=data["title"], filename=filename
    )
    result.activity.pass_mark = data["pass_mark"]
    result.activity.done_when_viewed = data["done_when_viewed"]
    return result


def exercise_from_data(data, body):
    """A new, unsaved exercise from its exported fields, with ``body`` already in this
    site's keys."""
    return Exercise(
        title=data["title"],
        instructions=data.get("instructions", ""),
        body=body,
        hint=data.get("hint", ""),
        success_feedback=data.get("success_feedback", ""),
        pass_mark=data.get("pass_mark", 100),
    )


def exercise_publish_new(exercise, user):
    """Saved and live at once, as on the site it came from: the lessons that place it are the
    drafts to review. Whoever may add the course may add its exercises with it."""
    exercise.save()
    exercise.save_revision(user=user).publish(user=user, skip_permission_checks=True)


def _invalid(title, error):
    return _("« %(title)s » est refusé : %(reason)s") % {
        "title": shown(title),
        "reason": " ".join(error.messages),
    }


def _free_slug(parent, slug):
    """The slug, made free among the parent's children (« -2 », « -3 »… if taken)."""
    base = slugify(slug)[:200] or "parcours"
    taken = set(parent.get_children().values_list("slug", flat=True)) if parent.pk else set()
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def default_parent():
    return CourseIndexPage.objects.order_by("path").first()


def course_import(*, source, parent=None, user=None, publish=False, check=False):
    """Import a course file under parent (a catalogue), as drafts unless publish. check:
    the whole import is tried, then undone. Raises CourseImportError with the problems."""
    parent = parent or default_parent()
    if parent is None or not isinstance(parent.specific, CourseIndexPage):
        _refuse(_("Choisissez un catalogue des ateliers où ranger le parcours."))
    parent = parent.specific
    report = CourseImportReport(published=publish and not check, checked_only=check)
    not_a_zip = _("Ce fichier n'est pas un export de parcours Pas à Pas (un fichier .zip).")
    with open_zip(source, LIMITS, not_a_zip) as archive:
        reader = _Reader(archive, checked_infos(archive, LIMITS))
        manifest, pages, exercises = _read_everything(reader)
        report.source_site = str(manifest["site"].get("name", ""))[:120]
        work = _Import(reader, manifest, user, report)
        try:
            with transaction.atomic():
                work.terms()
                work.images()
                work.documents()
                work.activities()
                work.exercises(exercises)
                work.pages(pages, parent, publish)
                if check:
                    raise _CheckOnly
        except _CheckOnly:
            work.cleanup()
            report.course = None
        except BaseException:
            work.cleanup()
            raise
    return report
