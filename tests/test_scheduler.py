"""The daily clean-ups: docker/start-scheduler.sh --once, as the `scheduler` container runs it
each day, against a production database of its own (SQLite in a temporary folder: the script
and its commands do not depend on the database). What was due goes, nothing else."""

import json
import shutil
import subprocess

import pytest

from tests.services import ROOT, manage, served_env

pytestmark = pytest.mark.database_independent

SET_UP = """
import datetime
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.utils import timezone
from axes.models import AccessLog
from jobsearch import services
from jobsearch.models import CV

now = timezone.now()
person = get_user_model().objects.create_user("josiane", password="pas-a-pas-123")
old, noticed, fresh = (services.cv_create(user=person) for _ in range(3))
for cv, title in ((old, "Vieux CV"), (noticed, "Déjà signalé"), (fresh, "CV récent")):
    CV.objects.filter(pk=cv.pk).update(title=title)
CV.objects.filter(pk=old.pk).update(updated_at=now - datetime.timedelta(days=800))
CV.objects.filter(pk=noticed.pk).update(
    updated_at=now - datetime.timedelta(days=800),
    stale_notice_at=now - datetime.timedelta(days=31),
)
for key, expiry in (("perimee", -1), ("valable", 1)):
    Session.objects.create(
        session_key=key * 4,
        session_data=SessionStore().encode({}),
        expire_date=now + datetime.timedelta(days=expiry),
    )
for days in (400, 3):
    log = AccessLog.objects.create(username="josiane", ip_address="127.0.0.1", user_agent="t")
    AccessLog.objects.filter(pk=log.pk).update(attempt_time=now - datetime.timedelta(days=days))
"""

WAITING_STATEMENT = """
import uuid
from lrs.models import OutboxStatement

OutboxStatement.objects.create(
    statement_id=uuid.uuid4(), verb="experienced", object_iri="http://localhost/a/", statement={}
)
"""

STATE = """
import json
from django.contrib.sessions.models import Session
from axes.models import AccessLog
from jobsearch.models import CV

print(json.dumps({
    "cvs": {cv.title: cv.stale_notice_at is not None for cv in CV.objects.all()},
    "sessions": sorted(Session.objects.values_list("session_key", flat=True)),
    "sign_ins": AccessLog.objects.count(),
}))
"""


def shell(code, env):
    done = manage("shell", "-c", code, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def scheduler(env, *args):
    return subprocess.run(
        ["bash", str(ROOT / "docker/start-scheduler.sh"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def site_env(folder):
    return served_env(
        f"sqlite:///{folder}/site.sqlite3",
        SECRET_KEY="scheduler-test-" + "k" * 40,
        MEDIA_ROOT=str(folder / "media"),
        H5P_ROOT=str(folder / "h5p"),
        STATIC_ROOT=str(folder / "static"),
        LRS_URL="",
    )


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    """One migrated database, copied for each test (migrating takes a minute)."""
    folder = tmp_path_factory.mktemp("scheduler-site")
    done = manage("migrate", "--noinput", "-v0", env=site_env(folder), check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return folder / "site.sqlite3"


@pytest.fixture
def production_site(migrated, tmp_path):
    shutil.copy(migrated, tmp_path / "site.sqlite3")
    return site_env(tmp_path)


def test_the_scheduler_runs_the_daily_commands_once(production_site):
    shell(SET_UP, production_site)
    done = scheduler(production_site, "--once")
    assert done.returncode == 0, done.stderr[-3000:]
    for command in (
        "clearsessions",
        "jobsearch_cleanup",
        "appointments_cleanup",
        "axes_reset_logs",
        "prune_db_task_results",
    ):
        assert f"manage.py {command}" in done.stdout
    assert "xapi_send" not in done.stdout  # no LRS configured
    state = json.loads(shell(STATE, production_site).splitlines()[-1])
    # The CV untouched for two years is signalled, the one signalled a month ago is gone, the
    # recent one is untouched; the expired session and the year-old sign-in record are gone.
    assert state["cvs"] == {"Vieux CV": True, "CV récent": False}
    assert state["sessions"] == ["valable" * 4]
    assert state["sign_ins"] == 1


def test_a_failing_command_is_said_and_the_others_still_run(production_site):
    # A statement waits for an LRS that is not there: xapi_send fails; the rest has run.
    shell(SET_UP + WAITING_STATEMENT, production_site)
    env = {**production_site, "LRS_URL": "http://127.0.0.1:9/xAPI/", "TASKS_IN_DATABASE": "false"}
    done = scheduler(env, "--once")
    assert done.returncode == 1
    assert "FAILED: manage.py xapi_send" in done.stderr
    assert "prune_db_task_results" not in done.stdout  # no task queue in the database
    state = json.loads(shell(STATE, production_site).splitlines()[-1])
    assert state["cvs"] == {"Vieux CV": True, "CV récent": False}
    assert state["sessions"] == ["valable" * 4]


def test_a_bad_hour_is_refused_in_plain_french(tmp_path):
    env = served_env(f"sqlite:///{tmp_path}/site.sqlite3", DAILY_AT="25:99")
    done = scheduler(env)
    assert done.returncode == 2
    assert "DAILY_AT doit être une heure HH:MM" in done.stderr


def test_the_compose_files_run_the_scheduler():
    from tests.test_setup_files import compose

    one = compose("docker-compose.yml")["services"]["scheduler"]
    assert one["command"] == ["docker/start-scheduler.sh"]
    assert one["depends_on"]["db"] == {"condition": "service_healthy"}
    scaled = compose("docker-compose.scale.yml")["services"]["scheduler"]
    assert scaled["environment"]["DB_POOLER"] == "pgbouncer"
    assert (ROOT / "docker/start-scheduler.sh").stat().st_mode & 0o111
