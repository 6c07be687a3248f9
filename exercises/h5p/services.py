"""Writes about H5P: importing a package (libraries shared, content fresh), and a learner's
statements and state. The views and the import command call these, nothing else writes."""

import contextlib
import logging
import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.files.base import File
from django.db import IntegrityError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.locks import person_lock
from progress import services as progress_services

from . import bundles
from .models import H5PActivity, H5PLibrary, H5PState, XAPIStatement
from .storage import delete_file, delete_prefix, package_storage, write
from .validation import Limits, PackageError, iter_files, validate_package
from .video import blocked, external_media
from .xapi import RESULT_VERBS

logger = logging.getLogger(__name__)

MANAGE_LIBRARIES = "h5p.manage_h5p_libraries"
MAX_STATE_CHARS = 60_000
# Statements per learner, all activities together: a learner answering quickly sends a few a
# minute; far more is a loop or a forgery. With each statement bounded (xapi.stored_form), a
# day of the most a learner may send stays a few megabytes.
MAX_STATEMENTS_PER_10_MINUTES = 300
MAX_STATEMENTS_PER_DAY = 2000


class TooManyStatements(Exception):
    """The learner's quota of statements is used up for now."""


@dataclass
class ImportReport:
    package: object  # validation.ValidatedPackage
    new_libraries: list = field(default_factory=list)
    updated_libraries: list = field(default_factory=list)
    activity: H5PActivity | None = None

    @property
    def blocked_media(self):
        """External video the player will not play (H5P_VIDEO_PROVIDERS does not name it)."""
        return blocked(external_media(self.package.content))

    @property
    def changes_libraries(self):
        return bool(self.new_libraries or self.updated_libraries)


def _installed():
    return {
        (name, major, minor): patch
        for name, major, minor, patch in H5PLibrary.objects.values_list(
            "machine_name", "major", "minor", "patch"
        )
    }


def _library_label(info):
    return f"{info.machine_name} {info.major}.{info.minor}.{info.patch}"


def h5p_package_check(*, source, user=None):
    """Validate a package and say what it would install, storing nothing. A person without
    the « manage H5P libraries » permission may only use libraries the site already has."""
    installed = _installed()
    package = validate_package(source, limits=Limits.from_settings(), installed=installed)
    report = ImportReport(package=package)
    for key, info in package.libraries.items():
        if key not in installed:
            report.new_libraries.append(info)
        elif info.patch > installed[key]:
            report.updated_libraries.append(info)
    if user is not None and report.changes_libraries and not user.has_perm(MANAGE_LIBRARIES):
        names = ", ".join(
            _library_label(info) for info in report.new_libraries + report.updated_libraries
        )
        raise PackageError(
            [
                _(
                    "Ce paquet apporte des bibliothèques H5P nouvelles ou plus récentes "
                    "(%(names)s). Seul un administrateur peut les installer : envoyez-lui le "
                    "fichier. (This package brings new or newer H5P libraries (%(names)s). "
                    "Only an administrator can install them: send them the file.)"
                )
                % {"names": names}
            ]
        )
    return report


def _storage_failed(error):
    return PackageError(
        [
            _(
                "Le serveur n'a pas pu enregistrer les fichiers du paquet (disque plein ou "
                "dossier protégé). Rien n'a été modifié ; prévenez l'administrateur. (The server "
                "could not store the package's files (disk full or folder not writable). Nothing "
                "was changed; tell the administrator.)"
            )
        ]
    )


# Content types with nothing to answer: their activities are done once opened (« à
# consulter »), by default; the library's setting in the admin changes that default.
NOTHING_TO_ANSWER = frozenset(
    {
        "H5P.Accordion",
        "H5P.Agamotto",
        "H5P.Chart",
        "H5P.Collage",
        "H5P.Column",
        "H5P.Dialogcards",
        "H5P.ImageHotspots",
        "H5P.ImageJuxtaposition",
        "H5P.ImageSlider",
        "H5P.Timeline",
    }
)


def _install_library(info, prefix, obsolete):
    """Record a library whose files are under prefix, unless the same or a newer patch got
    there first (another upload at the same time): then these files are the obsolete ones."""
    fields = {
        "patch": info.patch,
        "title": info.title[:255],
        "runnable": info.runnable,
        "storage_path": prefix,
        "data": info.data,
    }
    key = {"machine_name": info.machine_name, "major": info.major, "minor": info.minor}
    row = H5PLibrary.objects.select_for_update().filter(**key).first()
    if row is None:
        try:
            with transaction.atomic():
                return H5PLibrary.objects.create(
                    **key, **fields, done_when_viewed=info.machine_name in NOTHING_TO_ANSWER
                )
        except IntegrityError:
            row = H5PLibrary.objects.select_for_update().get(**key)
    if info.patch > row.patch:
        obsolete.append(row.storage_path)
        for name, value in fields.items():
            setattr(row, name, value)
        row.save()
    else:
        obsolete.append(prefix)
    return row


