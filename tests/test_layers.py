"""The import contracts of pyproject.toml ([tool.importlinter]) hold: no layer imports a higher
one, no production module imports the demo (docs/architecture.md)."""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from tests.services import ROOT

LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(tree):
    """lint-imports run on a tree, its packages found the way manage.py finds them."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tree / "site"), str(tree)])},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_import_contracts_are_kept():
    run = lint_imports(ROOT)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_the_contracts_catch_an_upward_import(tmp_path):
    """The same contracts on a copy whose lesson model reads a learner record: broken."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text())
    (tmp_path / "site").mkdir()
    for name in config["root_packages"]:
        source = ROOT / "site" / name if name == "pasapas" else ROOT / name
        target = tmp_path / source.relative_to(ROOT)
        if name == "courses":
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            target.symlink_to(source)
    lesson = tmp_path / "courses" / "models" / "lesson.py"
    lesson.write_text(lesson.read_text() + "\nfrom progress import selectors  # noqa\n")
    run = lint_imports(tmp_path)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "courses is not allowed to import progress" in run.stdout
    assert "courses.models.lesson -> progress.selectors" in run.stdout
