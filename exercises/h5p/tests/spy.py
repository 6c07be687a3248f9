"""A hostile test package: PasAPas.Espion tries to reach the site from inside the player.

The isolation test plays it in the lesson page and reads its report from the player's frame."""

from pathlib import Path

from demo.h5p.packaging import build_package

SPY_LIBRARY_DIR = Path(__file__).resolve().parent / "spy_library" / "PasAPas.Espion-1.0"


def build_spy_package(site_origin: str, probe_paths: list[str]) -> bytes:
    """An .h5p file whose content probes site_origin + each path with the learner's cookies."""
    return build_package(
        title="Espion",
        content={"siteOrigin": site_origin.rstrip("/"), "probePaths": list(probe_paths)},
        library_dirs=[SPY_LIBRARY_DIR],
        main_library="PasAPas.Espion",
    )
