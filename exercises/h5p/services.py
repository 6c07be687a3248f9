"""Writes about H5P content: importing a package (libraries shared, content fresh). A learner's
statements and saved places are learner records (progress.services, through exercises.records).
The views and the import command call these, nothing else writes."""

import contextlib
import logging
import secrets
from dataclasses import dataclass, field

from django.core.files.base import File
from django.db import IntegrityError, connection, transaction
from django.utils.translation import gettext as _

from exercises import records

from . import bundles
from .models import H5PActivity, H5PLibrary
from .storage import delete_file, delete_prefix, package_storage, write
from .validation import Limits, PackageError, iter_files, validate_package
from .video import blocked, external_media

logger = logging.getLogger(__name__)

MANAGE_LIBRARIES = "h5p.manage_h5p_libraries"
MAX_STATE_CHARS = 60_000


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
                    "fichier."
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
                "dossier protégé). Rien n'a été modifié ; prévenez l'administrateur."
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
                records.h5p_states_forget(activity=activity)
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