def h5p_package_import(*, source, user=None, title="", activity=None, filename="activite.h5p"):
    """Validate, then store a package: new libraries and fresh content under prefixes of
    their own, then one transaction that makes them visible. A refused or failed import
    leaves nothing behind and never touches the activity it would have replaced."""
    report = h5p_package_check(source=source, user=user)
    package = report.package
    to_write = {info.key: info for info in report.new_libraries + report.updated_libraries}
    token = secrets.token_hex(4)
    library_prefixes = {
        key: f"h5p/libraries/{info.folder}.{info.patch}-{token}/" for key, info in to_write.items()
    }
    content_key = H5PActivity.new_key()
    content_prefix = f"h5p/content/{content_key}/"
    written = [content_prefix, *library_prefixes.values()]
    package_name = None
    try:
        for target, relative_path, data in iter_files(
            source, package, limits=Limits.from_settings()
        ):
            if target == "package":
                write(content_prefix, relative_path, data)
            elif target == "content":
                write(content_prefix, f"content/{relative_path}", data)
            elif target in library_prefixes:
                write(library_prefixes[target], relative_path, data)
        if hasattr(source, "seek"):
            source.seek(0)
            upload = File(source, name=f"{content_key}.h5p")
        else:
            upload = File(open(source, "rb"), name=f"{content_key}.h5p")  # noqa: SIM115
        with upload:
            package_name = package_storage().save(f"h5p/packages/{content_key}.h5p", upload)
        obsolete = []
        with transaction.atomic():
            _one_import_at_a_time()
            rows = {}
            for key, info in to_write.items():
                rows[key] = _install_library(info, library_prefixes[key], obsolete)
            needed = set(package.dependencies) | {package.main_library}
            for row in H5PLibrary.objects.filter(machine_name__in={name for name, _, _ in needed}):
                rows.setdefault(row.key, row)
            replaced = None
            if activity is None:
                # The content type's default: done once opened, or once passed.
                activity = H5PActivity(done_when_viewed=rows[package.main_library].done_when_viewed)
            else:
                activity = H5PActivity.objects.select_for_update().get(pk=activity.pk)
                replaced = (activity.content_path, activity.package.name)
            activity.title = (title or package.title or filename)[:255]
            activity.main_library = rows[package.main_library]
            activity.content_key = content_key
            activity.content_path = content_prefix
            activity.h5p_json = package.h5p
            activity.external_media = external_media(package.content)
            activity.package.name = package_name
            if user is not None and user.is_authenticated:
                activity.uploaded_by = user
            activity.save()
            activity.libraries.set([rows[key] for key in needed if key in rows])
            if replaced is not None:
                # A saved place in other content would not fit the new one.
                H5PState.objects.filter(activity=activity).delete()
                old_content, old_package = replaced
                transaction.on_commit(lambda: discard_files(old_content, old_package))
            transaction.on_commit(lambda: [delete_prefix(p) for p in obsolete])
    except OSError as error:
        _clean(written, package_name)
        raise _storage_failed(error) from error
    except BaseException:
        _clean(written, package_name)
        raise
    report.activity = activity
    _bundle_now(activity, replaced=replaced is not None or bool(report.updated_libraries))
    return report


def _bundle_now(activity, *, replaced):
    """The activity's aggregated script and stylesheet, made at import rather than on its
    first play; bundles that an update or a replacement left unused go after a day."""
    try:
        bundles.ensure_bundle(activity)
    except OSError:
        logger.warning("H5P: bundle of activity %s not written, made on first play", activity.pk)
    if replaced:
        transaction.on_commit(_remove_unused_bundles)


def _remove_unused_bundles():
    try:
        bundles.remove_unused(H5PActivity.objects.only("h5p_json"))
    except OSError:
        logger.warning("H5P: unused bundles not removed", exc_info=True)


# Any fixed number: the key of PostgreSQL's advisory lock that imports take in turn.
IMPORT_LOCK_KEY = 5_104_823


