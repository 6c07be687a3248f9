"""Checks an uploaded H5P package (a .h5p zip file) before anything from it is stored.

Pure Python, no database: written from the public H5P specification (package layout,
h5p.json, library.json). Nothing is ever extracted to disk, and members are read in
memory with hard caps, because zip headers can lie. Every refusal is a plain-language
message for the facilitator who uploaded the file, in French then English.
"""

import dataclasses
import io
import json
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Container, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils.translation import gettext as _

MIB = 1024 * 1024
CHUNK = MIB

# H5P core's whitelists (h5p-php-library 1.27, 2024): what content may hold, and what
# libraries may hold besides. svg and xml only in libraries; swf too (Course Presentation's
# downloadify ships one). What matters is how they are served: never by the site, and by the
# player under a policy that runs nothing (views.RUNNABLE_ELSEWHERE).
# fmt: off
CONTENT_EXTENSIONS = frozenset({
    "json",
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
    "eot", "ttf", "woff", "woff2", "otf",
    "webm", "mp4", "ogg", "mp3", "m4a", "wav",
    "txt", "pdf", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
    "csv", "diff", "patch", "swf", "md", "textile", "vtt", "webvtt", "gltf", "glb",
})
# fmt: on
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}

# The core API of the H5P core bundled in the player (h5p-standalone 3.8, package.json): a
# library or content asking for a newer one would not run. A test ties the two together.
PLAYER_CORE_API = (1, 27)
# H5P core's rule for the files of a library's language/ folder: "fr.json", "pt-br.json"…
LANGUAGE_FILE = re.compile(r"(-?[a-z]+){1,7}\.json", re.IGNORECASE)

MACHINE_NAME = re.compile(r"[\w.-]{1,255}", re.ASCII)
LIBRARY_FOLDER = re.compile(r"([\w.-]{1,255})-(\d{1,9})\.(\d{1,9})", re.ASCII)
LANGUAGE = re.compile(r"[-a-zA-Z]{1,10}")
VERSION = re.compile(r"\d{1,9}")
DRIVE = re.compile(r"[A-Za-z]:")
READ_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
SUPPORTED_COMPRESSION = {
    zipfile.ZIP_STORED,
    zipfile.ZIP_DEFLATED,
    zipfile.ZIP_BZIP2,
    zipfile.ZIP_LZMA,
}

H5P_OPTIONAL_TEXTS = (
    "contentType",
    "license",
    "licenseVersion",
    "licenseExtras",
    "source",
    "authorComments",
    "metaKeywords",
    "metaDescription",
    "defaultLanguage",
    "extraTitle",
    "a11yTitle",
)
H5P_OPTIONAL_LISTS = ("authors", "changes")

LibraryKey = tuple[str, int, int]


class PackageError(Exception):
    """A refused package: .problems is the list of plain-language messages (at least one)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems) or [_("Paquet refusé. (Package refused.)")]
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class Limits:
    """Caps on what an upload may cost us; the ratios catch zip bombs."""

    max_file_bytes: int = 100 * MIB
    max_unpacked_bytes: int = 300 * MIB
    max_entries: int = 10_000
    max_ratio: int = 100

    @classmethod
    def from_settings(cls) -> "Limits":
        """The defaults, overridden by settings.PASAPAS_H5P_LIMITS (a dict of field names)."""
        from django.conf import settings

        overrides = getattr(settings, "PASAPAS_H5P_LIMITS", None) if settings.configured else None
        return dataclasses.replace(cls(), **(overrides or {}))


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


def library_label(key: LibraryKey) -> str:
    """A library as people read it: "H5P.Question 1.4"."""
    return f"{key[0]} {key[1]}.{key[2]}"


def _sizes(**counts: int) -> dict[str, str]:
    """Byte counts for messages, in the reader's language (« 5,0 Mo », "5.0 MB")."""
    from django.template.defaultfilters import filesizeformat

    return {name: str(filesizeformat(n)).replace("\xa0", " ") for name, n in counts.items()}


def _shown(text: str, limit: int = 120) -> str:
    """A name safe to show: invisible characters made visible, very long names shortened."""
    text = "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or ord(c) == 127 else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _shown_value(value) -> str:
    if isinstance(value, str):
        return _shown(value, 60)
    return _shown(json.dumps(value, ensure_ascii=False), 60)


def _version(value) -> int | None:
    """Versions are whole numbers; real packages often write them as strings ("1")."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, str) and VERSION.fullmatch(value):
        return int(value)
    return None


def _unsafe(name: str) -> str | None:
    """Why a path could escape the package or fool a file system, or None if it is safe."""
    path = name.removesuffix("/")
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "control"
    if name.startswith("/") or DRIVE.match(name):
        return "absolute"
    if "\\" in name:
        return "backslash"
    parts = path.split("/")
    if ".." in parts:
        return "parent"
    if "" in parts:
        return "empty"
    return None


def _unsafe_message(reason: str, name: str) -> str:
    args = {"name": _shown(name)}
    if reason == "control":
        return (
            _(
                "Le nom du fichier « %(name)s » contient un caractère invisible interdit. "
                "(The name of the file “%(name)s” contains a forbidden invisible character.)"
            )
            % args
        )
    if reason == "absolute":
        return (
            _(
                "Le fichier « %(name)s » a un chemin absolu, ce qui est interdit dans un paquet. "
                "(The file “%(name)s” has an absolute path, which is forbidden in a package.)"
            )
            % args
        )
    if reason == "backslash":
        return (
            _(
                "Le nom du fichier « %(name)s » contient une barre oblique inversée (\\), "
                "ce qui est interdit. (The name of the file “%(name)s” contains a backslash (\\), "
                "which is forbidden.)"
            )
            % args
        )
    if reason == "parent":
        return (
            _(
                "Le fichier « %(name)s » contient « .. » dans son chemin : il pourrait s'écrire en "
                "dehors du paquet. (The file “%(name)s” contains “..” in its path: it could be "
                "written outside the package.)"
            )
            % args
        )
    return (
        _(
            "Le nom du fichier « %(name)s » contient un dossier sans nom (« // »). "
            "(The name of the file “%(name)s” contains a folder without a name (“//”).)"
        )
        % args
    )


def _ignored(parts: list[str]) -> bool:
    """Archivers' litter (__MACOSX/, .DS_Store, .git/…): never stored, never refused for it."""
    return any(part == "__MACOSX" or part.startswith(".") for part in parts)


def _extension_problem(name: str, allowed: frozenset[str]) -> str | None:
    base = name.rsplit("/", 1)[-1]
    ext = base.rsplit(".", 1)[1].lower() if "." in base else ""
    if not ext:
        return _(
            "Le fichier « %(name)s » n'a pas d'extension : ce type de fichier est interdit. "
            "(The file “%(name)s” has no extension: this kind of file is forbidden.)"
        ) % {"name": _shown(name)}
    if ext not in allowed:
        return _(
            "Le fichier « %(name)s » a une extension interdite (%(ext)s). "
            "(The file “%(name)s” has a forbidden extension (%(ext)s).)"
        ) % {"name": _shown(name), "ext": _shown(ext, 20)}
    return None


def _too_big_unpacked(size: int, limit: int) -> str:
    return _(
        "Une fois décompressé, le paquet serait trop gros : %(size)s, pour %(max)s au plus. "
        "(Once unpacked, the package would be too big: %(size)s, at most %(max)s.)"
    ) % _sizes(size=size, max=limit)


def _damaged(name: str) -> str:
    return _(
        "Le fichier « %(name)s » ne correspond pas à ce qu'annonce l'archive (taille ou somme de "
        "contrôle) : le paquet est abîmé ou truqué. (The file “%(name)s” does not match what "
        "the archive declares (size or checksum): the package is damaged or tampered with.)"
    ) % {"name": _shown(name)}


@contextmanager
def _open_zip(source, limits: Limits) -> Iterator[zipfile.ZipFile]:
    """Opens a path, bytes or a binary file-like object, refusing it if too big or not a zip."""
    if isinstance(source, bytes | bytearray | memoryview):
        source = io.BytesIO(source)
    if isinstance(source, str | os.PathLike):
        size = os.path.getsize(source)
    else:
        try:
            source.seek(0, os.SEEK_END)
            size = source.tell()
            source.seek(0)
        except (AttributeError, OSError):
            size = source.size
    if size > limits.max_file_bytes:
        raise PackageError(
            [
                _(
                    "Ce fichier est trop gros : %(size)s, pour %(max)s au plus. "
                    "(This file is too big: %(size)s, at most %(max)s.)"
                )
                % _sizes(size=size, max=limits.max_file_bytes)
            ]
        )
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise PackageError(
            [
                _(
                    "Ce fichier n'est pas un paquet H5P : ce n'est pas une archive zip valide. "
                    "(This file is not an H5P package: it is not a valid zip archive.)"
                )
            ]
        ) from None
    with archive:
        yield archive


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, used: int = 0) -> bytes:
    """The member's bytes, refused if it inflates past its declared size or used + its size
    goes over limit."""
    chunks, size = [], 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise PackageError([_damaged(info.filename)])
                if used + size > limit:
                    raise PackageError([_too_big_unpacked(used + size, limit)])
                chunks.append(chunk)
    except READ_ERRORS:
        raise PackageError([_damaged(info.filename)]) from None
    if size != info.file_size:
        raise PackageError([_damaged(info.filename)])
    return b"".join(chunks)


def _safety_problems(infos: list[zipfile.ZipInfo], limits: Limits) -> list[str]:
    """Everything that makes a zip dangerous to read at all, before looking inside."""
    problems, seen = [], set()
    for info in infos:
        name = info.orig_filename
        args = {"name": _shown(name)}
        if reason := _unsafe(name):
            problems.append(_unsafe_message(reason, name))
        if name in seen:
            problems.append(
                _(
                    "Le fichier « %(name)s » apparaît plusieurs fois dans le paquet. "
                    "(The file “%(name)s” appears several times in the package.)"
                )
                % args
            )
        seen.add(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(
                _(
                    "Le fichier « %(name)s » est un lien symbolique, ce qui est interdit dans un "
                    "paquet. (The file “%(name)s” is a symbolic link, which is forbidden in a "
                    "package.)"
                )
                % args
            )
        if info.flag_bits & 0x1:
            problems.append(
                _(
                    "Le fichier « %(name)s » est protégé par un mot de passe : les paquets "
                    "chiffrés sont refusés. (The file “%(name)s” is password-protected: "
                    "encrypted packages are refused.)"
                )
                % args
            )
        elif info.compress_type not in SUPPORTED_COMPRESSION:
            problems.append(
                _(
                    "Le fichier « %(name)s » est compressé d'une façon inconnue. "
                    "(The file “%(name)s” is compressed in an unknown way.)"
                )
                % args
            )
        if info.file_size > MIB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            problems.append(
                _(
                    "Le fichier « %(name)s » est anormalement compressé (%(ratio)d fois) : c'est "
                    "peut-être une « bombe zip ». (The file “%(name)s” is abnormally compressed "
                    "(%(ratio)d times): it may be a “zip bomb”.)"
                )
                % {**args, "ratio": info.file_size // max(info.compress_size, 1)}
            )
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if unpacked > limits.max_unpacked_bytes:
        problems.append(_too_big_unpacked(unpacked, limits.max_unpacked_bytes))
    if unpacked > MIB and unpacked > limits.max_ratio * max(packed, 1):
        problems.append(
            _(
                "Le paquet est anormalement compressé (%(ratio)d fois) : c'est peut-être une "
                "« bombe zip ». (The package is abnormally compressed (%(ratio)d times): it may "
                "be a “zip bomb”.)"
            )
            % {"ratio": unpacked // max(packed, 1)}
        )
    return problems


def _load_json(
    archive, info, name: str, limits: Limits, problems: list[str], expected: type = dict
):
    """A member parsed as a JSON object (or list), or None with the reason added to
    problems."""
    args = {"name": name}
    try:
        data = json.loads(_read(archive, info, limits.max_unpacked_bytes))
    except PackageError as error:
        problems.extend(error.problems)
        return None
    except UnicodeDecodeError:
        problems.append(
            _(
                "Le fichier « %(name)s » est illisible : ce n'est pas du texte UTF-8. "
                "(The file “%(name)s” cannot be read: it is not UTF-8 text.)"
            )
            % args
        )
        return None
    except json.JSONDecodeError as error:
        problems.append(
            _(
                "Le fichier « %(name)s » est illisible : JSON invalide à la ligne %(line)d, "
                "colonne %(col)d (%(reason)s). (The file “%(name)s” cannot be read: invalid "
                "JSON at line %(line)d, column %(col)d (%(reason)s).)"
            )
            % {**args, "line": error.lineno, "col": error.colno, "reason": error.msg}
        )
        return None
    except RecursionError:
        problems.append(
            _(
                "Le fichier « %(name)s » est illisible : JSON trop imbriqué. "
                "(The file “%(name)s” cannot be read: JSON nested too deeply.)"
            )
            % args
        )
        return None
    if not isinstance(data, expected):
        problems.append(
            _(
                "Le fichier « %(name)s » doit contenir un objet JSON ({…}). "
                "(The file “%(name)s” must contain a JSON object ({…}).)"
            )
            % args
            if expected is dict
            else _("Le fichier « %(name)s » doit contenir une liste JSON ([…]).") % args
        )
        return None
    return data


class _Fields:
    """Reads fields of one JSON object, adding a message to problems for each bad one.

    Each reader returns the clean value, or None when the field is missing or invalid."""

    def __init__(self, file: str, data: dict, problems: list[str], prefix: str = ""):
        self.file, self.data, self.problems, self.prefix = file, data, problems, prefix

    def _args(self, name: str, value=None) -> dict:
        return {"file": self.file, "field": self.prefix + name, "value": _shown_value(value)}

    def _get(self, name: str, required: bool):
        value = self.data.get(name)
        if value is None and required:
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ obligatoire « %(field)s » manque. "
                    "(In “%(file)s”, the required field “%(field)s” is missing.)"
                )
                % self._args(name)
            )
        return value

    def text(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and value.strip() and len(value) <= 255:
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un texte non vide de 255 "
                "caractères au plus. (In “%(file)s”, the field “%(field)s” must be a non-empty "
                "text of at most 255 characters.)"
            )
            % self._args(name)
        )
        return None

    def machine_name(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and MACHINE_NAME.fullmatch(value):
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un nom de bibliothèque "
                "(lettres, chiffres, points et tirets), pas « %(value)s ». (In “%(file)s”, the "
                "field “%(field)s” must be a library name (letters, digits, dots and dashes), "
                "not “%(value)s”.)"
            )
            % self._args(name, value)
        )
        return None

    def version(self, name: str) -> int | None:
        value = self._get(name, True)
        if value is None:
            return None
        if (number := _version(value)) is not None:
            return number
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un numéro de version (un "
                "nombre entier, 0 ou plus), pas « %(value)s ». (In “%(file)s”, the field "
                "“%(field)s” must be a version number (a whole number, 0 or more), not "
                "“%(value)s”.)"
            )
            % self._args(name, value)
        )
        return None

    def language(self, name: str) -> str | None:
        value = self._get(name, True)
        if value is None:
            return None
        if isinstance(value, str) and LANGUAGE.fullmatch(value):
            return value
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être un code de langue comme "
                "« fr » ou « und », pas « %(value)s ». (In “%(file)s”, the field “%(field)s” "
                "must be a language code such as “fr” or “und”, not “%(value)s”.)"
            )
            % self._args(name, value)
        )
        return None

    def runnable(self, name: str) -> bool | None:
        value = self._get(name, True)
        if value is None:
            return None
        if value in (0, 1) and isinstance(value, int):
            return bool(value)
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit valoir 0 ou 1, pas « %(value)s ». "
                "(In “%(file)s”, the field “%(field)s” must be 0 or 1, not “%(value)s”.)"
            )
            % self._args(name, value)
        )
        return None

    def embed_types(self, name: str) -> None:
        value = self._get(name, True)
        if value is None:
            return
        if not (isinstance(value, list) and value and all(v in ("div", "iframe") for v in value)):
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ « %(field)s » doit être une liste non vide de "
                    "« div » ou « iframe ». (In “%(file)s”, the field “%(field)s” must be a "
                    "non-empty list of “div” or “iframe”.)"
                )
                % self._args(name)
            )

    def of_type(self, name: str, kind: type) -> None:
        value = self._get(name, False)
        if value is not None and not isinstance(value, kind):
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ « %(field)s » n'a pas le bon format. "
                    "(In “%(file)s”, the field “%(field)s” has the wrong format.)"
                )
                % self._args(name)
            )

    def core_api(self, name: str) -> None:
        """An optional {"majorVersion", "minorVersion"}: the H5P core it needs must not be
        newer than the player's."""
        value = self._get(name, False)
        if value is None:
            return
        if not isinstance(value, dict):
            self.of_type(name, dict)
            return
        fields = _Fields(self.file, value, self.problems, f"{self.prefix}{name}.")
        wanted = (fields.version("majorVersion"), fields.version("minorVersion"))
        if None in wanted or wanted <= PLAYER_CORE_API:
            return
        self.problems.append(
            _(
                "« %(file)s » demande la version %(wanted)s du moteur H5P, mais le lecteur du "
                "site fournit la version %(have)s : exportez l'activité depuis un éditeur à jour "
                "de ses bibliothèques, ou demandez à l'administrateur de mettre à jour le "
                "lecteur."
            )
            % {
                "file": self.file,
                "wanted": "{}.{}".format(*wanted),
                "have": "{}.{}".format(*PLAYER_CORE_API),
            }
        )

    def _list_of_objects(self, name: str, required: bool) -> list | None:
        value = self._get(name, required)
        if value is None:
            return [] if not required else None
        if isinstance(value, list) and all(isinstance(item, dict) for item in value):
            if value or not required:
                return value
            self.problems.append(
                _(
                    "Dans « %(file)s », la liste « %(field)s » est vide. "
                    "(In “%(file)s”, the list “%(field)s” is empty.)"
                )
                % self._args(name)
            )
            return None
        self.problems.append(
            _(
                "Dans « %(file)s », le champ « %(field)s » doit être une liste d'objets JSON "
                "({…}). (In “%(file)s”, the field “%(field)s” must be a list of JSON objects "
                "({…}).)"
            )
            % self._args(name)
        )
        return None

    def dependencies(self, name: str, *, required: bool = False) -> list[LibraryKey] | None:
        """The listed libraries, or None if the list or any of its items is invalid."""
        items = self._list_of_objects(name, required)
        if items is None:
            return None
        keys, valid = [], True
        for index, item in enumerate(items):
            fields = _Fields(self.file, item, self.problems, f"{self.prefix}{name}[{index}].")
            key = (
                fields.machine_name("machineName"),
                fields.version("majorVersion"),
                fields.version("minorVersion"),
            )
            if None in key:
                valid = False
            else:
                keys.append(key)
        return keys if valid else None

    def paths(self, name: str) -> list[str]:
        items = self._list_of_objects(name, False) or []
        paths = [item.get("path") for item in items]
        if not all(isinstance(path, str) and path for path in paths):
            self.problems.append(
                _(
                    "Dans « %(file)s », le champ « %(field)s » doit être une liste de fichiers "
                    '({"path": …}). (In “%(file)s”, the field “%(field)s” must be a list of '
                    'files ({"path": …}).)'
                )
                % self._args(name)
            )
            return [path for path in paths if isinstance(path, str) and path]
        return paths


