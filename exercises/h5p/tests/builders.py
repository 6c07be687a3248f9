"""Builds .h5p packages in memory for tests, valid by default and easy to break one way.

Examples::

    build_package()                                          # a minimal valid package
    build_package(extra={"content/evil.php": b"<?php"})      # plus a file
    build_package(drop=["h5p.json"])                         # minus a file
    build_package(raw=[raw_entry("x.txt", symlink=True)])    # an entry exactly as given
    tamper(build_package(), "h5p.json", file_size=3)         # headers that lie
    corrupt(build_package(), "h5p.json")                     # compressed bytes that are garbage
"""

import io
import json
import stat
import struct
import warnings
import zipfile
from collections.abc import Iterable, Iterator

MIB = 1024 * 1024
DATE = (2024, 1, 1, 0, 0, 0)
DEFAULT_LIBRARY = ("PasAPas.Test", 1, 0)
DEFAULT_JS = b"H5P.PasAPasTest = function (params) { this.params = params; };\n"
DEFAULT_CSS = b".h5p-pasapas-test { color: #000; }\n"
DEFAULT_CONTENT = {"question": "Bonjour ?"}


def folder(machine: str, major: int, minor: int) -> str:
    """The folder a library lives in inside a package: "H5P.Foo-1.2"."""
    return f"{machine}-{major}.{minor}"


def dependency(machine: str, major: int | str, minor: int | str) -> dict:
    """A dependency object as h5p.json and library.json write it."""
    return {"machineName": machine, "majorVersion": major, "minorVersion": minor}


def minimal_library(
    machine: str = DEFAULT_LIBRARY[0],
    major: int = DEFAULT_LIBRARY[1],
    minor: int = DEFAULT_LIBRARY[2],
    patch: int = 0,
    *,
    js: bytes | None = DEFAULT_JS,
    css: bytes | None = DEFAULT_CSS,
    dependencies: Iterable[tuple[str, int, int]] = (),
    dynamic: Iterable[tuple[str, int, int]] = (),
    editor: Iterable[tuple[str, int, int]] = (),
    files: dict[str, bytes] | None = None,
    overrides: dict | None = None,
    library_json: bytes | None = None,
) -> dict[str, bytes]:
    """A library's zip entries ({"PasAPas.Test-1.0/library.json": b"...", ...}).

    js/css become scripts/main.js and styles/main.css, preloaded (None: no such file);
    dependencies/dynamic/editor are (machine, major, minor) keys; files are extra files
    relative to the folder; overrides are merged into library.json (a None value removes
    the key); library_json replaces library.json's bytes altogether."""
    data = {
        "title": f"Bibliothèque {machine}",
        "machineName": machine,
        "majorVersion": major,
        "minorVersion": minor,
        "patchVersion": patch,
        "runnable": 1,
        "preloadedJs": [{"path": "scripts/main.js"}] if js is not None else [],
        "preloadedCss": [{"path": "styles/main.css"}] if css is not None else [],
        "preloadedDependencies": [dependency(*key) for key in dependencies],
        "dynamicDependencies": [dependency(*key) for key in dynamic],
        "editorDependencies": [dependency(*key) for key in editor],
    }
    for key, value in (overrides or {}).items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    entries = {"library.json": library_json if library_json is not None else _json(data)}
    if js is not None:
        entries["scripts/main.js"] = js
    if css is not None:
        entries["styles/main.css"] = css
    entries.update(files or {})
    base = folder(machine, major, minor)
    return {f"{base}/{path}": content for path, content in entries.items()}


def minimal_h5p(
    main: tuple[str, int, int] = DEFAULT_LIBRARY,
    *,
    dependencies: Iterable[tuple[str, int, int]] | None = None,
    **overrides,
) -> dict:
    """An h5p.json, with versions written as strings like real exports do.

    dependencies defaults to just the main library; overrides are merged (None removes)."""
    keys = [main] if dependencies is None else list(dependencies)
    data = {
        "title": "Exercice de test",
        "language": "fr",
        "mainLibrary": main[0],
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [dependency(m, str(a), str(b)) for m, a, b in keys],
    }
    for key, value in overrides.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def raw_entry(
    name: str,
    data: bytes | Iterable[bytes] = b"",
    *,
    symlink: bool = False,
    compress_type: int = zipfile.ZIP_DEFLATED,
    external_attr: int | None = None,
) -> tuple[zipfile.ZipInfo, bytes | Iterable[bytes]]:
    """An entry written exactly as given, for build_package(raw=...).

    data may be an iterable of chunks, streamed so huge entries cost little memory."""
    info = zipfile.ZipInfo(name, date_time=DATE)
    info.compress_type = compress_type
    info.create_system = 3
    if external_attr is not None:
        info.external_attr = external_attr
    elif symlink:
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
    else:
        info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info, data


