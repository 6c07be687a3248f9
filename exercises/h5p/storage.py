"""Package files in the default storage (a folder on one machine, S3-compatible storage past
one): written once under a fresh prefix, read back by the player's views, removed whole."""

import os
import posixpath

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


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
    saved = default_storage.save(name, ContentFile(data))
    if saved != name:  # a fresh prefix holds nothing: any renaming means a clash
        default_storage.delete(saved)
        raise OSError(f"{name} already exists")


def delete_prefix(prefix):
    """Remove every file under a prefix; what is already gone is not an error."""
    try:
        folders, files = default_storage.listdir(prefix)
    except (FileNotFoundError, NotADirectoryError):
        return
    for name in files:
        default_storage.delete(f"{prefix}{name}")
    for folder in folders:
        delete_prefix(f"{prefix}{folder}/")
    # A local folder stays behind empty: remove it when the storage is a file system.
    try:
        path = default_storage.path(prefix)
    except NotImplementedError:
        return
    for root, dirs, _files in os.walk(path, topdown=False):
        for name in dirs:
            os.rmdir(os.path.join(root, name))
    if os.path.isdir(path):
        os.rmdir(path)


def open_file(prefix, relative_path):
    name = safe_join(prefix, relative_path)
    if name is None:
        return None
    try:
        return default_storage.open(name, "rb")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None
