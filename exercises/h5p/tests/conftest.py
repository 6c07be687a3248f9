import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from .builders import build_package

FIXTURES = Path(__file__).resolve().parents[3].parent / "shared" / "fixtures" / "h5p"
PLAYER_HOST = "h5p.testserver"


def fixture_package(name):
    """A real package from ../shared (absent from a user's clone: the test skips)."""
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside this clone)")
    return path


def upload(data, name="activite.h5p"):
    return SimpleUploadedFile(name, data, content_type="application/zip")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Each test its own media folder, so that « nothing stored » can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
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
