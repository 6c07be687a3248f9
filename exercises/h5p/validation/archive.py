"""Archive safety: a zip read in memory with hard caps (its headers can lie), refused for
dangerous names, links, encryption, bombs and forbidden file types before anything inside is
read; and its JSON members parsed with a plain reason when they are unreadable."""

import io
import json
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from django.utils.translation import gettext as _

from .limits import MIB, Limits
from .refusals import PackageError, shown, sizes

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


def unsafe_reason(name: str) -> str | None:
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


def unsafe_message(reason: str, name: str) -> str:
    args = {"name": shown(name)}
    if reason == "control":
        return _("Le nom du fichier « %(name)s » contient un caractère invisible interdit.") % args
    if reason == "absolute":
        return (
            _("Le fichier « %(name)s » a un chemin absolu, ce qui est interdit dans un paquet.")
            % args
        )
    if reason == "backslash":
        return (
            _(
                "Le nom du fichier « %(name)s » contient une barre oblique inversée (\\), "
                "ce qui est interdit."
            )
            % args
        )
    if reason == "parent":
        return (
            _(
                "Le fichier « %(name)s » contient « .. » dans son chemin : il pourrait s'écrire en "
                "dehors du paquet."
            )
            % args
        )
    return _("Le nom du fichier « %(name)s » contient un dossier sans nom (« // »).") % args


def ignored(parts: list[str]) -> bool:
    """Archivers' litter (__MACOSX/, .DS_Store, .git/…): never stored, never refused for it."""
    return any(part == "__MACOSX" or part.startswith(".") for part in parts)


def extension_problem(name: str, allowed: frozenset[str]) -> str | None:
    base = name.rsplit("/", 1)[-1]
    ext = base.rsplit(".", 1)[1].lower() if "." in base else ""
    if not ext:
        return _(
            "Le fichier « %(name)s » n'a pas d'extension : ce type de fichier est interdit."
        ) % {"name": shown(name)}
    if ext not in allowed:
        return _("Le fichier « %(name)s » a une extension interdite (%(ext)s).") % {
            "name": shown(name),
            "ext": shown(ext, 20),
        }
    return None


def too_big_unpacked(size: int, limit: int) -> str:
    return _(
        "Une fois décompressé, le paquet serait trop gros : %(size)s, pour %(max)s au plus."
    ) % sizes(size=size, max=limit)


def damaged_message(name: str) -> str:
    return _(
        "Le fichier « %(name)s » ne correspond pas à ce qu'annonce l'archive (taille ou somme de "
        "contrôle) : le paquet est abîmé ou truqué."
    ) % {"name": shown(name)}


@contextmanager
def open_zip(source, limits: Limits) -> Iterator[zipfile.ZipFile]:
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
                _("Ce fichier est trop gros : %(size)s, pour %(max)s au plus.")
                % sizes(size=size, max=limits.max_file_bytes)
            ]
        )
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise PackageError(
            [_("Ce fichier n'est pas un paquet H5P : ce n'est pas une archive zip valide.")]
        ) from None
    with archive:
        yield archive


def read_member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, used: int = 0
) -> bytes:
    """The member's bytes, refused if it inflates past its declared size or used + its size
    goes over limit."""
    chunks, size = [], 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(CHUNK):
                size += len(chunk)
                if size > info.file_size:
                    raise PackageError([damaged_message(info.filename)])
                if used + size > limit:
                    raise PackageError([too_big_unpacked(used + size, limit)])
                chunks.append(chunk)
    except READ_ERRORS:
        raise PackageError([damaged_message(info.filename)]) from None
    if size != info.file_size:
        raise PackageError([damaged_message(info.filename)])
    return b"".join(chunks)


def safety_problems(infos: list[zipfile.ZipInfo], limits: Limits) -> list[str]:
    """Everything that makes a zip dangerous to read at all, before looking inside."""
    problems, seen = [], set()
    for info in infos:
        name = info.orig_filename
        args = {"name": shown(name)}
        if reason := unsafe_reason(name):
            problems.append(unsafe_message(reason, name))
        if name in seen:
            problems.append(
                _("Le fichier « %(name)s » apparaît plusieurs fois dans le paquet.") % args
            )
        seen.add(name)
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(
                _(
                    "Le fichier « %(name)s » est un lien symbolique, ce qui est interdit dans un "
                    "paquet."
                )
                % args
            )
        if info.flag_bits & 0x1:
            problems.append(
                _(
                    "Le fichier « %(name)s » est protégé par un mot de passe : les paquets "
                    "chiffrés sont refusés."
                )
                % args
            )
        elif info.compress_type not in SUPPORTED_COMPRESSION:
            problems.append(_("Le fichier « %(name)s » est compressé d'une façon inconnue.") % args)
        if info.file_size > MIB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            problems.append(
                _(
                    "Le fichier « %(name)s » est anormalement compressé (%(ratio)d fois) : c'est "
                    "peut-être une « bombe zip »."
                )
                % {**args, "ratio": info.file_size // max(info.compress_size, 1)}
            )
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos)
    if unpacked > limits.max_unpacked_bytes:
        problems.append(too_big_unpacked(unpacked, limits.max_unpacked_bytes))
    if unpacked > MIB and unpacked > limits.max_ratio * max(packed, 1):
        problems.append(
            _(
                "Le paquet est anormalement compressé (%(ratio)d fois) : c'est peut-être une "
                "« bombe zip »."
            )
            % {"ratio": unpacked // max(packed, 1)}
        )
    return problems


def load_json(archive, info, name: str, limits: Limits, problems: list[str], expected: type = dict):
    """A member parsed as a JSON object (or list), or None with the reason added to
    problems."""
    args = {"name": name}
    try:
        data = json.loads(read_member(archive, info, limits.max_unpacked_bytes))
    except PackageError as error:
        problems.extend(error.problems)
        return None
    except UnicodeDecodeError:
        problems.append(
            _("Le fichier « %(name)s » est illisible : ce n'est pas du texte UTF-8.") % args
        )
        return None
    except json.JSONDecodeError as error:
        problems.append(
            # Python's own reason (error.msg) is English: the line and column say where.
            _(
                "Le fichier « %(name)s » est illisible : JSON invalide à la ligne %(line)d, "
                "colonne %(col)d."
            )
            % {**args, "line": error.lineno, "col": error.colno}
        )
        return None
    except RecursionError:
        problems.append(_("Le fichier « %(name)s » est illisible : JSON trop imbriqué.") % args)
        return None
    if not isinstance(data, expected):
        problems.append(
            _("Le fichier « %(name)s » doit contenir un objet JSON ({…}).") % args
            if expected is dict
            else _("Le fichier « %(name)s » doit contenir une liste JSON ([…]).") % args
        )
        return None
    return data