def _check_h5p(data: dict, problems: list[str]) -> tuple[LibraryKey | None, list[LibraryKey]]:
    """The main library and the libraries h5p.json asks to preload."""
    fields = _Fields("h5p.json", data, problems)
    fields.text("title")
    main = fields.machine_name("mainLibrary")
    fields.language("language")
    preloaded = fields.dependencies("preloadedDependencies", required=True)
    fields.embed_types("embedTypes")
    fields.dependencies("dynamicDependencies")
    fields.dependencies("editorDependencies")
    fields.core_api("coreApi")
    for name in H5P_OPTIONAL_TEXTS:
        fields.of_type(name, str)
    for name in H5P_OPTIONAL_LISTS:
        fields.of_type(name, list)
    if main is None or preloaded is None:
        return None, preloaded or []
    key = next((key for key in preloaded if key[0] == main), None)
    if key is None:
        problems.append(
            _(
                "Dans « h5p.json », la bibliothèque principale « %(name)s » n'est pas dans la "
                "liste « preloadedDependencies ». (In “h5p.json”, the main library “%(name)s” "
                "is not in the “preloadedDependencies” list.)"
            )
            % {"name": _shown(main)}
        )
    return key, preloaded


def _check_library(
    archive, folder: str, members: dict[str, zipfile.ZipInfo], limits: Limits, problems: list[str]
) -> tuple[LibraryInfo | None, list[LibraryKey]]:
    """One library folder checked against its library.json, and the libraries it needs.

    The needs are returned even for a faulty library, so missing ones are reported too."""
    args = {"folder": _shown(folder)}
    info = members.get("library.json")
    if info is None:
        problems.append(
            _(
                "La bibliothèque « %(folder)s » n'a pas de fichier « library.json ». "
                "(The library “%(folder)s” has no “library.json” file.)"
            )
            % args
        )
        return None, []
    name = f"{folder}/library.json"
    data = _load_json(archive, info, name, limits, problems)
    if data is None:
        return None, []
    before = len(problems)
    fields = _Fields(name, data, problems)
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
                "« %(declared)s ». (The folder “%(folder)s” does not match its “library.json”, "
                "which declares “%(declared)s”.)"
            )
            % {**args, "declared": _shown(declared)}
        )
    for path in preloaded_files:
        path_args = {**args, "path": _shown(path)}
        if _unsafe(path):
            problems.append(
                _(
                    "La bibliothèque « %(folder)s » annonce un chemin de fichier dangereux : "
                    "« %(path)s ». (The library “%(folder)s” lists a dangerous file path: "
                    "“%(path)s”.)"
                )
                % path_args
            )
        elif path not in members:
            problems.append(
                _(
                    "La bibliothèque « %(folder)s » annonce le fichier « %(path)s », qui n'est "
                    "pas dans le paquet. (The library “%(folder)s” lists the file “%(path)s”, "
                    "which is not in the package.)"
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
                % {"folder": _shown(folder), "name": _shown(path)}
            )
            continue
        _load_json(archive, info, f"{folder}/{path}", limits, problems)
    if "semantics.json" in members:
        name = f"{folder}/semantics.json"
        _load_json(archive, members["semantics.json"], name, limits, problems, expected=list)


def _load_order(roots: list[LibraryKey], needs) -> list[LibraryKey]:
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
    with _open_zip(source, limits) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise PackageError(
                [
                    _(
                        "Le paquet contient trop de fichiers : %(count)d, pour %(max)d au plus. "
                        "(The package contains too many files: %(count)d, at most %(max)d.)"
                    )
                    % {"count": len(infos), "max": limits.max_entries}
                ]
            )
        if problems := _safety_problems(infos, limits):
            raise PackageError(problems)

        h5p_info, content, folders = None, {}, {}
        for info in infos:
            parts = info.filename.split("/")
            if info.is_dir() or _ignored(parts):
                continue
            if info.filename == "h5p.json":
                h5p_info = info
                continue
            in_library = len(parts) > 1 and parts[0] != "content"
            allowed = LIBRARY_EXTENSIONS if in_library else CONTENT_EXTENSIONS
            if problem := _extension_problem(info.filename, allowed):
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
                    "racine. (This file is not an H5P package: the file “h5p.json” is missing at "
                    "the top level.)"
                )
            )
        elif (h5p := _load_json(archive, h5p_info, "h5p.json", limits, problems)) is not None:
            main, roots = _check_h5p(h5p, problems)

        content_data = None
        if "content.json" not in content:
            problems.append(
                _(
                    "Ce fichier n'est pas un paquet H5P : il manque le contenu "
                    "(« content/content.json »). (This file is not an H5P package: the content "
                    "(“content/content.json”) is missing.)"
                )
            )
        else:
            content_data = _load_json(
                archive, content["content.json"], "content/content.json", limits, problems
            )

        needs, libraries = {}, {}
        for folder, members in folders.items():
            match = LIBRARY_FOLDER.fullmatch(folder)
            if not match:
                problems.append(
                    _(
                        "Le dossier « %(folder)s » n'est pas une bibliothèque H5P : son nom doit "
                        "être de la forme « Nom-1.0 ». (The folder “%(folder)s” is not an H5P "
                        "library: its name must look like “Name-1.0”.)"
                    )
                    % {"folder": _shown(folder)}
                )
                continue
            key = (match[1], int(match[2]), int(match[3]))
            library, needs[key] = _check_library(archive, folder, members, limits, problems)
            if library:
                libraries[key] = library

    dependencies = _load_order(roots, lambda key: needs.get(key, []))
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
                    "installée sur le site. (The library “%(library)s” is missing: it is neither "
                    "in the package nor installed on the site.)"
                )
                % {"library": _shown(library_label(key))}
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
    with _open_zip(source, limits) as archive:
        used = 0
        for target, path, name in wanted:
            try:
                info = archive.getinfo(name)
            except KeyError:
                damaged.append(_damaged(name))
                continue
            try:
                data = _read(archive, info, limits.max_unpacked_bytes, used)
            except PackageError as error:
                if error.problems != [_damaged(name)]:
                    raise  # a cap reached: stop reading at once
                damaged.append(_damaged(name))
                continue
            used += len(data)
            yield target, path, data
    if damaged:
        raise PackageError(damaged)
