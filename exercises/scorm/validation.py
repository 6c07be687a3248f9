"""Checks an uploaded SCORM package (a zip with imsmanifest.xml at its top) before anything
from it is stored: the archive's safety (pasapas.archives, shared with H5P), then the manifest.
Nothing is extracted to disk; every refusal is a plain-French message, all of them at once."""

from collections.abc import Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _
from pasapas.archives import (
    ArchiveError,
    checked_infos,
    ignored,
    open_zip,
    read_member,
)

from .limits import MAX_MANIFEST_BYTES, ScormLimits
from .manifest import MANIFEST, Item, read_manifest

__all__ = ["ArchiveError", "ValidatedPackage", "iter_files", "validate_package"]


@dataclass
class ValidatedPackage:
    title: str
    version: str
    items: list[Item]
    files: list[str]
    total_bytes: int


def _not_a_zip():
    return _("Ce fichier n'est pas un paquet SCORM : ce n'est pas une archive zip valide.")


def validate_package(source, *, limits: ScormLimits | None = None) -> ValidatedPackage:
    """Checks a package, raising ArchiveError with all the problems found.

    source: a path, bytes, or a binary file-like object (a Django UploadedFile)."""
    limits = limits or ScormLimits.from_settings()
    with open_zip(source, limits, _not_a_zip()) as archive:
        infos = checked_infos(archive, limits)
        files = [
            info for info in infos if not info.is_dir() and not ignored(info.filename.split("/"))
        ]
        names = {info.filename for info in files}
        problems = []
        manifest_info = next((info for info in files if info.filename == MANIFEST), None)
        if manifest_info is None:
            nested = sorted(name for name in names if name.rsplit("/", 1)[-1].lower() == MANIFEST)
            if nested:
                problems.append(
                    _(
                        "Le fichier « imsmanifest.xml » doit être à la racine du paquet, pas dans "
                        "« %(name)s » : refaites le zip depuis l'intérieur du dossier."
                    )
                    % {"name": nested[0]}
                )
            else:
                problems.append(
                    _(
                        "Ce fichier n'est pas un paquet SCORM : il manque le fichier "
                        "« imsmanifest.xml » à la racine."
                    )
                )
            raise ArchiveError(problems)
        if manifest_info.file_size > MAX_MANIFEST_BYTES:
            raise ArchiveError([_("Le fichier « imsmanifest.xml » est anormalement gros.")])
        data = read_member(archive, manifest_info, MAX_MANIFEST_BYTES)
        manifest = read_manifest(data, names, problems)
        if problems or manifest is None:
            raise ArchiveError(problems)
        return ValidatedPackage(
            title=manifest.title,
            version=manifest.version,
            items=manifest.items,
            files=sorted(names),
            total_bytes=sum(info.file_size for info in files),
        )


def iter_files(
    source, package: ValidatedPackage, *, limits: ScormLimits | None = None
) -> Iterator[tuple[str, bytes]]:
    """(relative path, bytes) of every file to store, read again with the same caps."""
    limits = limits or ScormLimits.from_settings()
    used = 0
    with open_zip(source, limits, _not_a_zip()) as archive:
        for name in package.files:
            info = archive.getinfo(name)
            data = read_member(archive, info, limits.max_unpacked_bytes, used)
            used += len(data)
            yield name, data
