"""Builds .h5p packages (zip files) from library folders and content parameters.

Deterministic: same input, same bytes (sorted entries, fixed timestamps and permissions), so
the demo packages can be compared and cached."""

import io
import json
import zipfile
from pathlib import Path

from .content import BONCHOIX_DIR, DEMO_ACTIVITIES

# The earliest date a zip file can hold: no clock, no time zone in the output.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


def _read_library(folder: Path) -> dict:
    try:
        library = json.loads((folder / "library.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{folder}: no readable library.json ({error})") from error
    for key in ("machineName", "majorVersion", "minorVersion"):
        if key not in library:
            raise ValueError(f"{folder}/library.json: {key} is missing")
    return library


def _folder_name(library: dict) -> str:
    return f"{library['machineName']}-{library['majorVersion']}.{library['minorVersion']}"


def _library_files(folder: Path) -> list[tuple[str, Path]]:
    """The folder's files as (relative posix path, path), dotfiles and dot-folders left out."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        found.append((relative.as_posix(), path))
    return sorted(found)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=ZIP_TIMESTAMP)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    info.create_system = 3  # Unix, whatever builds it, so the bytes do not depend on the host
    archive.writestr(info, data)


def _json_bytes(value: dict) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=2).encode("utf-8")


def build_package(
    *,
    title: str,
    content: dict,
    library_dirs: list[Path],
    main_library: str,
    language: str = "fr",
) -> bytes:
    """An .h5p file: h5p.json, content/content.json and each library as <name>-<major>.<minor>/."""
    libraries = []
    for folder in library_dirs:
        folder = Path(folder)
        libraries.append((_read_library(folder), folder))
    main = next((lib for lib, _ in libraries if lib["machineName"] == main_library), None)
    if main is None:
        raise ValueError(f"main library {main_library} is not among the library folders")

    h5p_json = {
        "title": title,
        "language": language,
        "mainLibrary": main_library,
        "embedTypes": ["iframe"],
        "license": "U",
        "preloadedDependencies": [
            {
                "machineName": main["machineName"],
                "majorVersion": main["majorVersion"],
                "minorVersion": main["minorVersion"],
            }
        ],
    }

    entries: dict[str, bytes] = {
        "h5p.json": _json_bytes(h5p_json),
        "content/content.json": _json_bytes(content),
    }
    for library, folder in libraries:
        prefix = _folder_name(library)
        for relative, path in _library_files(folder):
            entries[f"{prefix}/{relative}"] = path.read_bytes()

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(entries):
            _add(archive, name, entries[name])
    return buffer.getvalue()


def demo_package(key: str) -> bytes:
    """The .h5p file of one demo activity of content.DEMO_ACTIVITIES (KeyError if unknown)."""
    activity = DEMO_ACTIVITIES[key]
    return build_package(
        title=activity["title"],
        content=activity["content"],
        library_dirs=[BONCHOIX_DIR],
        main_library="PasAPas.BonChoix",
    )
