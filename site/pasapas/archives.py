"""Archive safety shared by every upload that is a zip (H5P, SCORM, course exports).

A zip is read in memory with hard caps, because its headers can lie: it is refused for
dangerous names (absolute paths, « .. », backslashes, control characters), links, encryption,
unknown compression, too many entries and bombs before anything inside is read, and each member
is read with a limit on what it may inflate to. Every refusal is a plain-French message for the
person who uploaded the file (English in the catalogue)."""

import io
import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.utils.translation import gettext as _

MIB = 1024 * 1024
CHUNK = MIB


class ArchiveError(Exception):
    """A refused archive: .problems is the list of plain-language messages (at least one)."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems) or [_("Paquet refusé.")]
        super().__init__("\n".join(self.problems))


@dataclass(frozen=True)
class ArchiveLimits:
    """Caps on what an upload may cost us; the ratios catch zip bombs."""

    max_file_bytes: int = 100 * MIB
    max_unpacked_bytes: int = 300 * MIB
    max_entries: int = 10_000
    max_ratio: int = 100


def sizes(**counts: int) -> dict[str, str]:
    """Byte counts for messages, in the reader's language (« 5,0 Mo », "5.0 MB")."""
    from django.template.defaultfilters import filesizeformat

    return {name: str(filesizeformat(n)).replace("\xa0", " ") for name, n in counts.items()}


def shown(text: str, limit: int = 120) -> str:
    """A name safe to show: invisible characters made visible, very long names shortened."""
    text = "".join(f"\\x{ord(c):02x}" if ord(c) < 32 or ord(c) == 127 else c for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
def open_zip(source, limits: ArchiveLimits, not_a_zip: str) -> Iterator[zipfile.ZipFile]:
    """Opens a path, bytes or a binary file-like object, refusing it if too big or not a zip
    (not_a_zip: the message that names what was expected, « paquet H5P », « paquet SCORM »…)."""
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
        raise ArchiveError(
            [
                _("Ce fichier est trop gros : %(size)s, pour %(max)s au plus.")
                % sizes(size=size, max=limits.max_file_bytes)
            ]
        )
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise ArchiveError([not_a_zip]) from None
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
                    raise ArchiveError([damaged_message(info.filename)])
                if used + size > limit:
                    raise ArchiveError([too_big_unpacked(used + size, limit)])
                chunks.append(chunk)
    except READ_ERRORS:
        raise ArchiveError([damaged_message(info.filename)]) from None
    if size != info.file_size:
        raise ArchiveError([damaged_message(info.filename)])
    return b"".join(chunks)


def entry_count_problem(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> str | None:
    if len(infos) > limits.max_entries:
        return _("Le paquet contient trop de fichiers : %(count)d, pour %(max)d au plus.") % {
            "count": len(infos),
            "max": limits.max_entries,
        }
    return None


def safety_problems(infos: list[zipfile.ZipInfo], limits: ArchiveLimits) -> list[str]:
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


def checked_infos(archive: zipfile.ZipFile, limits: ArchiveLimits) -> list[zipfile.ZipInfo]:
    """The archive's entries once count and safety passed; raises ArchiveError otherwise."""
    infos = archive.infolist()
    if problem := entry_count_problem(infos, limits):
        raise ArchiveError([problem])
    if problems := safety_problems(infos, limits):
        raise ArchiveError(problems)
    return infos
