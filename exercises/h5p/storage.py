"""Package files in a storage of their own (storages["h5p"]): a folder apart from the media
folder on one machine, another bucket or prefix in S3-compatible storage. The site serves
media; it never serves these: only the player's views read them, on the player's host name.
Written once under a fresh prefix, read back by the player's views, removed whole."""

import os
import posixpath
from functools import cached_property

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from pasapas.storage import MediaStorage


class PackageFileStorage(MediaStorage):
    """A folder (settings.H5P_ROOT) that has no address: files are read, never linked to."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.H5P_ROOT)

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "H5P_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)

    def url(self, name):
        return ""  # no address on the site: forms show no link to the .h5p file


def package_storage():
    """The storage of package files (also the .h5p FileField's, hence a callable)."""
    return storages["h5p"]


def safe_join(prefix, relative_path):
    """prefix + path, or None when the path could leave the prefix."""
    if (
        not relative_path
        or "\\" in relative_path
        or "\x00" in relative_path
        or relative_path.startswith("/")
        or posixpath.normpath(relative_path) != relative_path
        or relative_path.split("/")[0] == ".."
    ):
        return None
    return f"{prefix}{relative_path}"


def write(prefix, relative_path, data):
    name = safe_join(prefix, relative_path)
    if name is None:
        raise ValueError(f"unsafe path {relative_path!r}")
    storage = package_storage()
    saved = storage.save(name, ContentFile(data))
    if saved != name:  # a fresh prefix holds nothing: any renaming means a clash
        storage.delete(saved)
        raise OSError(f"{name} already exists")


def delete_prefix(prefix, storage=None):
    """Remove every file under a prefix; what is already gone is not an error."""
    storage = storage or package_storage()
    try:
        folders, files = storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        storage.delete(f"{prefix}{name}")
    for folder in folders:
        delete_prefix(f"{prefix}{folder}/", storage)
    # A local folder stays behind empty: remove it when the storage is a file system.
    try:
        path = storage.path(prefix)
    except NotImplementedError:
        return
    for root, dirs, _files in os.walk(path, topdown=False):
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    if os.path.isdir(path):
        os.rmdir(path)


def delete_file(name):
    package_storage().delete(name)


def open_file(prefix, relative_path):
    name = safe_join(prefix, relative_path)
    if name is None:
        return None
    try:
        return package_storage().open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def move_out_of_media(media=None):
    """Files an older version stored under h5p/ in the media storage (which the site serves)
    move to the package storage; run once by a migration, harmless to run again."""
    from django.core.files.storage import default_storage

    media = media or default_storage
    target = package_storage()
    moved = 0
    pending = ["h5p/"]
    while pending:
        prefix = pending.pop()
        try:
            folders, files = media.listdir(prefix)
        except (FileNotFoundError, NotADirectoryError):
            continue
        pending += [f"{prefix}{folder}/" for folder in folders]
        for name in files:
            path = f"{prefix}{name}"
            if not target.exists(path):
                with media.open(path, "rb") as handle:
                    target.save(path, handle)
            media.delete(path)
            moved += 1
    delete_prefix("h5p/", media)
    return moved
