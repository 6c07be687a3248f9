"""The shared cache across a deploy: a process of a new release never reads what a process of
the last one kept (pickled objects of classes that may have changed), and the processes of one
release share everything (pasapas.release)."""

import secrets

import pytest
from pasapas.release import cache_key, code_digest, release

from tests.services import manage, production_env

pytestmark = pytest.mark.database_independent


def test_the_digest_follows_the_code_and_nothing_else(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "models.py").write_text("class Lesson: pass\n")
    (tmp_path / "requirements.txt").write_text("wagtail==7.0\n")
    first = code_digest(tmp_path)
    assert code_digest(tmp_path) == first  # every process of one build agrees
    # Tests, uploads and files other than Python code are no part of the release.
    (tmp_path / "app" / "tests").mkdir()
    (tmp_path / "app" / "tests" / "test_models.py").write_text("def test(): pass\n")
    (tmp_path / "media").mkdir()
    (tmp_path / "media" / "upload.py").write_text("x = 1\n")
    (tmp_path / "app" / "notes.txt").write_text("notes\n")
    assert code_digest(tmp_path) == first
    # A class changed, or a library moved: another release.
    (tmp_path / "app" / "models.py").write_text("class Lesson:\n    slots = 1\n")
    changed = code_digest(tmp_path)
    assert changed != first
    (tmp_path / "requirements.txt").write_text("wagtail==7.1\n")
    assert code_digest(tmp_path) != changed


def test_every_key_carries_the_release():
    assert cache_key("page-cache:site", "pasapas", 1) == f"pasapas:{release()}:1:page-cache:site"


def _in_process(tmp_path, release_name, code):
    env = production_env(
        SECRET_KEY=secrets.token_urlsafe(50),
        DATABASE_URL=f"sqlite:///{tmp_path}/db.sqlite3",
        CACHE_DIR=str(tmp_path / "cache"),
        **({"RELEASE": release_name} if release_name else {}),
    )
    result = manage("shell", "-c", f"from django.core.cache import cache; {code}", env=env)
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_a_new_release_never_reads_what_the_last_one_kept(tmp_path):
    _in_process(tmp_path, "2026-12-01", "cache.set('page-cache:site', 'kept', None)")
    read = "print(repr(cache.get('page-cache:site')))"
    assert _in_process(tmp_path, "2026-12-01", read) == "'kept'"  # same release: shared
    assert _in_process(tmp_path, "2026-12-08", read) == "None"  # the next deploy: not read
    # Without RELEASE, the code's digest names it: this checkout is one release.
    _in_process(tmp_path, None, "cache.set('page-cache:site', 'digest', None)")
    assert _in_process(tmp_path, None, read) == "'digest'"
    assert _in_process(tmp_path, "2026-12-01", read) == "'kept'"
