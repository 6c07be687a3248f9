"""Aggregated assets, as H5P core makes them: one script and one stylesheet per set of
libraries an activity preloads, in the order H5P loads them, instead of a request per file.

A bundle is named by a hash of the set (each library's version and the folder its files are
in), so its files never change once written: the player serves them as immutable. Built at
import; an activity imported before, or whose libraries a later import updated (a new set,
so a new name), gets its bundle when it is first played. No table: the files are the record.
"""

import contextlib
import functools
import hashlib
import logging
import posixpath
import re

from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.files.base import ContentFile

from .models import H5PLibrary
from .storage import open_file, package_storage

log = logging.getLogger(__name__)

PREFIX = "h5p/ensembles/"
# Where the player serves libraries' own files (urls.py): CSS addresses point there.
LIBRARIES_URL = "/h5p/bibliotheques"
# Changes when the way bundles are made changes, so that every bundle gets a new name.
FORMAT = "1"
NAME = re.compile(r"[0-9a-f]{40}")
KEEP_UNUSED_SECONDS = 24 * 60 * 60  # a page opened before an update may still ask for it
# The site's own additions inside H5P's frame travel at the end of every bundle: its stand-in
# for Web Storage (after the libraries, as before) and its larger type. Their digest is in
# the bundle's name, so a new version of them makes new bundles.
SITE_SCRIPT = "h5p/shim.js"
SITE_STYLESHEET = "h5p/frame.css"


def _key(dependency):
    """(machine name, major, minor) of a dependency as H5P writes it, or None."""
    try:
        return (
            str(dependency["machineName"]),
            int(dependency["majorVersion"]),
            int(dependency["minorVersion"]),
        )
    except (KeyError, TypeError, ValueError):
        return None


def _needs(data):
    keys = (_key(item) for item in (data or {}).get("preloadedDependencies") or [])
    return [key for key in keys if key is not None]


def load_order(activity):
    """The libraries an activity preloads, each once, dependencies before what needs them
    (depth first, in the order each library lists them, as H5P core sorts them)."""
    fields = ("machine_name", "major", "minor", "patch", "storage_path", "data")
    rows = {row.key: row for row in activity.libraries.only(*fields)}
    roots = _needs(activity.h5p_json)
    while True:
        order, missing, seen = [], set(), set()
        for root in roots:
            if root in seen:
                continue
            seen.add(root)
            stack = [(root, iter(_needs(rows[root].data) if root in rows else []))]
            while stack:
                key, pending = stack[-1]
                child = next(pending, None)
                if child is None:
                    stack.pop()
                    if key in rows:
                        order.append(rows[key])
                    else:
                        missing.add(key)
                elif child not in seen:
                    seen.add(child)
                    stack.append((child, iter(_needs(rows[child].data) if child in rows else [])))
        # A newer patch of a library may need one this activity was not linked to at import.
        found = (
            [
                row
                for row in H5PLibrary.objects.filter(
                    machine_name__in={name for name, _major, _minor in missing}
                ).only(*fields)
                if row.key in missing
            ]
            if missing
            else []
        )
        if not found:
            return order
        rows.update((row.key, row) for row in found)


@functools.cache
def site_file(path):
    """A static file of this app, as the source tree has it (read once per process)."""
    found = finders.find(path)
    if not found:
        raise FileNotFoundError(path)
    with open(found, "rb") as handle:
        return handle.read()


def bundle_name(libraries):
    """The content-addressed name of the bundle of these libraries (in load order)."""
    site = hashlib.sha256(site_file(SITE_SCRIPT) + b"\0" + site_file(SITE_STYLESHEET))
    lines = [FORMAT, site.hexdigest()]
    lines += [f"{row.folder}.{row.patch} {row.storage_path}" for row in libraries]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:40]


# url(...) in any of its three spellings, and @import "..." (the other form of @import).
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]*))\s*\)""", re.IGNORECASE)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\([^)]*\)|"[^"]*"|'[^']*')[^;]*;""", re.IGNORECASE)
CSS_IMPORT_STRING = re.compile(r"""(@import\s+)(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
CSS_CHARSET = re.compile(r"""@charset\s+"[^"]*"\s*;""", re.IGNORECASE)


def _absolute(reference, folder):
    """A reference relative to a stylesheet of a library, as an address on the player."""
    reference = reference.strip()
    if (
        not reference
        or reference.startswith(("#", "/", "data:"))
        or re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:", reference)
    ):
        return reference  # an anchor, an address of its own, or inline data
    cut = min((i for i in (reference.find("?"), reference.find("#")) if i >= 0), default=None)
    path, rest = (reference, "") if cut is None else (reference[:cut], reference[cut:])
    return posixpath.normpath(posixpath.join(folder, path)) + rest


