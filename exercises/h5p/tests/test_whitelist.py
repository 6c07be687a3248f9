"""H5P core's file whitelist: every common content type imports (Course Presentation ships a
.swf), and files a browser could run are only served by the player's host, under a policy
that runs nothing, or as downloads."""

import io
import zipfile

import pytest
from django.test import Client

from exercises.h5p.services import h5p_package_import
from exercises.h5p.validation import (
    CONTENT_EXTENSIONS,
    LIBRARY_EXTENSIONS,
    PackageError,
    validate_package,
)

from .builders import build_package, minimal_h5p, minimal_library
from .conftest import PLAYER_HOST, fixture_package

REAL = [
    "H5P.CoursePresentation.h5p",
    "H5P.Dialogcards.h5p",
    "H5P.QuestionSet.h5p",
    "drag-text.h5p",
    "true-false.h5p",
]


def test_the_whitelists_are_h5p_cores():
    assert {"swf", "m4a", "gltf", "glb", "vtt", "pdf"} <= CONTENT_EXTENSIONS
    assert not {"svg", "xml", "js", "css", "html", "htm", "php"} & CONTENT_EXTENSIONS
    assert {"js", "css", "svg", "xml"} == LIBRARY_EXTENSIONS - CONTENT_EXTENSIONS


@pytest.mark.parametrize("name", REAL)
def test_every_common_content_type_is_accepted(name):
    package = validate_package(fixture_package(name))
    assert package.libraries


def test_course_presentation_imports_and_its_swf_is_only_a_download(db):
    path = fixture_package("H5P.CoursePresentation.h5p")
    with zipfile.ZipFile(path) as archive:
        [swf] = [n for n in archive.namelist() if n.lower().endswith(".swf")]
    activity = h5p_package_import(source=path).activity
    assert activity.main_library.machine_name == "H5P.CoursePresentation"
    folder, relative = swf.split("/", 1)
    name = folder.rsplit("-", 1)[0]
    assert activity.libraries.filter(machine_name=name).exists()
    response = Client(HTTP_HOST=PLAYER_HOST).get(f"/h5p/bibliotheques/{folder}/{relative}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"]
    assert Client().get(f"/h5p/bibliotheques/{folder}/{relative}").status_code == 404


def _served(files, path):
    library = minimal_library(files=files)
    build = build_package(libraries=[library])
    activity = h5p_package_import(source=io.BytesIO(build)).activity
    folder = activity.main_library.folder
    return Client(HTTP_HOST=PLAYER_HOST).get(f"/h5p/bibliotheques/{folder}/{path}")


def test_an_svg_is_an_image_under_a_sandbox(db):
    response = _served(
        {"images/icon.svg": b"<svg xmlns='http://www.w3.org/2000/svg'/>"}, "images/icon.svg"
    )
    assert response["Content-Type"] == "image/svg+xml"
    # Shown inline by H5P's styles.
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"].split("; ")


def test_an_xml_file_is_a_download(db):
    response = _served({"data/map.xml": b"<?xml version='1.0'?><a/>"}, "data/map.xml")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "sandbox" in response["Content-Security-Policy"].split("; ")


@pytest.mark.parametrize(
    "name",
    ["content/page.html", "content/logo.svg", "content/data.xml", "content/x.js", "content/a.php"],
)
def test_content_may_not_hold_what_h5p_core_refuses_there(name):
    with pytest.raises(PackageError) as caught:
        validate_package(io.BytesIO(build_package(extra={name: b"x"})))
    assert "extension interdite" in "\n".join(caught.value.problems)


def test_a_library_may_not_hold_html_or_php():
    library = minimal_library(files={"page.html": b"<p>", "run.php": b"<?php"})
    with pytest.raises(PackageError) as caught:
        validate_package(io.BytesIO(build_package(libraries=[library])))
    problems = caught.value.problems
    assert len([p for p in problems if "extension interdite" in p]) == 2


def test_a_content_swf_is_accepted():
    h5p = minimal_h5p()
    package = validate_package(io.BytesIO(build_package(h5p=h5p, extra={"content/a.swf": b"F"})))
    assert "a.swf" in package.content_files