def _one_import_at_a_time():
    """Imports share rows: libraries, and the search index, whose PostgreSQL backend rewrites
    the title norms of the whole table on each save. Two imports at once deadlocked there, so
    they take turns (until the transaction ends); they are rare, an author's action. SQLite
    writes one transaction at a time already."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [IMPORT_LOCK_KEY])


def _clean(prefixes, package_name):
    """Best effort: a disk that refused to write may refuse to delete too."""
    for prefix in prefixes:
        with contextlib.suppress(OSError):
            delete_prefix(prefix)
    if package_name:
        with contextlib.suppress(OSError):
            delete_file(package_name)


def discard_files(content_prefix, package_name):
    """The files of content no activity shows any more."""
    _clean([content_prefix] if content_prefix else [], package_name)


# --- A learner's results ----------------------------------------------------------------


@dataclass
class StatementOutcome:
    statement: XAPIStatement
    result: object = None  # progress.ExerciseResult, for a top-level result
    passed: bool = False
    lesson_completed: bool = False


def _refuse_beyond_quota(user, now):
    """Counted under the learner's lock (see h5p_statement_record), so that statements sent at
    the same moment cannot all pass the last free place of the quota."""
    mine = XAPIStatement.objects.filter(user=user)
    for minutes, most in (
        (10, MAX_STATEMENTS_PER_10_MINUTES),
        (24 * 60, MAX_STATEMENTS_PER_DAY),
    ):
        if mine.filter(created_at__gte=now - timedelta(minutes=minutes)).count() >= most:
            raise TooManyStatements(
                _("Trop d'envois en peu de temps. (Too many requests in a short time.)")
            )


# H5P reports one answer with several top-level statements sent one after the other:
# « answered » then « completed » (or an Essay's « passed » / « failed »). A Question Set or an
# Interactive Video sends only « completed ». So an answer is an attempt, and what follows an
# « answered » at once, with another verb, is about that same answer.
SAME_ANSWER_WITHIN = timedelta(seconds=5)


def _follows_its_answer(user, activity, lesson, verb):
    if verb == "answered":
        return False
    last = (
        XAPIStatement.objects.filter(
            user=user,
            activity=activity,
            lesson_id=lesson.pk,
            top_level=True,
            verb__in=RESULT_VERBS,
            created_at__gte=timezone.now() - SAME_ANSWER_WITHIN,
        )
        .order_by("-created_at", "-pk")
        .values_list("verb", flat=True)
        .first()
    )
    return last == "answered"


def h5p_statement_record(*, user, activity, lesson, parsed, required=None):
    """Store an accepted statement within the learner's quota (TooManyStatements beyond it); a
    top-level result updates the learner's result (one attempt per answer, whatever the verbs
    H5P sends for it), and a passed activity may complete the lesson (like a native exercise)."""
    with transaction.atomic():
        person_lock(user)
        _refuse_beyond_quota(user, timezone.now())
        new_attempt = (
            parsed.top_level
            and parsed.has_result
            and not _follows_its_answer(user, activity, lesson, parsed.verb)
        )
        outcome = StatementOutcome(
            statement=XAPIStatement.objects.create(
                user=user,
                activity=activity,
                lesson_id=lesson.pk,
                verb=parsed.verb,
                top_level=parsed.top_level,
                score=parsed.score,
                success=parsed.success,
                statement=parsed.stored,
            )
        )
    if not parsed.top_level or not parsed.has_result:
        return outcome
    outcome.passed = parsed.passes(activity.pass_mark)
    outcome.result = progress_services.exercise_attempt_record(
        user=user,
        lesson=lesson,
        activity=activity,
        score=parsed.result_score(outcome.passed),
        passed=outcome.passed,
        answer={"verb": parsed.verb, "result": parsed.stored.get("result", {})},
        count_attempt=new_attempt,
    )
    if outcome.passed and required is not None:
        row = progress_services.lesson_complete_if_passed(
            user=user,
            lesson=lesson,
            required_exercise_ids=required.exercises,
            required_activity_ids=required.activities,
        )
        outcome.lesson_completed = row is not None
    return outcome


def h5p_state_save(*, user, activity, lesson, state):
    """Keep where the learner is in an activity; an empty state forgets it."""
    if not state:
        H5PState.objects.filter(user=user, activity=activity, lesson_id=lesson.pk).delete()
        return None
    row, _ = H5PState.objects.update_or_create(
        user=user, activity=activity, lesson_id=lesson.pk, defaults={"state": state}
    )
    return row


def h5p_activity_viewed(*, user, activity, lesson, required=None):
    """An activity « à consulter » opened by the learner: done, with full marks (not an
    attempt: there was nothing to answer). Others wait for their answers. Returns the
    StatementOutcome-like result, or None when viewing does not count."""
    if not activity.done_when_viewed:
        return None
    outcome = StatementOutcome(statement=None, passed=True)
    outcome.result = progress_services.exercise_attempt_record(
        user=user,
        lesson=lesson,
        activity=activity,
        score=1.0,
        passed=True,
        answer={"verb": "viewed"},
        count_attempt=False,
    )
    if required is not None:
        row = progress_services.lesson_complete_if_passed(
            user=user,
            lesson=lesson,
            required_exercise_ids=required.exercises,
            required_activity_ids=required.activities,
        )
        outcome.lesson_completed = row is not None
    return outcome
