"""The admin upload: a facilitator's real package stored, every problem of a bad one shown in
plain French with nothing stored, and no upload for learners or mentors."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from exercises.scorm.models import ScormPackage

from .conftest import SINGLE_12, build_zip, fixture_package, manifest

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/snippets/scorm/scormpackage/add/"


def upload(data, name="module.zip"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


def test_a_facilitator_uploads_a_real_package(people, package_files):
    data = fixture_package(SINGLE_12).read_bytes()
    response = client_for(people["facilitator"]).post(
        ADD_URL, {"title": "", "package": upload(data, "golf.zip")}
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    package = ScormPackage.objects.get()
    assert package.title == "Golf Explained - Run-time Basic Calls"
    assert package.uploaded_by == people["facilitator"] and package.version == "1.2"
    assert list(package_files.rglob("launchpage.html"))


def test_every_problem_is_shown_and_nothing_stored(people, package_files):
    bad = build_zip(
        {
            "imsmanifest.xml": manifest(
                version="1.1",
                items=[("i1", "absente", "Partie 1")],
                resources=[("r1", "index.html")],
            ),
            "../evasion.html": b"x",
        }
    )
    response = client_for(people["facilitator"]).post(
        ADD_URL, {"title": "Essai", "package": upload(bad)}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "contient « .. » dans son chemin" in page
    assert not ScormPackage.objects.exists()
    assert not package_files.exists() or not list(package_files.rglob("*.*"))

    response = client_for(people["facilitator"]).post(
        ADD_URL,
        {"package": upload(build_zip({"imsmanifest.xml": manifest(version="1.1")}))},
    )
    page = response.content.decode()
    assert "Version de SCORM inconnue" in page and "index.html" in page
    assert not ScormPackage.objects.exists()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("module.h5p", b"PK", "Choisissez un fichier .zip."),
        ("module.zip", b"PK\x03\x04 pas vraiment un zip", "pas une archive zip valide"),
        ("module.zip", fixture_package("badscorm.zip").read_bytes(), "à la racine du paquet"),
        ("module.zip", fixture_package("invalid.zip").read_bytes(), "il manque le fichier"),
    ],
)
def test_what_is_not_a_package_is_refused(people, name, data, message):
    response = client_for(people["facilitator"]).post(ADD_URL, {"package": upload(data, name)})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ScormPackage.objects.exists()


def test_learners_and_mentors_cannot_upload(people):
    data = fixture_package(SINGLE_12).read_bytes()
    for who in ("learner_a", "mentor"):
        response = client_for(people[who]).post(ADD_URL, {"package": upload(data)})
        assert response.status_code in (302, 403)
    assert not ScormPackage.objects.exists()
