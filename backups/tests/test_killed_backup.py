"""A backup killed half-way (kill -9) leaves its working folder behind, unreadable by others;
the next run removes it. A folder of a backup still running is left alone."""

import os
import shutil
import signal
import stat
import tempfile
import time
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.db import connection

from backups.archive import BackupError
from backups.services import BACKUP_WORKDIR, RESTORE_WORKDIR, backup_create, backup_restore


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def _start_backup_in_a_child(target):
    """A real `backup_site` run in a forked process of this test (same database)."""
    pid = os.fork()
    if pid == 0:  # the child: back up, then leave without running the parent's clean-up
        code = 1
        try:
            call_command("backup_site", str(target))
            code = 0
        finally:
            os._exit(code)
    return pid


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_killed_backup_leaves_no_copy_of_the_data_after_the_next_run(people, tmp_path):
    # Enough media for the archive to take a while: the kill lands while it is written.
    default_storage.save("big/bruit.bin", ContentFile(os.urandom(40_000_000)))
    out = tmp_path / "sauvegardes"
    out.mkdir()
    if connection.vendor != "sqlite":
        connection.close()  # the child opens its own connection (SQLite in memory: a copy)
    pid = _start_backup_in_a_child(out / "coupee.tar.gz")
    deadline = time.monotonic() + 120
    while not list(out.glob(f"{BACKUP_WORKDIR}*/archive.part")):
        assert time.monotonic() < deadline, "the backup never started writing"
        time.sleep(0.01)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    (left,) = list(out.glob(f"{BACKUP_WORKDIR}*"))
    assert (left / "data.json").exists()  # a whole copy of the database, hashes included
    assert stat.S_IMODE(left.stat().st_mode) == 0o700  # but only its owner may enter
    assert not (out / "coupee.tar.gz").exists()
    # Another backup still running here keeps its folder.
    running = out / f"{BACKUP_WORKDIR}{os.getppid()}-encours"
    running.mkdir(mode=0o700)
    default_storage.delete("big/bruit.bin")  # the next run need not be slow

    report = backup_create(target=out / "suivante.tar.gz")

    assert report.cleaned == [left]
    assert sorted(p.name for p in out.iterdir()) == [running.name, "suivante.tar.gz"]


def _dead_pid():
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    return pid


def test_a_restore_removes_what_a_killed_restore_left(people, tmp_path):
    """A restore works in the system's temporary folder; one killed there leaves the
    unpacked data behind, which the next restore removes (whatever it then decides)."""
    archive = tmp_path / "sauvegarde.tar.gz"
    backup_create(target=archive)
    left = Path(tempfile.gettempdir()) / f"{RESTORE_WORKDIR}{_dead_pid()}-abandonne"
    left.mkdir(mode=0o700)
    (left / "data.json").write_text("[]")
    running = Path(tempfile.mkdtemp(prefix=f"{RESTORE_WORKDIR}{os.getppid()}-"))
    try:
        with pytest.raises(BackupError, match="--force"):
            backup_restore(archive=archive)
        assert not left.exists()
        assert running.exists()  # a restore still going elsewhere keeps its folder
    finally:
        shutil.rmtree(left, ignore_errors=True)
        shutil.rmtree(running, ignore_errors=True)
