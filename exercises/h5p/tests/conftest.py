import io
import os
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.services import require

from .builders import build_package

ROOT = Path(__file__).resolve().parents[3]
PLAYER_HOST = "h5p.testserver"


# Real packages, kept in the repository (their origin and licence in its README).
FIXTURES = Path(os.environ.get("PASAPAS_H5P_FIXTURES", ROOT / "tests" / "fixtures" / "h5p"))


def fixture_package(name):
    """A real package from tests/fixtures/h5p: absent, the test skips on a user's clone and
    fails in CI (PASAPAS_REQUIRE_SERVICES=1)."""
    path = FIXTURES / name
    require(path.exists(), f"{path} is absent (tests/fixtures/h5p, or PASAPAS_H5P_FIXTURES)")
    return path


def upload(data, name="activite.h5p"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Each test its own media and package folders, so that « nothing stored » can be
    checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p_files"
    return settings.MEDIA_ROOT


@pytest.fixture
def imported(db):
    """An activity imported from a package built in the test (an admin's import)."""
    from exercises.h5p.services import h5p_package_import

    def make(data=None, **kwargs):
        source = io.BytesIO(build_package() if data is None else data)
        return h5p_package_import(source=source, **kwargs).activity

    return make


def place_activity(lesson, activity, *, required=True):
    body = list(lesson.body.raw_data)
    body.append({"type": "h5p_activity", "value": {"activity": activity.pk, "required": required}})
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson
