"""Backing up and restoring the whole site: the database and the media, in one archive.

A backup is written next to its target and renamed at the very end: a failure leaves no partial
archive. A restore checks the whole archive before it changes anything, then replaces the
database in one transaction and writes the files only once the data has loaded; a failure
rolls the database back and removes the files it wrote."""

import io
import json
import os
import platform
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from accounts import privacy

from . import database
from .archive import (
    DATA,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    BackupError,
    add_bytes,
    add_file,
    add_storage_file,
    check_archive,
    iter_media,
)
from .media import MediaWriter, site_files, walk


@dataclass
class BackupReport:
    path: Path
    rows: int
    files: int
    media_bytes: int
    cleaned: list = field(default_factory=list)


# Working folders: the process id in the name tells a live run from an abandoned one.
BACKUP_WORKDIR = ".pasapas-backup-"
RESTORE_WORKDIR = "pasapas-restore-"


def _workdir(prefix, parent=None):
    """A folder only its owner may enter (0700), named after this process."""
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def remove_abandoned(parent, prefix):
    """Remove the working folders that a killed backup or restore left in `parent` (a copy of
    the whole database, password hashes included); the folders of runs still going stay."""
    removed = []
    for path in sorted(Path(parent).glob(f"{prefix}*")):
        if path.is_symlink() or not path.is_dir():
            continue
        pid = path.name[len(prefix) :].split("-", 1)[0]
        if pid.isdigit() and (int(pid) == os.getpid() or _alive(int(pid))):
            continue
        shutil.rmtree(path, ignore_errors=True)
        removed.append(path)
    return removed


def _write_failed(error):
    return BackupError(
        f"Impossible d'écrire la sauvegarde : {error}", f"Could not write the backup: {error}"
    )


def default_archive_name():
    return timezone.localtime().strftime("pasapas-backup-%Y%m%d-%H%M%S.tar.gz")


def backup_create(*, target, storage=None):
    """Write the archive at `target` (refusing to overwrite a file); returns a BackupReport."""
    storage = storage or site_files()
    target = Path(target).absolute()
    if target.exists() or target.is_symlink():
        raise BackupError(
            f"Impossible d'écrire la sauvegarde : « {target} » existe déjà",
            f"Could not write the backup: {target} already exists",
        )
    _refuse_inside_media(storage, target)
    try:
        cleaned = remove_abandoned(target.parent, BACKUP_WORKDIR)
        workdir = _workdir(BACKUP_WORKDIR, target.parent)
    except OSError as error:
        raise _write_failed(error) from error
    try:
        data_path = workdir / DATA
        with database.snapshot():
            counts = database.dump(data_path)
            migrations = database.applied_migrations()
        part = workdir / "archive.part"
        # Password hashes and personal data: readable by the owner only.
        with os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w:gz") as tar:
                data = add_file(tar, DATA, data_path)
                media = [add_storage_file(tar, storage, name) for name in walk(storage)]
                manifest = _manifest(counts, migrations, data, media)
                add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(part, target)
    except OSError as error:
        raise _write_failed(error) from error
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return BackupReport(
        target,
        sum(counts.values()),
        len(media),
        sum(entry["size"] for entry in media),
        cleaned,
    )


def _refuse_inside_media(storage, target):
    """An archive written in the media folder would end up inside itself."""
    try:
        media_root = Path(storage.path("")).resolve()
    except NotImplementedError:  # not a local folder
        return
    if target.parent.resolve().is_relative_to(media_root):
        raise BackupError(
            f"Impossible d'écrire la sauvegarde dans le dossier des media ({media_root}) : "
            "choisissez un autre dossier",
            "Could not write the backup inside the media folder: choose another folder",
        )


def _manifest(counts, migrations, data, media):
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": timezone.now().isoformat(),
        "versions": {
            "django": django.get_version(),
            "wagtail": wagtail.__version__,
            "python": platform.python_version(),
        },
        "database": {"vendor": connection.vendor},
        "migrations": migrations,
        "excluded": sorted(database.EXCLUDED),
        "counts": counts,
        "data": data,
        "media": media,
    }


# --- restore ---------------------------------------------------------------------------------


def _refused(french, english):
    return BackupError(f"Restauration refusée : {french}", f"Restore refused: {english}")


