"""The suite runs every app's tests: an app whose tests pytest's testpaths leave out would pass
CI without ever running them (it happened to four apps)."""

import tomllib

from tests.services import ROOT


def test_every_folder_with_tests_is_in_testpaths():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["pytest"]
    testpaths = set(config["ini_options"]["testpaths"])
    with_tests = {
        folder.name
        for folder in ROOT.iterdir()
        if folder.is_dir()
        and not folder.name.startswith(".")
        and folder.name not in {"node_modules", "static_collected", "test-artifacts"}
        and next(folder.glob("**/test_*.py"), None) is not None
    }
    assert "workshops" in with_tests  # the check sees the apps
    assert with_tests - testpaths == set()