def zeros(size: int, chunk: int = MIB) -> Iterator[bytes]:
    """size zero bytes, in chunks: the stuff zip bombs are made of."""
    while size > 0:
        yield bytes(min(chunk, size))
        size -= chunk


def build_package(
    *,
    h5p: dict | bytes | None = None,
    content: dict | bytes | None = None,
    libraries: Iterable[dict[str, bytes]] | None = None,
    extra: dict[str, bytes] | None = None,
    drop: Iterable[str] = (),
    raw: Iterable[tuple[zipfile.ZipInfo | str, bytes | Iterable[bytes]]] = (),
    directories: bool = False,
) -> bytes:
    """A .h5p file's bytes: h5p.json, content/content.json and the libraries.

    h5p and content are dicts (or raw bytes, e.g. broken JSON); libraries defaults to
    [minimal_library()]; extra adds or replaces entries by name; drop removes entries by
    name; raw entries are appended as is (duplicates allowed); directories adds a
    directory entry for each folder, as some zip tools do."""
    entries = {
        "h5p.json": _json(minimal_h5p() if h5p is None else h5p),
        "content/content.json": _json(DEFAULT_CONTENT if content is None else content),
    }
    for library in [minimal_library()] if libraries is None else libraries:
        entries.update(library)
    entries.update(extra or {})
    for name in drop:
        entries.pop(name, None)
    if directories:
        folders = {name.rsplit("/", 1)[0] + "/" for name in entries if "/" in name}
        entries = {name: b"" for name in sorted(folders)} | entries
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        for name, data in entries.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=DATE), data, zipfile.ZIP_DEFLATED)
        for info, data in raw:
            if isinstance(info, str):
                info, _ = raw_entry(info)
            if isinstance(data, bytes | bytearray):
                archive.writestr(info, data)
            else:
                with archive.open(info, "w") as member:
                    for chunk in data:
                        member.write(chunk)
    return buffer.getvalue()


def tamper(package: bytes, name: str, *, file_size: int | None = None, flag_bits: int = 0) -> bytes:
    """The package with the entry's headers lying: another uncompressed size, extra flags
    (0x1: "encrypted"). Both the local header and the central directory are patched."""
    data = bytearray(package)
    central, local = _headers(data, name)
    for flags_at, size_at in ((central + 8, central + 24), (local + 6, local + 22)):
        flags = struct.unpack_from("<H", data, flags_at)[0]
        struct.pack_into("<H", data, flags_at, flags | flag_bits)
        if file_size is not None:
            struct.pack_into("<I", data, size_at, file_size)
    return bytes(data)


def corrupt(package: bytes, name: str) -> bytes:
    """The package with the entry's compressed bytes replaced by garbage, headers intact."""
    data = bytearray(package)
    central, local = _headers(data, name)
    size = struct.unpack_from("<I", data, central + 20)[0]
    name_len, extra_len = struct.unpack_from("<HH", data, local + 26)
    start = local + 30 + name_len + extra_len
    data[start : start + size] = b"\xff" * size
    return bytes(data)


def _headers(data: bytearray, name: str) -> tuple[int, int]:
    """Offsets of the entry's central directory record and local header."""
    end = data.rindex(b"PK\x05\x06")
    count, _, offset = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46 : offset + 46 + name_len].decode() == name:
            return offset, struct.unpack_from("<I", data, offset + 42)[0]
        offset += 46 + name_len + extra_len + comment_len
    raise KeyError(name)


def _json(data) -> bytes:
    if isinstance(data, bytes):
        return data
    return json.dumps(data, ensure_ascii=False, indent=2).encode()
