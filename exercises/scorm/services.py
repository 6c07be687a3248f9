"""Writes about SCORM content: importing a package. Its files go under a fresh prefix of the
player's storage, then one transaction makes them visible; a refused or failed import leaves
nothing behind and never touches the package it would have replaced. A learner's CMI data and
results are learner records (progress.services, through exercises.records)."""

import contextlib
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from exercises.h5p.storage import delete_prefix, write

from .limits import ScormLimits
from .models import ScormPackage
from .validation import ArchiveError, ValidatedPackage, iter_files, validate_package


@dataclass
class ImportReport:
    package: ValidatedPackage
    scorm: ScormPackage | None = None


def scorm_package_check(*, source):
    """Validate a package, storing nothing."""
    return ImportReport(package=validate_package(source, limits=ScormLimits.from_settings()))


def scorm_package_import(*, source, user=None, title="", scorm=None, filename="paquet.zip"):
    report = scorm_package_check(source=source)
    package = report.package
    key = ScormPackage.new_key()
    prefix = f"scorm/{key}/"
    try:
        for relative_path, data in iter_files(source, package, limits=ScormLimits.from_settings()):
            write(prefix, relative_path, data)
        with transaction.atomic():
            replaced = None
            if scorm is None:
                scorm = ScormPackage()
            else:
                scorm = ScormPackage.objects.select_for_update().get(pk=scorm.pk)
                replaced = scorm.content_path
            scorm.title = (title or package.title or filename)[:255]
            scorm.content_key = key
            scorm.content_path = prefix
            scorm.version = package.version
            scorm.items = [item.as_dict() for item in package.items]
            if user is not None and user.is_authenticated:
                scorm.uploaded_by = user
            scorm.save()
            if replaced:
                transaction.on_commit(lambda: discard_files(replaced))
    except OSError as error:
        discard_files(prefix)
        raise ArchiveError(
            [
                _(
                    "Le serveur n'a pas pu enregistrer les fichiers du paquet (disque plein ou "
                    "dossier protégé). Rien n'a été modifié ; prévenez l'administrateur."
                )
            ]
        ) from error
    except BaseException:
        discard_files(prefix)
        raise
    report.scorm = scorm
    return report


def discard_files(prefix):
    """Best effort: a disk that refused to write may refuse to delete too."""
    if prefix:
        with contextlib.suppress(OSError):
            delete_prefix(prefix)
