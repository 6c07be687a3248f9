"""Media files through the storage API only, so that backups work with a local folder and with
S3-compatible storage alike."""

import contextlib
import hashlib
import os
import posixpath
import tempfile

from django.core.files import File

from .archive import CHUNK, HashingReader


def walk(storage, prefix=""):
    """Every file name in the storage: a folder's files (sorted), then its sub-folders."""
    try:
        folders, files = storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        if prefix:
            raise
        return  # no media folder yet: nothing uploaded
    for name in sorted(files):
        yield f"{prefix}{name}"
    for folder in sorted(folders):
        yield from walk(storage, f"{prefix}{folder}/")


def sha256_of(storage, name):
    digest = hashlib.sha256()
    with storage.open(name, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class MediaWriter:
    """Writes files into a storage so that `undo()` puts it back as it was: new files are
    deleted, replaced ones get their old bytes back (kept meanwhile in a local temporary file).
    A file already there with the same bytes is left alone."""

    def __init__(self, storage):
        self.storage = storage
        self.created = []
        self.folders = []  # folders the writing made (a local storage has real ones)
        self.replaced = []  # (name, temporary file with the old bytes)
        self.written = 0
        self.unchanged = 0

    def put(self, name, source, entry):
        storage = self.storage
        if storage.exists(name):
            if sha256_of(storage, name) == entry["sha256"]:
                self.unchanged += 1
                return
            old = tempfile.TemporaryFile()  # noqa: SIM115 (closed by discard or undo)
            with storage.open(name, "rb") as handle:
                while chunk := handle.read(CHUNK):
                    old.write(chunk)
            self.replaced.append((name, old))
            storage.delete(name)
        else:
            self.created.append(name)  # before saving: a half-written file is removed too
            self._note_new_folders(name)
        reader = HashingReader(source)
        upload = File(reader, name=name)
        upload.size = entry["size"]
        saved = storage.save(name, upload)
        if saved != name:
            self.created.append(saved)
            raise OSError(f"{name} already exists")
        if reader.entry != {"size": entry["size"], "sha256": entry["sha256"]}:
            raise OSError(f"{name} changed since it was checked")
        self.written += 1

    def _note_new_folders(self, name):
        folder = posixpath.dirname(name)
        while folder and folder not in self.folders and not self.storage.exists(folder):
            self.folders.append(folder)
            folder = posixpath.dirname(folder)

    def _remove_new_folders(self):
        """Folders this restore made go too, deepest first, if nothing else is in them."""
        for folder in sorted(self.folders, key=lambda f: f.count("/"), reverse=True):
            with contextlib.suppress(OSError, NotImplementedError):
                os.rmdir(self.storage.path(folder))

    def undo(self):
        """Best effort: a disk that refused to write may refuse to delete too."""
        for name in self.created:
            with contextlib.suppress(OSError):
                if self.storage.exists(name):
                    self.storage.delete(name)
        for name, old in self.replaced:
            with contextlib.suppress(OSError):
                if self.storage.exists(name):
                    self.storage.delete(name)
                old.seek(0)
                self.storage.save(name, File(old, name=name))
        self._remove_new_folders()
        self.discard()

    def discard(self):
        for _name, old in self.replaced:
            old.close()
        self.replaced = []


class SiteFiles:
    """The media storage and the H5P package storage seen as one, for a backup or a restore:
    names under h5p/ are the package files (kept apart from the media the site serves)."""

    PACKAGES = "h5p/"

    def __init__(self, media, packages):
        self.media, self.packages = media, packages

    def _for(self, name):
        return self.packages if name.startswith(self.PACKAGES) else self.media

    def listdir(self, prefix):
        if prefix.startswith(self.PACKAGES):
            return self.packages.listdir(prefix)
        if prefix:
            return self.media.listdir(prefix)
        folders, files = [], []
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            folders, files = self.media.listdir(prefix)
        folders = [name for name in folders if name != self.PACKAGES[:-1]]
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            if self.packages.listdir(self.PACKAGES) != ([], []):
                folders.append(self.PACKAGES[:-1])
        return folders, files

    def path(self, name):
        return self.media.path(name)

    def __getattr__(self, attribute):
        if attribute in ("exists", "open", "delete", "save", "size", "get_modified_time"):
            return lambda name, *args, **kwargs: getattr(self._for(name), attribute)(
                name, *args, **kwargs
            )
        raise AttributeError(attribute)


def site_files():
    from django.core.files.storage import default_storage, storages

    return SiteFiles(default_storage, storages["h5p"])
