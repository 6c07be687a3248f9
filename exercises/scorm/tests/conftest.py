import io
import stat
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
# Real packages kept in the repository (their origin and licence in its README). A missing one
# fails the test: SCORM support is only shown by packages the project did not write.
FIXTURES = ROOT / "tests" / "fixtures" / "scorm"
SINGLE_12 = "singlescobasic.zip"
GOLF_2004 = "RuntimeBasicCalls_SCORM20043rdEdition.zip"


def fixture_package(name):
    path = FIXTURES / name
    assert path.is_file(), f"{path} is missing: the SCORM fixtures are part of the repository"
    return path


MANIFEST_12 = """<?xml version="1.0"?>
<manifest identifier="m" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>{version}</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Essai</title>
    {items}
  </organization></organizations>
  <resources>{resources}</resources>
</manifest>"""
ITEM = '<item identifier="{id}" identifierref="{ref}"><title>{title}</title></item>'
RESOURCE = '<resource identifier="{id}" type="webcontent" adlcp:scormtype="sco" href="{href}"/>'


def manifest(version="1.2", items=None, resources=None):
    items = items if items is not None else [("i1", "r1", "Partie 1")]
    resources = resources if resources is not None else [("r1", "index.html")]
    return MANIFEST_12.format(
        version=version,
        items="".join(ITEM.format(id=i, ref=r, title=t) for i, r, t in items),
        resources="".join(RESOURCE.format(id=i, href=h) for i, h in resources),
    ).encode()


def build_zip(files, *, links=()):
    """A zip of {name: bytes}; names in links are stored as symbolic links."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def build_package(**kwargs):
    return build_zip({"imsmanifest.xml": manifest(**kwargs), "index.html": b"<p>Bonjour</p>"})


@pytest.fixture(autouse=True)
def package_files(settings, tmp_path):
    """Each test its own package folder, so that « nothing stored » can be checked."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p_files"
    return settings.H5P_ROOT


PLAYER_HOST = "h5p.testserver"


def place_package(lesson, package, *, required=True):
    body = list(lesson.body.raw_data)
    body.append({"type": "scorm_package", "value": {"package": package.pk, "required": required}})
    lesson.body = body
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def imported(db):
    """A package imported from a real fixture or a zip built in the test (an admin's import)."""
    from exercises.scorm.services import scorm_package_import

    def make(source=None, **kwargs):
        source = fixture_package(SINGLE_12) if source is None else source
        if isinstance(source, bytes):
            source = io.BytesIO(source)
        return scorm_package_import(source=source, **kwargs).scorm

    return make
