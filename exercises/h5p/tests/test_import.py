"""Importing packages: shared libraries, fresh content, atomic, and the library permission."""

import io

import pytest
from django.core.management import CommandError, call_command

from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.services import h5p_package_check, h5p_package_import
from exercises.h5p.storage import package_storage
from exercises.h5p.validation import PackageError
from tests.languages import french_only

from .builders import build_package, minimal_h5p, minimal_library, raw_entry, zeros
from .conftest import fixture_package


def _files_under(prefix):
    found = []
    try:
        folders, files = package_storage().listdir(prefix)
    except FileNotFoundError:
        return found
    found += [f"{prefix}{name}" for name in files]
    for folder in folders:
        found += _files_under(f"{prefix}{folder}/")
    return found


def _all_h5p_files():
    return sorted(_files_under("h5p/"))


def test_real_package_imports_with_its_libraries(db):
    path = fixture_package("true-false.h5p")
    report = h5p_package_import(source=path)
    activity = report.activity
    assert activity.title == "Hello World"
    assert activity.main_library.key == ("H5P.TrueFalse", 1, 6)
    names = set(activity.libraries.values_list("machine_name", flat=True))
    assert {"H5P.TrueFalse", "H5P.Question", "H5P.JoubelUI", "FontAwesome"} <= names
    stored = _files_under(activity.content_path)
    assert f"{activity.content_path}h5p.json" in stored
    assert f"{activity.content_path}content/content.json" in stored
    question = H5PLibrary.objects.get(machine_name="H5P.Question")
    assert package_storage().exists(f"{question.storage_path}scripts/question.js")
    assert package_storage().exists(activity.package.name)


def test_libraries_are_shared_between_packages(db):
    first = h5p_package_import(source=fixture_package("true-false.h5p"))
    libraries = H5PLibrary.objects.count()
    paths = dict(H5PLibrary.objects.values_list("machine_name", "storage_path"))
    second = h5p_package_import(source=fixture_package("drag-text.h5p"))
    assert {i.machine_name for i in second.new_libraries} >= {"H5P.DragText", "jQuery.ui"}
    assert "H5P.Question" not in {i.machine_name for i in second.new_libraries}
    assert H5PLibrary.objects.count() == libraries + len(second.new_libraries)
    # The libraries both use were not written again.
    assert H5PLibrary.objects.get(machine_name="H5P.Question").storage_path == paths["H5P.Question"]
    assert first.activity.content_path != second.activity.content_path


def test_a_newer_patch_replaces_the_library_files(db, django_capture_on_commit_callbacks):
    h5p_package_import(source=io.BytesIO(build_package()))
    old = H5PLibrary.objects.get()
    newer = build_package(libraries=[minimal_library(patch=3, js=b"/* 1.0.3 */")])
    with django_capture_on_commit_callbacks(execute=True):
        report = h5p_package_import(source=io.BytesIO(newer))
    assert [i.patch for i in report.updated_libraries] == [3]
    library = H5PLibrary.objects.get()
    assert library.patch == 3
    with package_storage().open(f"{library.storage_path}scripts/main.js") as handle:
        assert handle.read() == b"/* 1.0.3 */"
    assert not _files_under(old.storage_path)  # the old patch's files are gone


def test_an_older_patch_changes_nothing(db):
    h5p_package_import(source=io.BytesIO(build_package(libraries=[minimal_library(patch=2)])))
    before = H5PLibrary.objects.get().storage_path
    report = h5p_package_import(source=io.BytesIO(build_package()))
    assert not report.changes_libraries
    assert H5PLibrary.objects.get().storage_path == before


def test_facilitator_cannot_bring_new_libraries(people):
    facilitator = people["facilitator"]
    with pytest.raises(PackageError) as refused:
        h5p_package_import(source=io.BytesIO(build_package()), user=facilitator)
    assert "Seul un administrateur" in refused.value.problems[0]
    assert "PasAPas.Test 1.0.0" in refused.value.problems[0]
    assert not H5PActivity.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert _all_h5p_files() == []


def test_facilitator_can_use_installed_libraries(people):
    h5p_package_import(source=io.BytesIO(build_package()), user=people["admin"])
    report = h5p_package_import(
        source=io.BytesIO(build_package(content={"question": "Encore ?"})),
        user=people["facilitator"],
    )
    assert report.activity.uploaded_by == people["facilitator"]


def test_facilitator_cannot_bring_a_newer_patch(people):
    h5p_package_import(source=io.BytesIO(build_package()), user=people["admin"])
    newer = build_package(libraries=[minimal_library(patch=1)])
    with pytest.raises(PackageError):
        h5p_package_check(source=io.BytesIO(newer), user=people["facilitator"])
    assert H5PLibrary.objects.get().patch == 0


def test_refused_package_leaves_nothing(db):
    bad = build_package(extra={"content/evil.php": b"<?php system($_GET['c']);"})
    with pytest.raises(PackageError):
        h5p_package_import(source=io.BytesIO(bad))
    assert not H5PActivity.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert _all_h5p_files() == []


def test_failed_replacement_keeps_the_activity_in_use(imported):
    activity = imported()
    content_path, key = activity.content_path, activity.content_key
    before = _files_under(content_path)
    with pytest.raises(PackageError):
        h5p_package_import(source=io.BytesIO(b"not a zip"), activity=activity)
    activity.refresh_from_db()
    assert (activity.content_path, activity.content_key) == (content_path, key)
    assert _files_under(content_path) == before


