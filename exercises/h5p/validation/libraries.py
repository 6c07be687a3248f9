"""The library graph: each library folder checked (library.json, language files, semantics,
the files it preloads), then the load order of what the content needs."""

import re
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _

from .archive import load_json, unsafe_reason
from .fields import Fields, LibraryKey
from .limits import Limits
from .refusals import shown

# H5P core's rule for the files of a library's language/ folder: "fr.json", "pt-br.json"…
LANGUAGE_FILE = re.compile(r"(-?[a-z]+){1,7}\.json", re.IGNORECASE)


LIBRARY_FOLDER = re.compile(r"([\w.-]{1,255})-(\d{1,9})\.(\d{1,9})", re.ASCII)


@dataclass
class LibraryInfo:
    machine_name: str
    major: int
    minor: int
    patch: int
    title: str
    runnable: bool
    folder: str
    data: dict
    files: list[str]
    preloaded_dependencies: list[LibraryKey]
    dynamic_dependencies: list[LibraryKey]

    @property
    def key(self) -> LibraryKey:
        return (self.machine_name, self.major, self.minor)

    @property
    def version(self) -> tuple[int, int, int]:
        return (self.major, self.minor, self.patch)


def library_label(key: LibraryKey) -> str:
    """A library as people read it: "H5P.Question 1.4"."""
    return f"{key[0]} {key[1]}.{key[2]}"


def check_library(
    archive, folder: str, members: dict[str, zipfile.ZipInfo], limits: Limits, problems: list[str]
) -> tuple[LibraryInfo | None, list[LibraryKey]]:
    """One library folder checked against its library.json, and the libraries it needs.

    The needs are returned even for a faulty library, so missing ones are reported too."""
    args = {"folder": shown(folder)}
    info = members.get("library.json")
    if info is None:
        problems.append(
            _("La bibliothèque « %(folder)s » n'a pas de fichier « library.json ».") % args
        )
        return None, []
    name = f"{folder}/library.json"
    data = load_json(archive, info, name, limits, problems)
    if data is None:
        return None, []
    before = len(problems)
    fields = Fields(name, data, problems)
    title = fields.text("title")
    machine = fields.machine_name("machineName")
    major, minor, patch = (fields.version(f"{part}Version") for part in ("major", "minor", "patch"))
    runnable = fields.runnable("runnable")
    preloaded = fields.dependencies("preloadedDependencies")
    dynamic = fields.dependencies("dynamicDependencies")
    fields.dependencies("editorDependencies")
    preloaded_files = fields.paths("preloadedJs") + fields.paths("preloadedCss")
    fields.core_api("coreApi")
    _check_library_files(archive, folder, members, limits, problems)
    declared = f"{machine}-{major}.{minor}"
    if None not in (machine, major, minor) and declared != folder:
        problems.append(
            _(
                "Le dossier « %(folder)s » ne correspond pas à son « library.json », qui annonce "
                "« %(declared)s »."
            )
            % {**args, "declared": shown(declared)}
        )
    for path in preloaded_files:
        path_args = {**args, "path": shown(path)}
        if unsafe_reason(path):
            problems.append(
                _(
                    "La bibliothèque « %(folder)s » annonce un chemin de fichier dangereux : "
                    "« %(path)s »."
                )
                % path_args
            )
        elif path not in members:
            problems.append(
                _(
                    "La bibliothèque « %(folder)s » annonce le fichier « %(path)s », qui n'est "
                    "pas dans le paquet."
                )
                % path_args
            )
    needs = (preloaded or []) + (dynamic or [])
    if len(problems) > before:
        return None, needs
    library = LibraryInfo(
        machine_name=machine,
        major=major,
        minor=minor,
        patch=patch,
        title=title,
        runnable=runnable,
        folder=folder,
        data=data,
        files=list(members),
        preloaded_dependencies=preloaded,
        dynamic_dependencies=dynamic,
    )
    return library, needs


def _check_library_files(archive, folder: str, members, limits: Limits, problems: list[str]):
    """What H5P core reads of a library besides library.json: its language files (named by
    a language code, JSON objects) and its semantics (a JSON list)."""
    for path, info in members.items():
        if not path.startswith("language/"):
            continue
        name = path.removeprefix("language/")
        if not LANGUAGE_FILE.fullmatch(name):
            problems.append(
                _(
                    "Dans la bibliothèque « %(folder)s », le fichier de langue « %(name)s » est "
                    "mal nommé : il faut un code de langue suivi de « .json », comme « fr.json » "
                    "ou « pt-br.json »."
                )
                % {"folder": shown(folder), "name": shown(path)}
            )
            continue
        load_json(archive, info, f"{folder}/{path}", limits, problems)
    if "semantics.json" in members:
        name = f"{folder}/semantics.json"
        load_json(archive, members["semantics.json"], name, limits, problems, expected=list)


def load_order(roots: list[LibraryKey], needs) -> list[LibraryKey]:
    """Every library reachable from roots, each once, dependencies before dependents.

    Iterative depth-first walk, so deep chains cannot overflow the stack; a library met
    again while its own dependencies are being walked (a cycle) is not followed twice."""
    order, seen = [], set()
    for root in roots:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(needs(root)))]
        while stack:
            key, pending = stack[-1]
            child = next(pending, None)
            if child is None:
                stack.pop()
                order.append(key)
            elif child not in seen:
                seen.add(child)
                stack.append((child, iter(needs(child))))
    return order
