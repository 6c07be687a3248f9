"""Storing a package: all or nothing, by the command and the admin."""

import io

import pytest
from django.core.management import CommandError, call_command

from exercises.scorm.models import ScormPackage
from exercises.scorm.services import scorm_package_import
from exercises.scorm.validation import ArchiveError

from .conftest import GOLF_2004, SINGLE_12, build_package, fixture_package

pytestmark = pytest.mark.django_db


def stored(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_the_command_imports_the_two_golf_examples(package_files):
    out = io.StringIO()
    call_command("scorm_import", str(fixture_package(SINGLE_12)), stdout=out)
    call_command(
        "scorm_import", str(fixture_package(GOLF_2004)), "--title", "Golf 2004", stdout=out
    )
    single, golf = ScormPackage.objects.order_by("pk")
    assert (single.title, single.version, single.live) == (
        "Golf Explained - Run-time Basic Calls",
        "1.2",
        True,
    )
    assert (golf.title, golf.version) == ("Golf 2004", "2004-3")
    assert single.launchable()[0]["launch"] == "shared/launchpage.html"
    files = stored(package_files)
    assert f"scorm/{single.content_key}/shared/launchpage.html" in files
    assert f"scorm/{golf.content_key}/imsmanifest.xml" in files
    assert "« Golf Explained - Run-time Basic Calls » : SCORM 1.2" in out.getvalue()


@pytest.mark.parametrize("name", ["badscorm.zip", "invalid.zip"])
def test_the_command_refuses_the_broken_examples_and_stores_nothing(name, package_files):
    err = io.StringIO()
    with pytest.raises(CommandError, match="Paquet refusé : 1 problème."):
        call_command("scorm_import", str(fixture_package(name)), stderr=err)
    assert "imsmanifest.xml" in err.getvalue()
    assert not ScormPackage.objects.exists()
    assert stored(package_files) == [] if package_files.exists() else True


def test_check_stores_nothing(package_files):
    out = io.StringIO()
    call_command("scorm_import", str(fixture_package(SINGLE_12)), "--check", stdout=out)
    assert "Paquet valide, rien n'a été enregistré." in out.getvalue()
    assert not ScormPackage.objects.exists()
    assert not package_files.exists() or stored(package_files) == []


def test_replace_swaps_the_files_and_keeps_the_package(
    package_files, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = scorm_package_import(source=io.BytesIO(build_package()), title="Module")
        old_prefix = first.scorm.content_path
        call_command(
            "scorm_import",
            str(fixture_package(SINGLE_12)),
            "--replace",
            str(first.scorm.pk),
            stdout=io.StringIO(),
        )
    package = ScormPackage.objects.get()
    assert package.pk == first.scorm.pk and package.content_path != old_prefix
    assert not any(name.startswith(old_prefix) for name in stored(package_files))


def test_replace_an_unknown_package():
    with pytest.raises(CommandError, match="Aucun paquet SCORM n° 999."):
        call_command("scorm_import", str(fixture_package(SINGLE_12)), "--replace", "999")


def test_a_missing_file():
    with pytest.raises(CommandError, match="Fichier introuvable"):
        call_command("scorm_import", "/nonexistent/paquet.zip")


def test_a_full_disk_leaves_nothing(package_files, monkeypatch):
    from exercises.h5p import storage

    calls = []
    real = storage.write

    def write_then_fail(prefix, path, data):
        calls.append(path)
        if len(calls) > 3:
            raise OSError(28, "No space left on device")
        return real(prefix, path, data)

    monkeypatch.setattr("exercises.scorm.services.write", write_then_fail)
    with pytest.raises(ArchiveError, match="disque plein"):
        scorm_package_import(source=fixture_package(SINGLE_12))
    assert not ScormPackage.objects.exists()
    assert stored(package_files) == []
