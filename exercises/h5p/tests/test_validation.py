"""The H5P package validator: what passes, and that each bad package is refused by name."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from exercises.h5p.tests.builders import (
    DEFAULT_CSS,
    DEFAULT_JS,
    MIB,
    build_package,
    corrupt,
    minimal_h5p,
    minimal_library,
    raw_entry,
    tamper,
    zeros,
)
from exercises.h5p.tests.conftest import fixture_package
from exercises.h5p.validation import (
    CONTENT_EXTENSIONS,
    LIBRARY_EXTENSIONS,
    Limits,
    PackageError,
    iter_files,
    validate_package,
)

TEST_LIB = ("PasAPas.Test", 1, 0)
QUESTION = ("H5P.Question", 1, 4)


def refused(package, **kwargs) -> str:
    """All the problems of a package that must be refused, as one text to search."""
    with pytest.raises(PackageError) as caught:
        validate_package(io.BytesIO(package), **kwargs)
    assert caught.value.problems
    return "\n".join(caught.value.problems)


def fixture(name: str) -> Path:
    return fixture_package(name)


def test_minimal_package_passes():
    package = validate_package(io.BytesIO(build_package()))
    assert package.title == "Exercice de test"
    assert package.main_library == TEST_LIB
    assert package.dependencies == [TEST_LIB]
    assert package.missing_from_package == []
    assert package.content == {"question": "Bonjour ?"}
    assert package.content_files == ["content.json"]
    library = package.libraries[TEST_LIB]
    assert library.folder == "PasAPas.Test-1.0"
    assert library.version == (1, 0, 0)
    assert library.runnable is True
    assert sorted(library.files) == ["library.json", "scripts/main.js", "styles/main.css"]
    assert package.total_bytes > len(DEFAULT_JS) + len(DEFAULT_CSS)


def test_sources_path_bytes_and_uploaded_file(tmp_path):
    data = build_package()
    path = tmp_path / "exercice.h5p"
    path.write_bytes(data)
    upload = SimpleUploadedFile("exercice.h5p", data, content_type="application/zip")
    for source in (path, str(path), data, upload):
        assert validate_package(source).main_library == TEST_LIB


def test_iter_files_yields_every_stored_file():
    data = build_package(directories=True)
    package = validate_package(data)
    files = {(target, path): content for target, path, content in iter_files(data, package)}
    assert set(files) == {
        ("package", "h5p.json"),
        ("content", "content.json"),
        (TEST_LIB, "library.json"),
        (TEST_LIB, "scripts/main.js"),
        (TEST_LIB, "styles/main.css"),
    }
    assert files[TEST_LIB, "scripts/main.js"] == DEFAULT_JS
    assert sum(len(content) for content in files.values()) == package.total_bytes


def test_extension_sets():
    assert {"svg", "js", "css"} <= LIBRARY_EXTENSIONS
    assert not {"svg", "js", "css", "html", "xml", "php"} & CONTENT_EXTENSIONS  # H5P core 1.27
    assert CONTENT_EXTENSIONS < LIBRARY_EXTENSIONS


def test_limits_from_settings(settings):
    settings.PASAPAS_H5P_LIMITS = {"max_entries": 5}
    assert Limits.from_settings() == Limits(max_entries=5)
    settings.PASAPAS_H5P_LIMITS = {}
    assert Limits.from_settings() == Limits()


# Safety


@pytest.mark.parametrize("name", ["../evil.js", "content/../../x.json", "PasAPas.Test-1.0/../x.js"])
def test_path_traversal_is_refused(name):
    assert f"« {name} » contient « .. »" in refused(build_package(extra={name: b"{}"}))


@pytest.mark.parametrize("name", ["/etc/evil.json", "C:/evil.json"])
def test_absolute_path_is_refused(name):
    assert "chemin absolu" in refused(build_package(extra={name: b"{}"}))


def test_backslash_is_refused():
    assert "barre oblique inversée" in refused(build_package(extra={"content\\x.json": b"{}"}))


def test_control_character_is_refused():
    problems = refused(build_package(extra={"content/a\x01b.json": b"{}"}))
    assert "« content/a\\x01b.json » contient un caractère invisible" in problems


def test_symlink_is_refused():
    link = raw_entry("content/passwd.txt", b"/etc/passwd", symlink=True)
    assert "« content/passwd.txt » est un lien symbolique" in refused(build_package(raw=[link]))


def test_duplicate_entry_is_refused():
    twice = raw_entry("content/content.json", b"{}")
    problems = refused(build_package(raw=[twice]))
    assert "« content/content.json » apparaît plusieurs fois" in problems


def test_encrypted_entry_is_refused():
    package = tamper(build_package(), "content/content.json", flag_bits=0x1)
    assert "« content/content.json » est protégé par un mot de passe" in refused(package)


def test_zip_bomb_entry_is_refused():
    bomb = raw_entry("content/zeros.txt", zeros(50 * MIB))
    problems = refused(build_package(raw=[bomb]))
    assert "« content/zeros.txt » est anormalement compressé" in problems
    assert "bombe zip" in problems


def test_zip_bomb_spread_over_small_entries_is_refused():
    small = [raw_entry(f"content/zeros{i}.txt", zeros(MIB - 1)) for i in range(3)]
    assert "Le paquet est anormalement compressé" in refused(build_package(raw=small))


def test_unpacked_size_is_capped():
    problems = refused(build_package(), limits=Limits(max_unpacked_bytes=100))
    assert "Une fois décompressé, le paquet serait trop gros" in problems


def test_too_many_entries_is_refused():
    problems = refused(build_package(), limits=Limits(max_entries=3))
    assert "trop de fichiers : 5, pour 3 au plus" in problems


def test_oversized_file_is_refused():
    problems = refused(build_package(), limits=Limits(max_file_bytes=100))
    assert "Ce fichier est trop gros" in problems
    assert "100 octets" in problems


def test_not_a_zip_is_refused():
    assert "Ce fichier n'est pas un paquet H5P" in refused(b"Bonjour, ceci est un texte.")


def test_corrupt_member_is_refused():
    stored = raw_entry(
        "h5p.json",
        json.dumps(minimal_h5p(title="MARQUE")).encode(),
        compress_type=zipfile.ZIP_STORED,
    )
    package = build_package(drop=["h5p.json"], raw=[stored]).replace(b"MARQUE", b"MARQUA")
    problems = refused(package)
    assert "« h5p.json » ne correspond pas à ce qu'annonce l'archive" in problems


@pytest.mark.parametrize("name", ["h5p.json", "content/content.json"])
def test_garbled_compressed_data_is_refused(name):
    problems = refused(corrupt(build_package(), name))
    assert f"« {name} » ne correspond pas à ce qu'annonce l'archive" in problems


def test_garbled_file_is_refused_while_reading():
    data = build_package()
    package = validate_package(data)
    with pytest.raises(PackageError) as caught:
        list(iter_files(corrupt(data, "PasAPas.Test-1.0/scripts/main.js"), package))
    assert "« PasAPas.Test-1.0/scripts/main.js » ne correspond pas" in str(caught.value)


# Ignored entries


def test_archiver_litter_is_ignored():
    litter = {
        "__MACOSX/content/._content.json": b"\x00\x05",
        "content/.DS_Store": b"\x00",
        ".git/config": b"[core]",
        "PasAPas.Test-1.0/.hidden/evil.php": b"<?php",
        "H5P_CONTENT_HERE.txt": b"",
    }
    data = build_package(extra=litter)
    package = validate_package(data)
    assert package.content_files == ["content.json"]
    stored = {f"{target}:{path}" for target, path, _ in iter_files(data, package)}
    assert not any("DS_Store" in name or "MACOSX" in name or "hidden" in name for name in stored)
    assert not any("H5P_CONTENT_HERE" in name or "config" in name for name in stored)


def test_top_level_files_still_need_an_allowed_extension():
    problems = refused(build_package(extra={"readme.php": b"<?php"}))
    assert "« readme.php » a une extension interdite (php)" in problems


# Extensions


def test_php_in_library_is_refused():
    problems = refused(build_package(extra={"PasAPas.Test-1.0/scripts/evil.php": b"<?php"}))
    assert "« PasAPas.Test-1.0/scripts/evil.php » a une extension interdite (php)" in problems


def test_file_without_extension_is_refused():
    problems = refused(build_package(extra={"PasAPas.Test-1.0/install": b"#!/bin/sh"}))
    assert "« PasAPas.Test-1.0/install » n'a pas d'extension" in problems


@pytest.mark.parametrize("name", ["content/page.html", "content/logo.svg", "content/x.JS"])
def test_web_files_in_content_are_refused(name):
    problems = refused(build_package(extra={name: b"<script>alert(1)</script>"}))
    assert f"« {name} » a une extension interdite" in problems


def test_svg_in_library_passes():
    library = minimal_library(files={"images/icon.SVG": b"<svg/>"})
    package = validate_package(build_package(libraries=[library]))
    assert "images/icon.SVG" in package.libraries[TEST_LIB].files


# h5p.json


def test_missing_h5p_json_is_refused():
    problems = refused(build_package(drop=["h5p.json"]))
    assert "il manque le fichier « h5p.json »" in problems


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("h5p.json", {"h5p": b'{"title": "Test",'}),
        ("content/content.json", {"content": b"{'question': 1}"}),
        ("PasAPas.Test-1.0/library.json", {"libraries": [minimal_library(library_json=b"{,}")]}),
    ],
)
def test_broken_json_is_refused(name, data):
    assert f"« {name} » est illisible : JSON invalide à la ligne" in refused(build_package(**data))


def test_json_must_be_an_object():
    assert "« content/content.json » doit contenir un objet JSON" in refused(
        build_package(content=b"[1, 2]")
    )


def test_deeply_nested_json_is_refused():
    problems = refused(build_package(content=b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"))
    assert "« content/content.json » est illisible : JSON trop imbriqué" in problems


def test_json_must_be_utf8():
    problems = refused(build_package(content='{"q": "é"}'.encode("latin-1")))
    assert "« content/content.json » est illisible : ce n'est pas du texte UTF-8" in problems


@pytest.mark.parametrize(
    "field", ["title", "mainLibrary", "language", "preloadedDependencies", "embedTypes"]
)
def test_each_required_h5p_field_is_needed(field):
    problems = refused(build_package(h5p=minimal_h5p(**{field: None})))
    assert f"Dans « h5p.json », le champ obligatoire « {field} » manque" in problems


@pytest.mark.parametrize("version", ["x", -1, 1.5, True, "1.0", ""])
def test_bad_version_is_refused(version):
    h5p = minimal_h5p()
    h5p["preloadedDependencies"][0]["majorVersion"] = version
    problems = refused(build_package(h5p=h5p))
    assert "« preloadedDependencies[0].majorVersion » doit être un numéro de version" in problems


def test_versions_may_be_numbers_or_numeric_strings():
    h5p = minimal_h5p()
    h5p["preloadedDependencies"][0].update(majorVersion=1, minorVersion="0")
    assert validate_package(build_package(h5p=h5p)).main_library == TEST_LIB


@pytest.mark.parametrize("embed", [[], ["object"], "div", ["div", "script"]])
def test_bad_embed_types_are_refused(embed):
    problems = refused(build_package(h5p=minimal_h5p(embedTypes=embed)))
    assert "le champ « embedTypes » doit être une liste non vide de « div » ou « iframe »" in (
        problems
    )


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("title", "", "« title » doit être un texte non vide"),
        ("title", "x" * 256, "« title » doit être un texte non vide"),
        ("mainLibrary", "H5P Test", "« mainLibrary » doit être un nom de bibliothèque"),
        ("language", "français", "« language » doit être un code de langue"),
        ("preloadedDependencies", [], "la liste « preloadedDependencies » est vide"),
        ("preloadedDependencies", ["PasAPas.Test"], "doit être une liste d'objets JSON"),
        ("authors", "Camille", "« authors » n'a pas le bon format"),
        ("license", 3, "« license » n'a pas le bon format"),
        ("dynamicDependencies", [{"machineName": "X"}], "« dynamicDependencies[0].majorVersion"),
    ],
)
def test_bad_h5p_field_is_refused(field, value, expected):
    assert expected in refused(build_package(h5p=minimal_h5p(**{field: value})))


def test_main_library_must_be_preloaded():
    h5p = minimal_h5p(mainLibrary="H5P.Other")
    problems = refused(build_package(h5p=h5p))
    assert "la bibliothèque principale « H5P.Other » n'est pas dans la liste" in problems


def test_missing_content_json_is_refused():
    problems = refused(build_package(drop=["content/content.json"]))
    assert "il manque le contenu (« content/content.json »)" in problems


# Libraries


def test_library_folder_must_match_library_json():
    library = minimal_library(overrides={"minorVersion": 3})
    problems = refused(build_package(libraries=[library]))
    assert "Le dossier « PasAPas.Test-1.0 » ne correspond pas à son « library.json »" in problems
    assert "« PasAPas.Test-1.3 »" in problems


def test_library_folder_needs_a_versioned_name():
    problems = refused(build_package(extra={"Scripts/app.js": b""}))
    assert "Le dossier « Scripts » n'est pas une bibliothèque H5P" in problems


def test_library_needs_library_json():
    library = minimal_library()
    del library["PasAPas.Test-1.0/library.json"]
    problems = refused(build_package(libraries=[library]))
    assert "« PasAPas.Test-1.0 » n'a pas de fichier « library.json »" in problems


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"patchVersion": None}, "le champ obligatoire « patchVersion » manque"),
        ({"title": None}, "le champ obligatoire « title » manque"),
        ({"runnable": 2}, "« runnable » doit valoir 0 ou 1"),
        ({"runnable": "yes"}, "« runnable » doit valoir 0 ou 1"),
        ({"preloadedJs": ["scripts/main.js"]}, "« preloadedJs » doit être une liste d'objets"),
        ({"preloadedCss": [{"file": "x.css"}]}, "« preloadedCss » doit être une liste de fichiers"),
    ],
)
def test_bad_library_json_is_refused(overrides, expected):
    problems = refused(build_package(libraries=[minimal_library(overrides=overrides)]))
    assert "Dans « PasAPas.Test-1.0/library.json »" in problems
    assert expected in problems


def test_missing_preloaded_file_is_refused():
    library = minimal_library()
    del library["PasAPas.Test-1.0/scripts/main.js"]
    problems = refused(build_package(libraries=[library]))
    assert "« PasAPas.Test-1.0 » annonce le fichier « scripts/main.js », qui n'est pas" in problems


def test_dangerous_preloaded_path_is_refused():
    library = minimal_library(overrides={"preloadedJs": [{"path": "../../etc/passwd.js"}]})
    problems = refused(build_package(libraries=[library]))
    assert "annonce un chemin de fichier dangereux : « ../../etc/passwd.js »" in problems


# Dependencies


def test_missing_dependency_is_refused():
    library = minimal_library(dependencies=[QUESTION])
    problems = refused(build_package(libraries=[library]))
    assert "La bibliothèque « H5P.Question 1.4 » manque" in problems


def test_missing_main_library_is_refused():
    problems = refused(build_package(libraries=[]))
    assert "La bibliothèque « PasAPas.Test 1.0 » manque" in problems


def test_installed_library_satisfies_a_dependency():
    library = minimal_library(dependencies=[QUESTION])
    package = validate_package(build_package(libraries=[library]), installed={QUESTION: 6})
    assert package.missing_from_package == [QUESTION]
    assert package.dependencies == [QUESTION, TEST_LIB]


def test_installed_main_library_is_enough():
    package = validate_package(build_package(libraries=[]), installed={TEST_LIB: 0})
    assert package.libraries == {}
    assert package.missing_from_package == [TEST_LIB]


def test_dependency_closure_order_and_kinds():
    base, widget, editor = ("Base.Lib", 1, 0), ("Widget.Lib", 2, 1), ("H5PEditor.Missing", 1, 0)
    libraries = [
        minimal_library(dependencies=[widget], dynamic=[base], editor=[editor]),
        minimal_library(*widget, dependencies=[base]),
        minimal_library(*base),
    ]
    package = validate_package(build_package(libraries=libraries))
    assert package.dependencies == [base, widget, TEST_LIB]
    assert editor not in package.dependencies


def test_dependency_cycle_ends():
    other = ("Other.Lib", 1, 0)
    libraries = [minimal_library(dependencies=[other]), minimal_library(*other, dynamic=[TEST_LIB])]
    package = validate_package(build_package(libraries=libraries))
    assert package.dependencies == [other, TEST_LIB]


# Reading with caps


def test_member_larger_than_declared_is_refused_while_reading():
    data = tamper(
        build_package(extra={"content/notes.txt": b"a" * 5000}), "content/notes.txt", file_size=100
    )
    package = validate_package(data)
    with pytest.raises(PackageError) as caught:
        list(iter_files(data, package))
    assert "« content/notes.txt » ne correspond pas à ce qu'annonce l'archive" in str(caught.value)


def test_member_smaller_than_declared_is_refused_while_reading():
    data = tamper(
        build_package(extra={"content/notes.txt": b"a" * 50}), "content/notes.txt", file_size=5000
    )
    package = validate_package(data)
    with pytest.raises(PackageError) as caught:
        list(iter_files(data, package))
    assert "« content/notes.txt » ne correspond pas à ce qu'annonce l'archive" in str(caught.value)


def test_iter_files_caps_the_running_total():
    data = build_package()
    package = validate_package(data)
    with pytest.raises(PackageError) as caught:
        list(iter_files(data, package, limits=Limits(max_unpacked_bytes=package.total_bytes - 1)))
    assert "Une fois décompressé, le paquet serait trop gros" in str(caught.value)


# Reporting


def test_all_problems_are_reported_together():
    data = build_package(h5p=minimal_h5p(language=None), extra={"content/evil.php": b"<?php"})
    problems = refused(data)
    assert "le champ obligatoire « language » manque" in problems
    assert "« content/evil.php » a une extension interdite (php)" in problems


def test_faulty_library_still_has_its_dependencies_checked():
    library = minimal_library(dependencies=[QUESTION], overrides={"runnable": "oui"})
    problems = refused(build_package(libraries=[library]))
    assert "« runnable » doit valoir 0 ou 1" in problems
    assert "La bibliothèque « H5P.Question 1.4 » manque" in problems


def test_messages_are_french_and_the_english_comes_from_the_catalogue():
    package = build_package(extra={"content/evil.php": b""})
    with pytest.raises(PackageError) as caught:
        validate_package(package)
    (message,) = caught.value.problems
    assert message == "Le fichier « content/evil.php » a une extension interdite (php)."
    with translation.override("en"), pytest.raises(PackageError) as caught:
        validate_package(package)
    assert caught.value.problems == ["The file “content/evil.php” has a forbidden extension (php)."]


# Real packages


def test_true_false_package():
    path = fixture("true-false.h5p")
    package = validate_package(path)
    assert package.title == "Hello World"
    assert package.main_library == ("H5P.TrueFalse", 1, 6)
    assert package.libraries[package.main_library].runnable is True
    assert package.missing_from_package == []
    assert package.dependencies[-1] == ("H5P.TrueFalse", 1, 6)
    assert ("H5PEditor.ShowWhen", 1, 0) in package.libraries
    assert ("H5PEditor.ShowWhen", 1, 0) not in package.dependencies
    assert_load_order(package)
    assert_iter_files_match(path, package)


def test_drag_text_package():
    path = fixture("drag-text.h5p")
    package = validate_package(path)
    assert package.main_library == ("H5P.DragText", 1, 8)
    assert set(package.dependencies) == {
        ("H5P.DragText", 1, 8),
        ("jQuery.ui", 1, 10),
        ("FontAwesome", 4, 5),
        ("H5P.JoubelUI", 1, 3),
        ("H5P.Transition", 1, 0),
        ("Drop", 1, 0),
        ("Tether", 1, 0),
        ("H5P.FontIcons", 1, 0),
        ("H5P.Question", 1, 4),
    }
    assert_load_order(package)
    assert_iter_files_match(path, package)


def test_real_package_with_a_library_already_installed():
    path = fixture("true-false.h5p")
    with zipfile.ZipFile(path) as source:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
            for info in source.infolist():
                if not info.filename.startswith("H5P.Question-1.4/"):
                    copy.writestr(info, source.read(info))
    assert "« H5P.Question 1.4 » manque" in refused(buffer.getvalue())
    package = validate_package(buffer.getvalue(), installed={QUESTION: 6})
    assert package.missing_from_package == [QUESTION]


def assert_load_order(package):
    order = package.dependencies
    assert len(order) == len(set(order))
    for position, key in enumerate(order):
        library = package.libraries[key]
        for needed in library.preloaded_dependencies + library.dynamic_dependencies:
            assert order.index(needed) < position, f"{needed} must load before {key}"


def assert_iter_files_match(path, package):
    with zipfile.ZipFile(path) as archive:
        stored = {}
        for target, relative, content in iter_files(path, package):
            if target == "package":
                name = relative
            elif target == "content":
                name = f"content/{relative}"
            else:
                name = f"{package.libraries[target].folder}/{relative}"
            assert content == archive.read(name)
            stored[name] = content
        expected = {
            info.filename
            for info in archive.infolist()
            if not info.is_dir() and info.filename != "H5P_CONTENT_HERE.txt"
        }
    assert set(stored) == expected
    assert "H5P_CONTENT_HERE.txt" not in stored
