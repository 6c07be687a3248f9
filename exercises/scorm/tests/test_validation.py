"""Packages are checked before anything is stored: the real fixtures, and hostile ones."""

import os

import pytest

from exercises.scorm.limits import ScormLimits
from exercises.scorm.validation import ArchiveError, validate_package

from .conftest import GOLF_2004, SINGLE_12, build_package, build_zip, fixture_package, manifest

pytestmark = pytest.mark.database_independent


def refused(source, **kwargs):
    with pytest.raises(ArchiveError) as caught:
        validate_package(source, **kwargs)
    return "\n".join(caught.value.problems)


def test_the_scorm_12_golf_example_is_read():
    package = validate_package(fixture_package(SINGLE_12))
    assert package.version == "1.2"
    assert package.title == "Golf Explained - Run-time Basic Calls"
    [item] = package.items
    assert (item.title, item.launch, item.scorm_type) == (
        "Golf Explained",
        "shared/launchpage.html",
        "sco",
    )
    assert "Etiquette/Course.html" in package.files and "imsmanifest.xml" in package.files


def test_the_scorm_2004_golf_example_is_read():
    package = validate_package(fixture_package(GOLF_2004))
    assert package.version == "2004-3"
    assert [i.launch for i in package.items] == ["shared/launchpage.html"]


def test_a_manifest_in_a_folder_is_refused():
    problems = refused(fixture_package("badscorm.zip"))
    assert "« imsmanifest.xml » doit être à la racine du paquet" in problems


def test_a_zip_without_manifest_is_refused():
    problems = refused(fixture_package("invalid.zip"))
    assert "il manque le fichier « imsmanifest.xml » à la racine" in problems


def test_not_a_zip():
    assert "ce n'est pas une archive zip valide" in refused(b"<html>rien</html>")


@pytest.mark.parametrize(
    ("edition", "version"),
    [
        ("1.2", "1.2"),
        ("2004 2nd Edition", "2004-2"),
        ("CAM 1.3", "2004-2"),
        ("2004 3rd Edition", "2004-3"),
        ("2004 4th Edition", "2004-4"),
    ],
)
def test_every_edition_is_recognised(edition, version):
    assert validate_package(build_package(version=edition)).version == version


def test_an_unknown_version_is_refused():
    assert "Version de SCORM inconnue (« 1.1 »)" in refused(build_package(version="1.1"))


def test_several_problems_are_listed_at_once():
    data = build_zip(
        {
            "imsmanifest.xml": manifest(
                items=[
                    ("i1", "r1", "Partie 1"),
                    ("i2", "absente", "Partie 2"),
                    ("i3", "r3", "Partie 3"),
                ],
                resources=[("r1", "index.html"), ("r3", "manque.html")],
            ),
            "index.html": b"x",
        }
    )
    problems = refused(data)
    assert "« Partie 2 » renvoie à une ressource qui n'existe pas (« absente »)" in problems
    assert "Le fichier à ouvrir « manque.html » de l'élément « Partie 3 » manque" in problems


def test_no_organisation_and_no_resources():
    data = build_zip({"imsmanifest.xml": b"<manifest><metadata/></manifest>"})
    problems = refused(data)
    assert "aucune ressource" in problems and "aucune organisation" in problems


def test_broken_xml_says_where():
    data = build_zip({"imsmanifest.xml": b"<manifest><organizations>\n<oops></manifest>"})
    assert "XML invalide à la ligne 2" in refused(data)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<manifest><organizations><organization><title>&lol3;</title></organization></organizations></manifest>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE m [<!ENTITY secret SYSTEM "file:///etc/passwd">]><manifest>&secret;</manifest>"""


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, EXTERNAL], ids=["billion-laughs", "external"])
def test_xml_entities_are_refused_never_expanded(xml):
    assert "entités XML, interdites" in refused(build_zip({"imsmanifest.xml": xml}))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil.html", "contient « .. » dans son chemin"),
        ("/etc/evil.html", "a un chemin absolu"),
        ("C:/evil.html", "a un chemin absolu"),
        ("dossier\\evil.html", "barre oblique inversée"),
    ],
)
def test_dangerous_names_are_refused(name, expected):
    data = build_zip({"imsmanifest.xml": manifest(), "index.html": b"x", name: b"x"})
    assert expected in refused(data)


def test_links_are_refused():
    data = build_zip(
        {"imsmanifest.xml": manifest(), "index.html": b"/etc/passwd"}, links={"index.html"}
    )
    assert "est un lien symbolique" in refused(data)


def test_a_zip_bomb_is_refused_before_it_is_read():
    data = build_zip(
        {"imsmanifest.xml": manifest(), "index.html": b"x", "bombe.txt": b"0" * 30_000_000}
    )
    problems = refused(data)
    assert "anormalement compressé" in problems


def test_limits_on_size_and_entries():
    assert "trop de fichiers" in refused(build_package(), limits=ScormLimits(max_entries=1))
    assert "trop gros" in refused(build_package(), limits=ScormLimits(max_file_bytes=100))
    assert "serait trop gros" in refused(build_package(), limits=ScormLimits(max_unpacked_bytes=50))


def test_a_huge_manifest_is_refused():
    filler = os.urandom(1_600_000).hex().encode()  # compresses little: no bomb, just big
    data = build_zip({"imsmanifest.xml": b"<manifest><!--" + filler + b"--></manifest>"})
    assert "anormalement gros" in refused(data)
