"""Checks an uploaded H5P package (a .h5p zip file) before anything from it is stored.

Pure Python, no database: written from the public H5P specification (package layout,
h5p.json, library.json). Nothing is ever extracted to disk, and members are read in
memory with hard caps, because zip headers can lie. Every refusal is a plain-language
message for the facilitator who uploaded the file, in French then English.
"""

from collections.abc import Container, Iterator
from dataclasses import dataclass

from django.utils.translation import gettext as _
from pasapas.archives import checked_infos

from .archive import (
    CONTENT_EXTENSIONS,
    LIBRARY_EXTENSIONS,
    damaged_message,
    extension_problem,
    ignored,
    load_json,
    open_zip,
    read_member,
)
from .fields import PLAYER_CORE_API, LibraryKey, check_h5p
from .libraries import LIBRARY_FOLDER, LibraryInfo, check_library, library_label, load_order
from .limits import Limits
from .refusals import PackageError, shown

__all__ = [
    "CONTENT_EXTENSIONS",
    "LIBRARY_EXTENSIONS",
    "PLAYER_CORE_API",
    "LibraryInfo",
    "LibraryKey",
    "Limits",
    "PackageError",
    "ValidatedPackage",
    "iter_files",
    "library_label",
    "validate_package",
]


@dataclass
class ValidatedPackage:
    """What validate_package found; total_bytes is the unpacked size of the files to store."""

    h5p: dict
    title: str
    main_library: LibraryKey
    content: dict
    content_files: list[str]
    libraries: dict[LibraryKey, LibraryInfo]
    dependencies: list[LibraryKey]
    missing_from_package: list[LibraryKey]
    total_bytes: int


def validate_package(
    source, *, limits: Limits | None = None, installed: Container[LibraryKey] | None = None
) -> ValidatedPackage:
    """Checks a package, raising PackageError with all the problems found.

    source: a path (str/Path), bytes, or a binary file-like object (a Django UploadedFile).
    installed: libraries the site already has (a mapping LibraryKey -> patch); a dependency
    missing from the package but installed is satisfied. Safety failures (too big, not a zip,
    zip bomb, dangerous names) stop before anything inside is read."""
    limits = limits or Limits.from_settings()
    installed = installed if installed is not None else {}
    with open_zip(source, limits) as archive:
        infos = checked_infos(archive, limits)
        problems = []

        h5p_info, content, folders = None, {}, {}
        for info in infos:
            parts = info.filename.split("/")
            if info.is_dir() or ignored(parts):
                continue
            if info.filename == "h5p.json":
                h5p_info = info
                continue
            in_library = len(parts) > 1 and parts[0] != "content"
            allowed = LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS
            if problem := extension_problem(info.filename, allowed):
                problems.append(problem)
            elif in_library:
                folders.setdefault(parts[0], {})["/".join(parts[1:])] = info
            elif len(parts) > 1:
                content["/".join(parts[1:])] = info
        stored = [*content.values(), *(i for members in folders.values() for i in members.values())]
        total = sum(info.file_size for info in stored) + (h5p_info.file_size if h5p_info else 0)

        h5p = main = None
        roots = []
        if h5p_info is None:
            problems.append(
                _(
                    "Ce fichier n'est pas un paquet H5P : il manque le fichier « h5p.json » à la "
                    "racine."
                )
            )
        elif (h5p := load_json(archive, h5p_info, "h5p.json", limits, problems)) is not None:
            main, roots = check_h5p(h5p, problems)

        content_data = None
        if "content.json" not in content:
            problems.append(
                _(
                    "Ce fichier n'est pas un paquet H5P : il manque le contenu "
                    "(« content/content.json »)."
                )
            )
        else:
            content_data = load_json(
                archive, content["content.json"], "content/content.json", limits, problems
            )

        needs, libraries = {}, {}
        for folder, members in folders.items():
            match = LIBRARY_FOLDER.fullmatch(folder)
            if not match:
                problems.append(
                    _(
                        "Le dossier « %(folder)s » n'est pas une bibliothèque H5P : son nom doit "
                        "être de la forme « Nom-1.0 »."
                    )
                    % {"folder": shown(folder)}
                )
                continue
            key = (match[1], int(match[2]), int(match[3]))
            library, needs[key] = check_library(archive, folder, members, limits, problems)
            if library:
                libraries[key] = library

    dependencies = load_order(roots, lambda key: needs.get(key, []))
    missing_from_package = []
    for key in dependencies:
        if key in needs:
            continue
        if key in installed:
            missing_from_package.append(key)
        else:
            problems.append(
                _(
                    "La bibliothèque « %(library)s » manque : elle n'est ni dans le paquet, ni "
                    "installée sur le site."
                )
                % {"library": shown(library_label(key))}
            )
    if problems:
        raise PackageError(problems)
    return ValidatedPackage(
        h5p=h5p,
        title=h5p["title"],
        main_library=main,
        content=content_data,
        content_files=list(content),
        libraries=libraries,
        dependencies=dependencies,
        missing_from_package=missing_from_package,
        total_bytes=total,
    )


def iter_files(
    source, package: ValidatedPackage, *, limits: Limits | None = None
) -> Iterator[tuple[str | LibraryKey, str, bytes]]:
    """Yields (target, path, data) for every file to store, reading each with hard caps.

    target is "package" for h5p.json, "content" for files under content/ (path relative
    to it), or the LibraryKey of a library (path relative to its folder)."""
    limits = limits or Limits.from_settings()
    wanted = [("package", "h5p.json", "h5p.json")]
    for key, library in package.libraries.items():
        wanted += [(key, path, f"{library.folder}/{path}") for path in library.files]
    wanted += [("content", path, f"content/{path}") for path in package.content_files]
    damaged = []  # every damaged file is named, not only the first
    with open_zip(source, limits) as archive:
        used = 0
        for target, path, name in wanted:
            try:
                info = archive.getinfo(name)
            except KeyError:
                damaged.append(damaged_message(name))
                continue
            try:
                data = read_member(archive, info, limits.max_unpacked_bytes, used)
            except PackageError as error:
                if error.problems != [damaged_message(name)]:
                    raise  # a cap reached: stop reading at once
                damaged.append(damaged_message(name))
                continue
            used += len(data)
            yield target, path, data
    if damaged:
        raise PackageError(damaged)
