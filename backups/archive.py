"""The archive itself: a .tar.gz holding data.json, media/<storage name> and manifest.json.

The manifest comes last, so that each media file is read only once while it is archived and
hashed. Reading checks everything before the caller changes anything: the member names (no
absolute path, no `..`, no link), the manifest's fields, and each file against its sha256."""

import hashlib
import re
import shutil
import tarfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _
from pasapas.json_limits import loads_bounded

FORMAT = "pasapas-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "data.json"
MEDIA_PREFIX = "media/"
CHUNK = 1024 * 1024
SHA256 = re.compile(r"^[0-9a-f]{64}$")
MANIFEST_MAX_BYTES = 256 * 1024 * 1024
READ_ERRORS = (tarfile.TarError, EOFError, zlib.error, OSError)


class BackupError(Exception):
    """A backup or restore that cannot go on, said in plain words in the active language (the
    English is in the catalogue, never beside the French)."""


class HashingReader:
    """Reads a file once while hashing what was read: tarfile and storages pull from it."""

    def __init__(self, raw):
        self.raw = raw
        self.sha = hashlib.sha256()
        self.size = 0

    def read(self, size=-1):
        data = self.raw.read(size)
        self.sha.update(data)
        self.size += len(data)
        return data

    def drain(self):
        while self.read(CHUNK):
            pass
        return self

    @property
    def entry(self):
        return {"size": self.size, "sha256": self.sha.hexdigest()}


def safe_storage_name(name):
    """True when a storage name stays inside the media folder, whatever the storage."""
    return (
        isinstance(name, str)
        and bool(name)
        and not name.startswith("/")
        and "\\" not in name
        and "\x00" not in name
        and all(part not in ("", ".", "..") for part in name.split("/"))
    )


# --- writing ---------------------------------------------------------------------------------


def add_file(tar, name, path):
    """Add a local file; returns its size and sha256."""
    path = Path(path)
    info = tarfile.TarInfo(name)
    info.size = path.stat().st_size
    info.mtime = time.time()
    info.mode = 0o644
    with path.open("rb") as raw:
        reader = HashingReader(raw)
        tar.addfile(info, reader)
    return reader.entry


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = time.time()
    info.mode = 0o644
    reader = HashingReader(_BytesSource(data))
    tar.addfile(info, reader)
    return reader.entry


class _BytesSource:
    def __init__(self, data):
        self.data, self.position = data, 0

    def read(self, size=-1):
        end = len(self.data) if size is None or size < 0 else self.position + size
        chunk = self.data[self.position : end]
        self.position += len(chunk)
        return chunk


def add_storage_file(tar, storage, name):
    """Stream one media file from the storage into the archive; returns its manifest entry."""
    try:
        size = storage.size(name)
        handle = storage.open(name, "rb")
    except OSError as error:
        raise BackupError(
            _("Impossible de lire le fichier de media « %(name)s » : %(error)s")
            % {"name": name, "error": error}
        ) from error
    info = tarfile.TarInfo(MEDIA_PREFIX + name)
    info.size = size
    info.mode = 0o644
    try:
        info.mtime = storage.get_modified_time(name).timestamp()
    except (NotImplementedError, OSError):
        info.mtime = time.time()
    reader = HashingReader(handle)
    try:
        tar.addfile(info, reader)
    except OSError as error:
        if reader.size < size and str(error) == "unexpected end of data":
            raise BackupError(
                _("Le fichier « %(name)s » a changé pendant la sauvegarde : recommencez-la")
                % {"name": name}
            ) from error
        raise
    finally:
        handle.close()
    return {"name": name, **reader.entry}


# --- reading ---------------------------------------------------------------------------------


@dataclass
class CheckedArchive:
    """An archive that passed every check, with data.json copied out for loaddata."""

    path: Path
    manifest: dict
    data_path: Path
    media: list = field(default_factory=list)


def _unreadable(error):
    return BackupError(
        _("Ce fichier n'est pas une sauvegarde .tar.gz lisible : %(error)s") % {"error": error}
    )


def _refused(reason):
    return BackupError(_("Sauvegarde refusée : %(reason)s") % {"reason": reason})


def _member_kind(member):
    """'manifest', 'data', 'media', or 'folder' (ignored); refuses anything else."""
    name = member.name
    if member.issym() or member.islnk():
        raise _refused(_("« %(name)s » est un lien") % {"name": name})
    if name in (MANIFEST, DATA):
        kind = "manifest" if name == MANIFEST else "data"
    elif name.startswith(MEDIA_PREFIX) and safe_storage_name(name[len(MEDIA_PREFIX) :]):
        kind = "media"
    elif name.rstrip("/") == MEDIA_PREFIX.rstrip("/"):
        kind = "folder"
    else:
        raise _refused(
            _("le chemin « %(name)s » sort du dossier de la sauvegarde ou est inconnu")
            % {"name": name}
        )
    if member.isdir() and kind in ("media", "folder"):
        return "folder"
    if not member.isreg():
        raise _refused(_("« %(name)s » n'est pas un fichier") % {"name": name})
    return kind