def existing_content():
    """What a restore would replace: {"3 personnes (people)": 3, ...}, empty for a database
    just migrated (its root and home page only)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from exercises.h5p.models import H5PActivity
    from exercises.models import Exercise
    from progress.models import ExerciseResult, LessonProgress

    found = {
        "personnes (people)": get_user_model()._base_manager.count(),
        "pages (pages)": Page._base_manager.filter(depth__gt=2).count(),
        "images (images)": get_image_model()._base_manager.count(),
        "documents (documents)": get_document_model()._base_manager.count(),
        "exercices (exercises)": Exercise._base_manager.count(),
        "activités H5P (H5P activities)": H5PActivity._base_manager.count(),
        "progressions (lesson progress)": LessonProgress._base_manager.count(),
        "résultats (results)": ExerciseResult._base_manager.count(),
    }
    return {label: count for label, count in found.items() if count}


def _check_fits(manifest):
    """The archive must come from this very code and schema: same applied migrations."""
    pending = database.unapplied_migrations()
    if pending:
        raise _refused(
            "la base de données n'est pas à jour ; lancez d'abord `python manage.py migrate` "
            f"({len(pending)} migration(s) : {', '.join(pending[:5])})",
            "the database is not migrated: run `python manage.py migrate` first",
        )
    only_archive, only_here = database.migration_differences(
        manifest["migrations"], database.applied_migrations()
    )
    if only_archive or only_here:
        detail = "; ".join(
            part
            for part in (
                only_archive and "seulement dans la sauvegarde : " + ", ".join(only_archive[:5]),
                only_here and "seulement ici : " + ", ".join(only_here[:5]),
            )
            if part
        )
        raise _refused(
            "la sauvegarde vient d'une autre version du site (migrations différentes : "
            f"{detail}). Restaurez avec la même version du code que celle de la sauvegarde, "
            "puis lancez migrate",
            "the backup comes from another version of the site (different migrations): "
            "restore with the same version of the code as the backup, then run migrate",
        )
    unknown = [label for label in manifest["counts"] if not _model_exists(label)]
    if unknown:
        raise _refused(
            f"modèles inconnus : {', '.join(unknown[:5])}", "unknown models in the backup"
        )


def _model_exists(label):
    try:
        apps.get_model(label)
    except (LookupError, ValueError):
        return False
    return True


def _load_database(checked):
    labels = list(checked.manifest["counts"])
    try:
        database.load(checked.data_path)
    except (CommandError, DatabaseError, DeserializationError, LookupError, ValueError) as error:
        raise BackupError(
            f"Les données n'ont pas pu être chargées, rien n'a changé : {error}",
            "The data could not be loaded; nothing was changed",
        ) from error
    loaded = database.row_counts(labels)
    wrong = sorted(label for label in labels if loaded[label] != checked.manifest["counts"][label])
    if wrong:
        raise BackupError(
            f"Les données chargées ne correspondent pas au manifeste ({', '.join(wrong[:5])}), "
            "rien n'a changé",
            "The loaded rows do not match the manifest; nothing was changed",
        )
    database.reset_sequences()
    database.complete_as_migrate_would()
    from accounts.roles import ensure_roles

    ensure_roles()
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0, stdout=io.StringIO())


def backup_restore(*, archive, force=False, storage=None):
    """Replace the database and add the media files from `archive`; returns a summary."""
    storage = storage or site_files()
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"Fichier introuvable : {archive}", f"File not found: {archive}")
    remove_abandoned(tempfile.gettempdir(), RESTORE_WORKDIR)
    with tempfile.TemporaryDirectory(prefix=f"{RESTORE_WORKDIR}{os.getpid()}-") as workdir:
        checked = check_archive(archive, workdir)
        _check_fits(checked.manifest)
        found = existing_content()
        if found and not force:
            listed = ", ".join(f"{count} {label}" for label, count in found.items())
            raise _refused(
                f"la base de données contient déjà des données ({listed}). Ajoutez --force "
                "pour tout effacer et le remplacer par la sauvegarde",
                "the database already holds content or people: add --force to erase it and "
                "replace it with the backup",
            )
        writer = MediaWriter(storage)
        entries = {entry["name"]: entry for entry in checked.media}
        try:
            with transaction.atomic():
                _load_database(checked)
                redone = privacy.reapply_erasures()
                try:
                    for name, source in iter_media(archive):
                        writer.put(name, source, entries[name])
                except (OSError, BackupError) as error:
                    raise BackupError(
                        f"Impossible d'écrire les fichiers de media, rien n'a changé : {error}",
                        f"Could not write the media files; nothing was changed: {error}",
                    ) from error
        except BaseException:
            writer.undo()
            raise
        finally:
            _forget_cached_rows()
        writer.discard()
    summary = restored_summary(writer)
    summary["erasures_redone"] = len(redone)
    summary["backup_date"] = checked.manifest["created_at"]
    return summary


def _forget_cached_rows():
    """Whether the transaction was committed or rolled back, this process's caches may hold
    rows read in between: content types, and the shared cache (pages, menus, site roots)."""
    ContentType.objects.clear_cache()
    cache.clear()


def restored_summary(writer=None):
    from wagtail.models import Page

    from accounts.roles import LEARNERS
    from progress.models import ExerciseResult, LessonProgress

    people = get_user_model()._base_manager
    return {
        "pages": Page._base_manager.count(),
        "people": people.count(),
        "learners": people.filter(groups__name=LEARNERS).count(),
        "progress": LessonProgress._base_manager.count(),
        "results": ExerciseResult._base_manager.count(),
        "files": (writer.written + writer.unchanged) if writer else 0,
    }
