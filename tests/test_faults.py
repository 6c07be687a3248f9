"""Faults on the media disk: full, or read-only, during an upload. A real small disk (tmpfs)
is mounted as the media folder: the upload gets a clear message, nothing half-written stays,
and what was stored before is untouched.

Mounting needs root (CI has it); elsewhere these tests skip."""

import html
import io
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client, override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.services import h5p_package_import
from exercises.h5p.validation import PackageError
from tests.languages import french_only
from tests.services import require

# Each request commits or rolls back on its own, as in production (no enclosing transaction).
pytestmark = pytest.mark.django_db(transaction=True)
DISK_BYTES = 512 * 1024


def png(width, height, seed=0):
    """A PNG of noise: it does not compress, so its size is about width x height x 3."""
    rng = random.Random(seed)  # noqa: S311 - test pictures, not secrets
    picture = PILImage.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def mount(options):
    directory = tempfile.mkdtemp(prefix="pasapas-disk-")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", directory],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        os.rmdir(directory)
        require(False, f"cannot mount a small disk here: {result.stderr.strip()}")
    return Path(directory)


def unmount(directory):
    subprocess.run(["umount", str(directory)], check=True)
    os.rmdir(directory)


@pytest.fixture
def small_disk():
    require(shutil.which("mount") and os.geteuid() == 0, "mounting a small disk needs root")
    directory = mount(f"size={DISK_BYTES},mode=0755")
    with override_settings(MEDIA_ROOT=str(directory)):
        yield directory
    unmount(directory)


@pytest.fixture
def editor(django_user_model):
    # A flushed database (transaction=True) loses the root collection the migrations made, and
    # an earlier test may leave content types cached with ids that no longer exist.
    ContentType.objects.clear_cache()
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    user = django_user_model.objects.create_superuser("redac", password="x" * 12)
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


def upload(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "description": f"Photo {name}",
            "file": ContentFile(data, name=f"{name}.png"),
        },
    )


def files_in(directory):
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*") if p.is_file())


def test_a_full_disk_during_an_image_upload_says_so_and_keeps_nothing(small_disk, editor):
    kept = png(40, 40, seed=1)
    first = upload(editor, "petite", kept)
    assert first.status_code == 302, first.context["form"].errors
    before = files_in(small_disk)
    stored = get_image_model().objects.get(title="petite")

    response = upload(editor, "grande", png(600, 600, seed=2))  # about 1 MB for 512 KB

    assert response.status_code == 507, response.exc_info
    text = html.unescape(response.content.decode())
    assert "Le fichier n'a pas pu être enregistré" in text
    assert "rien n'a été enregistré" in text
    assert "nothing was saved" in text
    assert not get_image_model().objects.filter(title="grande").exists()
    assert files_in(small_disk) == before  # no truncated file left behind
    with default_storage.open(stored.file.name) as handle:
        assert handle.read() == kept


def test_a_full_disk_answers_the_multiple_upload_page_in_json(small_disk, editor):
    response = editor.post(
        reverse("wagtailimages:add_multiple"),
        {"files[]": ContentFile(png(600, 600, seed=3), name="grande.png")},
        headers={"X-Requested-With": "XMLHttpRequest", "Accept": "application/json"},
    )
    assert response.status_code == 507, response.exc_info
    payload = response.json()
    assert payload["success"] is False
    assert "plein" in payload["error_message"] and "full" in payload["error_message"]
    assert files_in(small_disk) == []
    assert not get_image_model().objects.exists()


@pytest.fixture
def small_package_disk(small_disk):
    """H5P package files have a folder of their own (H5P_ROOT): on the small disk here."""
    with override_settings(H5P_ROOT=str(small_disk)):
        yield small_disk


def test_a_full_disk_during_an_h5p_import_leaves_nothing(small_package_disk, tmp_path):
    small_disk = small_package_disk
    from demo.h5p.content import DEMO_ACTIVITIES
    from demo.h5p.packaging import demo_package

    package = tmp_path / "demo.h5p"
    package.write_bytes(demo_package(next(iter(DEMO_ACTIVITIES))))
    first = h5p_package_import(source=str(package), title="Première")
    before = files_in(small_disk)
    # Fill the disk to the last few kilobytes: the next import cannot fit.
    free = shutil.disk_usage(small_disk).free
    (small_disk / "remplissage").write_bytes(b"\0" * max(0, free - 8 * 1024))

    with pytest.raises(PackageError) as refused:
        h5p_package_import(source=str(package), title="Seconde")
    assert "disque plein" in str(refused.value) and french_only(str(refused.value))

    assert list(H5PActivity.objects.values_list("title", flat=True)) == ["Première"]
    assert H5PLibrary.objects.count() == first.activity.libraries.count()
    assert files_in(small_disk) == sorted([*before, "remplissage"])


def test_a_read_only_media_disk_says_so(editor):
    require(shutil.which("mount") and os.geteuid() == 0, "mounting a small disk needs root")
    directory = mount("size=1m,mode=0755")
    try:
        (directory / "original_images").mkdir()
        (directory / "original_images" / "ancienne.png").write_bytes(b"kept")
        subprocess.run(["mount", "-o", "remount,ro", str(directory)], check=True)
        with override_settings(MEDIA_ROOT=str(directory)):
            response = upload(editor, "nouvelle", png(20, 20))
        assert response.status_code == 507, response.exc_info
        assert "n'accepte plus d'écriture" in html.unescape(response.content.decode())
        assert not get_image_model().objects.exists()
        assert (directory / "original_images" / "ancienne.png").read_bytes() == b"kept"
    finally:
        unmount(directory)