def rewrite_css(text, folder):
    """A library's stylesheet as it reads once moved into a bundle: every relative address
    resolved against its own folder (folder: the stylesheet's folder on the player)."""

    def url(match):
        quote = '"' if match.group(1) is not None else "'" if match.group(2) is not None else ""
        reference = next(group for group in match.groups() if group is not None)
        return f"url({quote}{_absolute(reference, folder)}{quote})"

    def imported(match):
        reference = match.group(2) if match.group(2) is not None else match.group(3)
        return f'{match.group(1)}"{_absolute(reference, folder)}"'

    return CSS_IMPORT_STRING.sub(imported, CSS_URL.sub(url, text))


def _read(library, path):
    opened = open_file(library.storage_path, path)
    if opened is None:
        log.warning("H5P: %s lists %s, which is not stored", library, path)
        return None
    with opened:
        data = opened.read()
    return data.removeprefix(b"\xef\xbb\xbf")  # a BOM is only allowed at a file's start


def _files(library, kind):
    entries = (library.data or {}).get(kind) or []
    return [entry["path"] for entry in entries if isinstance(entry, dict) and entry.get("path")]


def build_script(libraries):
    """Every preloaded script in order. Each starts after a « ; » of its own: a file without
    a final semicolon cannot run into the next, and a file's "use strict" stays a plain
    string, as when each was a script of its own."""
    parts = []
    for library in libraries:
        for path in _files(library, "preloadedJs"):
            if (data := _read(library, path)) is not None:
                parts.append(b"/* %s/%s */\n;" % (library.folder.encode(), path.encode()) + data)
    parts.append(b"/* %s */\n;" % SITE_SCRIPT.encode() + site_file(SITE_SCRIPT))
    return b"\n".join(parts) + b"\n"


def build_stylesheet(libraries):
    """Every preloaded stylesheet in order, addresses rewritten; @import rules go first
    (a browser ignores them anywhere else)."""
    imports, parts = [], []
    for library in libraries:
        for path in _files(library, "preloadedCss"):
            if (data := _read(library, path)) is None:
                continue
            text = data.decode("utf-8", errors="surrogateescape")
            folder = posixpath.dirname(f"{LIBRARIES_URL}/{library.folder}/{path}")
            text = CSS_CHARSET.sub("", rewrite_css(text, folder))
            imports += CSS_IMPORT.findall(text)
            text = CSS_IMPORT.sub("", text)
            parts.append(f"/* {library.folder}/{path} */\n{text}")
    parts.append(f"/* {SITE_STYLESHEET} */\n{site_file(SITE_STYLESHEET).decode()}")
    text = "\n".join(['@charset "UTF-8";', *imports, *parts]) + "\n"
    return text.encode("utf-8", errors="surrogateescape")


def _cache_key(name):
    return f"h5p:ensemble:{FORMAT}:{name}"


def _save(name, data):
    storage = package_storage()
    saved = storage.save(name, ContentFile(data))
    if saved != name:  # written meanwhile by another process: the same bytes, keep theirs
        storage.delete(saved)


def ensure_bundle(activity):
    """The name of the activity's bundle, written first if it is not stored yet."""
    libraries = load_order(activity)
    name = bundle_name(libraries)
    if cache.get(_cache_key(name)):
        return name
    storage = package_storage()
    script, stylesheet = f"{PREFIX}{name}.js", f"{PREFIX}{name}.css"
    # The script is written last: when it is there, the stylesheet is complete.
    if not storage.exists(script):
        try:
            if not storage.exists(stylesheet):
                _save(stylesheet, build_stylesheet(libraries))
            _save(script, build_script(libraries))
        except OSError:
            for written in (stylesheet, script):
                with contextlib.suppress(OSError):
                    storage.delete(written)
            raise
    cache.set(_cache_key(name), True, None)
    return name


def open_bundle(name, extension):
    if not NAME.fullmatch(name) or extension not in ("js", "css"):
        return None
    return open_file(PREFIX, f"{name}.{extension}")


def remove_unused(activities, *, now=None):
    """Deletes the bundles no activity uses any more (a library was updated, an activity
    replaced or deleted), once they are a day old; returns how many files went."""
    from django.utils import timezone

    now = now or timezone.now()
    used = {bundle_name(load_order(activity)) for activity in activities}
    storage = package_storage()
    try:
        _folders, files = storage.listdir(PREFIX)
    except (FileNotFoundError, NotADirectoryError):
        return 0
    removed = 0
    for file_name in files:
        name = file_name.rpartition(".")[0]
        if name in used:
            continue
        path = f"{PREFIX}{file_name}"
        with contextlib.suppress(NotImplementedError, OSError):
            if (now - storage.get_modified_time(path)).total_seconds() < KEEP_UNUSED_SECONDS:
                continue
        storage.delete(path)
        cache.delete(_cache_key(name))
        removed += 1
    return removed