def _members(path):
    """Each member with its readable file, in archive order, checked one by one."""
    seen = set()
    try:
        with tarfile.open(path, mode="r|gz") as tar:
            for member in tar:
                kind = _member_kind(member)
                if member.name in seen:
                    raise _refused(_("« %(name)s » est en double") % {"name": member.name})
                seen.add(member.name)
                if kind != "folder":
                    yield kind, member, tar.extractfile(member)
    except READ_ERRORS as error:
        raise _unreadable(error) from error


def check_archive(path, workdir):
    """Read the whole archive once; returns a CheckedArchive or raises BackupError."""
    raw_manifest, data_entry, found = None, None, {}
    data_path = Path(workdir) / DATA
    try:
        for kind, member, handle in _members(path):
            if kind == "manifest":
                raw_manifest = handle.read(MANIFEST_MAX_BYTES + 1)
            elif kind == "data":
                with data_path.open("wb") as out:
                    reader = HashingReader(handle)
                    shutil.copyfileobj(reader, out, CHUNK)
                data_entry = reader.entry
            else:
                found[member.name[len(MEDIA_PREFIX) :]] = HashingReader(handle).drain().entry
    except READ_ERRORS as error:  # a member's bytes are read here, outside _members
        raise _unreadable(error) from error
    if raw_manifest is None or data_entry is None:
        missing = MANIFEST if raw_manifest is None else DATA
        raise _refused(_("il manque %(name)s") % {"name": missing})
    manifest = parse_manifest(raw_manifest)
    if data_entry != {k: manifest["data"][k] for k in ("size", "sha256")}:
        raise _refused(_("%(name)s ne correspond pas à son empreinte") % {"name": DATA})
    listed = {entry["name"]: entry for entry in manifest["media"]}
    for name in sorted(set(listed) | set(found)):
        if name not in found:
            raise _refused(_("le fichier « %(name)s » manque") % {"name": name})
        if name not in listed:
            raise _refused(
                _("le fichier « %(name)s » n'est pas dans le manifeste") % {"name": name}
            )
        if found[name] != {k: listed[name][k] for k in ("size", "sha256")}:
            raise _refused(
                _("le fichier « %(name)s » ne correspond pas à son empreinte") % {"name": name}
            )
    return CheckedArchive(Path(path), manifest, data_path, manifest["media"])


def iter_media(path):
    """The media files again, for writing: (storage name, readable file)."""
    for kind, member, handle in _members(path):
        if kind == "media":
            yield member.name[len(MEDIA_PREFIX) :], handle


def _bad_manifest(detail):
    return _refused(_("le manifeste est illisible ou incomplet (%(detail)s)") % {"detail": detail})


def _file_entry(entry, named=True):
    if not isinstance(entry, dict):
        return False
    if named and not safe_storage_name(entry.get("name")):
        return False
    size, sha = entry.get("size"), entry.get("sha256")
    return (
        isinstance(size, int)
        and not isinstance(size, bool)
        and size >= 0
        and isinstance(sha, str)
        and bool(SHA256.match(sha))
    )


def parse_manifest(raw):
    """The manifest as a dict, every field the restore relies on checked."""
    if len(raw) > MANIFEST_MAX_BYTES:
        raise _bad_manifest(_("trop grand"))
    try:
        manifest = loads_bounded(raw, max_bytes=MANIFEST_MAX_BYTES)
    except (UnicodeDecodeError, ValueError) as error:
        raise _bad_manifest(f"JSON : {error}") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _bad_manifest("format")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise _bad_manifest(f"format_version {manifest.get('format_version')!r}")
    migrations = manifest.get("migrations")
    if not isinstance(migrations, dict) or not all(
        isinstance(names, list) and all(isinstance(n, str) for n in names)
        for names in migrations.values()
    ):
        raise _bad_manifest("migrations")
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
    ):
        raise _bad_manifest("counts")
    if not _file_entry(manifest.get("data"), named=False):
        raise _bad_manifest("data")
    media = manifest.get("media")
    if not isinstance(media, list) or not all(_file_entry(entry) for entry in media):
        raise _bad_manifest("media")
    if len({entry["name"] for entry in media}) != len(media):
        raise _bad_manifest("media")
    return manifest
