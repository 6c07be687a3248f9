"""What H5P core checks besides the package layout: language files (JSON, named by a
language code), semantics, the core API a library asks for against the bundled player's,
and every problem listed with its own message, not only the first."""

import io
import json

import pytest

from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_import
from exercises.h5p.storage import package_storage
from exercises.h5p.validation import PLAYER_CORE_API, PackageError, validate_package

from .builders import build_package, corrupt, minimal_h5p, minimal_library
from .conftest import ROOT
from .test_isolation import walk

OTHER = ("PasAPas.Autre", 1, 0)


def refused(package):
    with pytest.raises(PackageError) as caught:
        validate_package(io.BytesIO(package))
    return caught.value.problems


def with_files(files, **kwargs):
    return build_package(libraries=[minimal_library(files=files, **kwargs)])


def test_the_player_core_api_is_the_bundled_players():
    """Upgrading h5p-standalone means looking again at PLAYER_CORE_API (the H5P core it
    bundles): this fails until then."""
    declared = json.loads((ROOT / "package.json").read_text())["dependencies"]["h5p-standalone"]
    installed = json.loads((ROOT / "node_modules/h5p-standalone/package.json").read_text())
    assert declared == installed["version"]
    assert {"3.8": (1, 27)}[declared.rsplit(".", 1)[0]] == PLAYER_CORE_API


def test_a_language_file_that_is_not_json_is_refused():
    [problem] = refused(with_files({"language/fr.json": b'{"semantics": [}'}))
    assert "PasAPas.Test-1.0/language/fr.json" in problem
    assert "JSON invalide" in problem


@pytest.mark.parametrize(
    "name",
    ["language/fr_FR.json", "language/français.json", "language/fr.txt", "language/a/fr.json"],
)
def test_a_badly_named_language_file_is_refused(name):
    [problem] = refused(with_files({name: b"{}"}))
    assert "fichier de langue" in problem and "mal nommé" in problem
    assert "fr.json" in problem  # says what a good name looks like


@pytest.mark.parametrize("name", ["fr.json", "pt-br.json", "zh-hans.json", "EN.json"])
def test_well_named_language_files_pass(name):
    validate_package(io.BytesIO(with_files({f"language/{name}": b'{"semantics": []}'})))


def test_semantics_must_be_a_json_list():
    [problem] = refused(with_files({"semantics.json": b"{}"}))
    assert "semantics.json" in problem and "liste JSON" in problem
    validate_package(io.BytesIO(with_files({"semantics.json": b"[]"})))


@pytest.mark.parametrize("wanted", [(99, 0), (PLAYER_CORE_API[0], PLAYER_CORE_API[1] + 1)])
def test_a_library_asking_for_a_newer_core_is_refused(wanted):
    core = {"majorVersion": wanted[0], "minorVersion": wanted[1]}
    [problem] = refused(with_files({}, overrides={"coreApi": core}))
    assert f"version {wanted[0]}.{wanted[1]} du moteur H5P" in problem
    assert "{}.{}".format(*PLAYER_CORE_API) in problem


def test_content_asking_for_a_newer_core_is_refused():
    h5p = minimal_h5p(coreApi={"majorVersion": 99, "minorVersion": 0})
    [problem] = refused(build_package(h5p=h5p))
    assert "« h5p.json » demande la version 99.0" in problem


@pytest.mark.parametrize("core", [{"majorVersion": 1, "minorVersion": 24}, None])
def test_an_older_or_no_core_api_passes(core):
    library = minimal_library(overrides={"coreApi": core} if core else {})
    validate_package(io.BytesIO(build_package(libraries=[library])))
    mine = {"majorVersion": PLAYER_CORE_API[0], "minorVersion": PLAYER_CORE_API[1]}
    validate_package(io.BytesIO(with_files({}, overrides={"coreApi": mine})))


@pytest.mark.parametrize("core", ["1.19", {"majorVersion": "x", "minorVersion": 1}])
def test_a_malformed_core_api_is_refused(core):
    [problem] = refused(with_files({}, overrides={"coreApi": core}))
    assert "coreApi" in problem


def test_every_problem_of_every_library_is_listed():
    broken_language = minimal_library(
        files={"language/fr.json": b"not json", "language/de_DE.json": b"{}"},
        dependencies=[OTHER],
    )
    too_new = minimal_library(*OTHER, overrides={"coreApi": {"majorVersion": 2, "minorVersion": 0}})
    h5p = minimal_h5p(dependencies=[("PasAPas.Test", 1, 0), OTHER, ("Absente", 1, 0)])
    problems = refused(build_package(h5p=h5p, libraries=[broken_language, too_new]))
    text = "\n".join(problems)
    assert len(problems) == 4, problems
    assert "language/fr.json" in text and "JSON invalide" in text
    assert "language/de_DE.json" in text and "mal nommé" in text
    assert "PasAPas.Autre-1.0/library.json" in text and "version 2.0 du moteur" in text
    assert "« Absente 1.0 » manque" in text
    # One message per problem; the French page shows no English (it is in the catalogue).
    assert all(problem.strip() for problem in problems)
    for english in ("badly named", "asks for version", "H5P core", "language file"):
        assert english not in text


def test_every_damaged_file_is_named_and_nothing_is_stored(db):
    library = minimal_library(
        files={"scripts/a.js": b"var a = 1;" * 50, "scripts/b.js": b"b;" * 99}
    )
    package = build_package(libraries=[library])
    package = corrupt(
        corrupt(package, "PasAPas.Test-1.0/scripts/a.js"), "PasAPas.Test-1.0/scripts/b.js"
    )
    with pytest.raises(PackageError) as caught:
        h5p_package_import(source=io.BytesIO(package))
    text = "\n".join(caught.value.problems)
    assert "scripts/a.js" in text and "scripts/b.js" in text
    assert not H5PActivity.objects.exists()
    assert not list(walk(package_storage(), "h5p/"))


def test_the_library_problems_read_in_english_from_the_catalogue():
    from django.utils import translation

    badly_named = minimal_library(files={"language/de_DE.json": b"{}"}, dependencies=[OTHER])
    too_new = minimal_library(*OTHER, overrides={"coreApi": {"majorVersion": 2, "minorVersion": 0}})
    h5p = minimal_h5p(dependencies=[("PasAPas.Test", 1, 0), OTHER])
    with translation.override("en"):
        text = "\n".join(refused(build_package(h5p=h5p, libraries=[badly_named, too_new])))
    assert "“language/de_DE.json” is badly named" in text
    assert "asks for version 2.0 of the H5P core" in text
    assert "mal nommé" not in text and "moteur" not in text