def test_replacing_content_swaps_it_and_clears_saved_places(
    imported, lesson, learner, django_capture_on_commit_callbacks
):
    from progress.models import H5PState

    activity = imported()
    old_path = activity.content_path
    H5PState.objects.create(user=learner, activity=activity, lesson=lesson, state="{}")
    new = build_package(content={"question": "Nouvelle question ?"})
    with django_capture_on_commit_callbacks(execute=True):
        h5p_package_import(source=io.BytesIO(new), activity=activity)
    activity.refresh_from_db()
    assert activity.content_path != old_path
    assert not _files_under(old_path)
    with package_storage().open(f"{activity.content_path}content/content.json") as handle:
        assert b"Nouvelle question" in handle.read()
    assert not H5PState.objects.exists()


def test_a_full_disk_gives_a_clear_message_and_stores_nothing(db, monkeypatch):
    from exercises.h5p import services

    calls = {"n": 0}
    real_write = services.write

    def write_until_full(prefix, path, data):
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(28, "No space left on device")
        real_write(prefix, path, data)

    monkeypatch.setattr(services, "write", write_until_full)
    with pytest.raises(PackageError) as refused:
        h5p_package_import(source=io.BytesIO(build_package()))
    assert "disque plein" in refused.value.problems[0]
    assert not H5PActivity.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert _all_h5p_files() == []


def test_dependency_satisfied_by_an_installed_library(db):
    base = ("PasAPas.Base", 1, 0)
    h5p_package_import(
        source=io.BytesIO(
            build_package(
                h5p=minimal_h5p(main=base),
                libraries=[minimal_library(*base)],
            )
        )
    )
    # A package that needs PasAPas.Base but does not carry it.
    package = build_package(
        h5p=minimal_h5p(dependencies=[("PasAPas.Test", 1, 0), base]),
        libraries=[minimal_library(dependencies=[base])],
    )
    report = h5p_package_import(source=io.BytesIO(package))
    assert set(report.activity.libraries.values_list("machine_name", flat=True)) == {
        "PasAPas.Test",
        "PasAPas.Base",
    }


def test_command_check_stores_nothing(db, tmp_path, capsys):
    path = tmp_path / "ok.h5p"
    path.write_bytes(build_package())
    call_command("h5p_import", str(path), "--check")
    assert "rien n'a été enregistré" in capsys.readouterr().out
    assert not H5PActivity.objects.exists()
    assert _all_h5p_files() == []


def test_command_imports(db, tmp_path, capsys):
    path = tmp_path / "ok.h5p"
    path.write_bytes(build_package())
    call_command("h5p_import", str(path), "--title", "Mon activité")
    assert H5PActivity.objects.get().title == "Mon activité"
    assert "nouvelles bibliothèques" in capsys.readouterr().out


def test_command_prints_each_problem_and_fails(db, tmp_path, capsys):
    path = tmp_path / "bad.h5p"
    path.write_bytes(build_package(drop=["h5p.json"], extra={"content/x.php": b""}))
    with pytest.raises(CommandError, match="Paquet refusé"):
        call_command("h5p_import", str(path))
    errors = capsys.readouterr().err
    assert "h5p.json" in errors
    assert "x.php" in errors
    assert not H5PActivity.objects.exists()


def _bomb():
    return build_package(raw=[raw_entry("content/bombe.json", zeros(200 * 1024 * 1024))])


BAD_PACKAGES = {
    "path traversal": lambda: build_package(extra={"../evil.js": b"alert(1)"}),
    "symlink": lambda: build_package(
        raw=[raw_entry("content/lien.json", b"/etc/passwd", symlink=True)]
    ),
    "zip bomb": _bomb,
    "no h5p.json": lambda: build_package(drop=["h5p.json"]),
    "broken JSON": lambda: build_package(h5p=b'{"title": "Cass'),
    "missing required field": lambda: build_package(h5p=minimal_h5p(mainLibrary=None)),
    "library folder that does not match": lambda: build_package(
        libraries=[minimal_library(overrides={"minorVersion": 3})]
    ),
    "missing preloaded file": lambda: build_package(drop=["PasAPas.Test-1.0/scripts/main.js"]),
    "php file": lambda: build_package(extra={"PasAPas.Test-1.0/shell.php": b"<?php"}),
    "svg in content": lambda: build_package(extra={"content/image.svg": b"<svg onload=x>"}),
}


@pytest.mark.parametrize("fault", list(BAD_PACKAGES))
def test_each_bad_package_is_refused_and_nothing_is_stored(db, fault):
    with pytest.raises(PackageError) as refused:
        h5p_package_import(source=io.BytesIO(BAD_PACKAGES[fault]()))
    assert refused.value.problems and all(p.strip() for p in refused.value.problems)
    assert all(french_only(p) for p in refused.value.problems)
    assert not H5PActivity.objects.exists()
    assert not H5PLibrary.objects.exists()
    assert _all_h5p_files() == []


def test_an_oversized_file_is_refused_and_nothing_is_stored(db, settings):
    settings.PASAPAS_H5P_LIMITS = {"max_file_bytes": 1024}
    with pytest.raises(PackageError) as refused:
        h5p_package_import(source=io.BytesIO(build_package(extra={"content/a.txt": b"x" * 4096})))
    assert "trop gros" in refused.value.problems[0]
    assert _all_h5p_files() == []


def test_a_library_in_use_cannot_be_deleted(imported, people):
    from django.db.models import ProtectedError

    imported()
    with pytest.raises(ProtectedError):
        H5PLibrary.objects.get().delete()
