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
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
    return BackupError(_("Impossible d'écrire la sauvegarde : %(error)s") % {"error": error})


def default_archive_name():
    return timezone.localtime().strftime("pasapas-backup-%Y%m%d-%H%M%S.tar.gz")


def backup_create(*, target, storage=None):
    """Write the archive at `target` (refusing to overwrite a file); returns a BackupReport."""
    storage = storage or site_files()
    target = Path(target).absolute()
    if target.exists() or target.is_symlink():
        raise BackupError(
            _("Impossible d'écrire la sauvegarde : « %(path)s » existe déjà") % {"path": target}
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
            _(
                "Impossible d'écrire la sauvegarde dans le dossier des media (%(path)s) : "
                "choisissez un autre dossier"
            )
            % {"path": media_root}
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


def _refused(reason):
    return BackupError(_("Restauration refusée : %(reason)s") % {"reason": reason})


def existing_content():
    """What a restore would replace, as counted words: ["3 personnes", "12 pages", ...], empty
    for a database just migrated (its root and home page only)."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from exercises.h5p.models import H5PActivity
    from exercises.models import Exercise
    from progress.models import ExerciseResult, LessonProgress

    found = [
        (get_user_model(), ("%(n)s personne", "%(n)s personnes")),
        (Page, ("%(n)s page", "%(n)s pages")),
        (get_image_model(), ("%(n)s image", "%(n)s images")),
        (get_document_model(), ("%(n)s document", "%(n)s documents")),
        (Exercise, ("%(n)s exercice", "%(n)s exercices")),
        (H5PActivity, ("%(n)s activité H5P", "%(n)s activités H5P")),
        (LessonProgress, ("%(n)s progression", "%(n)s progressions")),
        (ExerciseResult, ("%(n)s résultat", "%(n)s résultats")),
    ]
    counted = []
    for model, (singular, plural) in found:
        rows = model._base_manager.all()
        count = (rows.filter(depth__gt=2) if model is Page else rows).count()
        if count:
            counted.append(ngettext(singular, plural, count) % {"n": count})
    return counted


def _check_fits(manifest):
    """The archive must come from this very code and schema: same applied migrations."""
    pending = database.unapplied_migrations()
    if pending:
        raise _refused(
            ngettext(
                "la base de données n'est pas à jour ; lancez d'abord `python manage.py migrate` "
                "(%(n)s migration : %(names)s)",
                "la base de données n'est pas à jour ; lancez d'abord `python manage.py migrate` "
                "(%(n)s migrations : %(names)s)",
                len(pending),
            )
            % {"n": len(pending), "names": ", ".join(pending[:5])}
        )
    only_archive, only_here = database.migration_differences(
        manifest["migrations"], database.applied_migrations()
    )
    if only_archive or only_here:
        detail = "; ".join(
            part
            for part in (
                only_archive
                and _("seulement dans la sauvegarde : %(names)s")
                % {"names": ", ".join(only_archive[:5])},
                only_here and _("seulement ici : %(names)s") % {"names": ", ".join(only_here[:5])},
            )
            if part
        )
        raise _refused(
            _(
                "la sauvegarde vient d'une autre version du site (migrations différentes : "
                "%(detail)s). Restaurez avec la même version du code que celle de la "
                "sauvegarde, puis lancez migrate"
            )
            % {"detail": detail}
        )
    unknown = [label for label in manifest["counts"] if not _model_exists(label)]
    if unknown:
        raise _refused(_("modèles inconnus : %(names)s") % {"names": ", ".join(unknown[:5])})


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
            _("Les données n'ont pas pu être chargées, rien n'a changé : %(error)s")
            % {"error": error}
        ) from error
    loaded = database.row_counts(labels)
    wrong = sorted(label for label in labels if loaded[label] != checked.manifest["counts"][label])
    if wrong:
        raise BackupError(
            _("Les données chargées ne correspondent pas au manifeste (%(names)s), rien n'a changé")
            % {"names": ", ".join(wrong[:5])}
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
        raise BackupError(_("Fichier introuvable : %(path)s") % {"path": archive})
    remove_abandoned(tempfile.gettempdir(), RESTORE_WORKDIR)
    with tempfile.TemporaryDirectory(prefix=f"{RESTORE_WORKDIR}{os.getpid()}-") as workdir:
        checked = check_archive(archive, workdir)
        _check_fits(checked.manifest)
        found = existing_content()
        if found and not force:
            raise _refused(
                _(
                    "la base de données contient déjà des données (%(found)s). Ajoutez --force "
                    "pour tout effacer et le remplacer par la sauvegarde"
                )
                % {"found": ", ".join(found)}
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
                        _("Impossible d'écrire les fichiers de media, rien n'a changé : %(error)s")
                        % {"error": error}
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
