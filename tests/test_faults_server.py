"""Faults under the production server (docker/start-web.sh: gunicorn, production settings) on a
private PostgreSQL cluster: the database restarted under load, and a worker killed while its
answer is half-written. Nothing stored may be lost or half-done, and the site recovers alone."""

import collections
import json
import os
import pwd
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tests.services import (
    free_port,
    manage,
    require,
    served_env,
    setup_script,
    wait_for,
    web_server,
)

DATABASE = "pasapas_faults"
LEARNERS = 9  # 8 for the load, 1 for the killed worker
THREADS = 8
WARM = 3  # answered requests each learner has had before the restart
RECOVERY_MARGIN = 3.0  # every request started this long after the restart must succeed
LATE = 51  # requests started after that margin, all answered, before the load stops
JSON_ACCEPT = "application/json"


def postgres_bin():
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0,
    )
    if versions:
        return versions[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Cluster:
    """A throw-away PostgreSQL cluster, run as the postgres user when we are root (it refuses
    to run as root)."""

    def __init__(self, bindir, workdir):
        self.bindir, self.workdir = bindir, workdir
        self.data, self.port = workdir / "data", free_port()
        self.options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {workdir}"
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def run(self, tool, *args, check=True):
        command = [str(self.bindir / tool), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if check and result.returncode != 0:
            raise RuntimeError(f"{tool} {args[:1]} failed: {result.stdout}{result.stderr}")
        return result

    def pg_ctl(self, action, *args, check=True):
        log = str(self.workdir / "postgres.log")
        return self.run("pg_ctl", action, "-D", str(self.data), "-l", log, *args, check=check)

    def start(self):
        flags = ["-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "--no-sync"]
        self.run("initdb", "-D", str(self.data), *flags)
        self.pg_ctl("start", "-w", "-t", "60", "-o", self.options)

    def restart(self):
        self.pg_ctl("restart", "-m", "fast", "-w", "-t", "60", "-o", self.options)

    def stop(self):
        self.pg_ctl("stop", "-m", "immediate", check=False)

    def connect(self, **kwargs):
        import psycopg

        return psycopg.connect(self.url, connect_timeout=5, **kwargs)


@pytest.fixture(scope="module")
def cluster():
    bindir = postgres_bin()
    require(bindir is not None, "PostgreSQL's server binaries (initdb, pg_ctl) are not installed")
    if os.geteuid() == 0:
        try:
            postgres = pwd.getpwnam("postgres")
        except KeyError:
            require(False, "we are root and there is no postgres user to run PostgreSQL as")
        require(shutil.which("runuser") is not None, "runuser is missing")
    workdir = Path(tempfile.mkdtemp(prefix="pasapas-faults-pg-"))
    workdir.chmod(0o755)  # postgres must enter it
    if os.geteuid() == 0:
        os.chown(workdir, postgres.pw_uid, postgres.pw_gid)
    cluster = Cluster(bindir, workdir)
    try:
        cluster.start()
        import psycopg

        admin = f"postgresql://postgres@127.0.0.1:{cluster.port}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{DATABASE}"')
        yield cluster
    finally:
        cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="module")
def site(cluster):
    """The production web server on the private cluster, a lesson with one exercise, and
    signed-in learners."""
    env = served_env(cluster.url.replace("postgresql://", "postgres://"))
    log_path = Path(cluster.workdir) / "web.log"
    with web_server(env, log_path) as (base, web):
        script = setup_script("faults_learners", count=LEARNERS)
        made = manage("shell", "-c", script, env=env, check=False)
        assert made.returncode == 0, made.stderr[-3000:]
        data = json.loads(made.stdout.strip().splitlines()[-1])
        yield {**data, "base": base, "web": web, "log": log_path}


# --- A learner's browser ------------------------------------------------------------------------


def browser(session_key):
    import requests

    client = requests.Session()
    client.headers["Host"] = "localhost"
    client.cookies.set("sessionid", session_key)
    return client


def open_lesson(client, site):
    return client.get(site["base"] + site["url"], timeout=15, allow_redirects=False)


def post_answer(client, site, verdict):
    fields = {f"ex{site['exercise']}-{k}": v for k, v in site[verdict].items()}
    return client.post(
        f"{site['base']}/exercices/{site['exercise']}/reponse/",
        data={**fields, "lesson": site["lesson"]},
        headers={
            "Accept": JSON_ACCEPT,
            "X-CSRFToken": client.cookies.get("csrftoken", ""),
            "Referer": "http://localhost/",
        },
        timeout=15,
        allow_redirects=False,
    )


def stored(cluster, user_id):
    """(attempts counter, attempt rows) of each of this learner's results."""
    with cluster.connect() as conn:
        return conn.execute(
            "SELECT r.attempts, count(a.id) FROM progress_exerciseresult r "
            "LEFT JOIN progress_exerciseattempt a ON a.result_id = r.id "
            "WHERE r.user_id = %s GROUP BY r.id",
            [user_id],
        ).fetchall()


def last_traceback(log):
    text = log.read_text()
    return text[text.rfind("Traceback (most recent call last)") :][:4000]


# --- PostgreSQL restarted under load ----------------------------------------------------------


def load(site, session_key, stop, events):
    """Answers in a loop, the lesson page now and then, until `stop`; each request as (kind,
    start, end, status or None for a connection error, detail)."""
    import requests

    client = browser(session_key)
    open_lesson(client, site)  # for the CSRF cookie; without it the answers get a 403
    n = 0
    while not stop.is_set():
        kind = "page" if n % 5 == 4 else "answer"
        started = time.monotonic()
        try:
            if kind == "page":
                response = open_lesson(client, site)
            else:
                response = post_answer(client, site, "right" if n % 2 else "wrong")
            status, detail = response.status_code, response.text[:300]
            if kind == "answer" and "json" in response.headers.get("Content-Type", ""):
                detail = response.json()
        except requests.RequestException as error:
            status, detail = None, repr(error)
        events.append((kind, started, time.monotonic(), status, detail))
        n += 1


def test_postgresql_restarted_under_load_loses_nothing_and_the_site_recovers(cluster, site):
    learners = site["learners"][:THREADS]
    events = {user_id: [] for user_id, _ in learners}
    stop = threading.Event()
    threads = [
        threading.Thread(target=load, args=(site, key, stop, events[user_id]), daemon=True)
        for user_id, key in learners
    ]
    for thread in threads:
        thread.start()
    # Polls, not fixed sleeps: the site under load first, then enough load after the restart.
    until(
        lambda: all(sum(e[3] == 200 for e in list(out)) >= WARM for out in events.values()),
        60,
        "every learner's first answers",
    )
    restart_began = time.monotonic()
    cluster.restart()
    restart_ended = time.monotonic()
    recovered = restart_ended + RECOVERY_MARGIN
    until(
        lambda: sum(e[1] >= recovered for out in events.values() for e in list(out)) >= LATE,
        60,
        f"{LATE} requests after the restart",
    )
    stop.set()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a learner's request hung"

    every = [event for out in events.values() for event in out]
    statuses = collections.Counter(event[3] for event in every)
    failures = [e for e in every if e[3] != 200]
    late = [e for e in every if e[1] >= restart_ended + RECOVERY_MARGIN]
    last_failure = max((e[2] for e in failures), default=restart_began)
    print(
        f"\nRestart under load: {len(every)} requests, {statuses[200]} x 200, "
        f"{statuses[503]} x 503, {statuses[None]} connection errors (all: {dict(statuses)}); "
        f"pg_ctl restart took {restart_ended - restart_began:.2f} s, the last failure ended "
        f"{last_failure - restart_began:.2f} s after it began"
    )
    assert statuses[500] == 0, last_traceback(site["log"])
    assert set(statuses) <= {200, 503}, [e for e in failures if e[3] != 503][:3]
    assert statuses[503] > 0, "the restart was not felt: the test proves nothing"
    # A 503 says what happened, in JSON for the answers.
    assert all(
        isinstance(e[4], dict) and e[4]["success"] is False for e in failures if e[0] == "answer"
    ), [e for e in failures if e[0] == "answer"][:3]
    # The site recovers by itself.
    assert len(late) >= LATE, len(late)
    assert [e for e in late if e[3] != 200] == []

    for user_id, out in events.items():
        answers = [e for e in out if e[0] == "answer"]
        ok = [e for e in answers if e[3] == 200]
        assert all(e[4]["recorded"] for e in ok), "an answer was not stored: not signed in?"
        failed = len(answers) - len(ok)
        rows = stored(cluster, user_id)
        assert len(rows) == 1, rows
        counter, attempts = rows[0]
        # Every answer that got its 200 is stored; a failed one may have committed before its
        # response was cut off; never a half-done write (the counter and the rows agree).
        assert len(ok) <= attempts <= len(ok) + failed, (user_id, len(ok), failed, attempts)
        assert counter == attempts, (user_id, counter, attempts)


# --- A worker killed while its answer is half-written -------------------------------------------


def workers(master):
    """Pids of the gunicorn master's children, from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The parent pid is the second field after the command name, which may hold spaces.
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            found.append(int(entry.name))
    return found


def until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"timed out waiting for {what}")


def test_a_worker_killed_mid_answer_leaves_the_stored_answers_whole(cluster, site):
    import requests

    user_id, key = site["learners"][-1]
    client = browser(key)
    assert open_lesson(client, site).status_code == 200
    assert post_answer(client, site, "wrong").status_code == 200
    assert stored(cluster, user_id) == [(1, 1)]

    with cluster.connect() as lock, cluster.connect(autocommit=True) as monitor:
        (result_id,) = lock.execute(
            "SELECT id FROM progress_exerciseresult WHERE user_id = %s", [user_id]
        ).fetchone()
        # NO KEY UPDATE lets the request insert its attempt (its foreign key needs only a key
        # share lock), then holds it on the result's UPDATE: killed with a row half-written.
        lock.execute(
            "SELECT id FROM progress_exerciseresult WHERE id = %s FOR NO KEY UPDATE", [result_id]
        )
        outcome = {}

        def answer():
            try:
                response = post_answer(client, site, "right")
                outcome["status"] = response.status_code
            except requests.RequestException as error:
                outcome["error"] = repr(error)

        request = threading.Thread(target=answer, daemon=True)
        request.start()
        lock_pid = lock.info.backend_pid
        blocked = until(
            lambda: monitor.execute(
                "SELECT pid, query FROM pg_stat_activity WHERE datname = %s "
                "AND wait_event_type = 'Lock' AND pid <> %s",
                [DATABASE, lock_pid],
            ).fetchone(),
            10,
            "the answer to wait on the lock",
        )
        assert blocked[1].startswith("UPDATE"), blocked[1]
        master = site["web"].pid
        killed = workers(master)
        assert killed, "no gunicorn worker found"
        for pid in killed:
            os.kill(pid, signal.SIGKILL)
        request.join(timeout=30)
        assert not request.is_alive()
        lock.rollback()
        # Its backend sees the client gone and rolls back: wait until it has.
        until(
            lambda: (
                not monitor.execute(
                    "SELECT 1 FROM pg_stat_activity WHERE pid = %s", [blocked[0]]
                ).fetchone()
            ),
            15,
            "the killed request's backend to end",
        )
    assert "error" in outcome or outcome.get("status") != 200, outcome
    assert stored(cluster, user_id) == [(1, 1)]

    # The master starts new workers, and the next answer is stored.
    until(lambda: set(workers(master)) - set(killed), 30, "new gunicorn workers")
    wait_for(f"{site['base']}/sante/", timeout=60, process=site["web"])
    print(
        f"\nWorkers {killed} killed while an answer waited on {blocked[1][:40]!r}...; "
        f"the client got {outcome}; new workers {workers(master)}"
    )
    client = browser(key)
    assert open_lesson(client, site).status_code == 200
    response = post_answer(client, site, "right")
    assert response.status_code == 200 and response.json()["recorded"], response.text[:300]
    assert stored(cluster, user_id) == [(2, 2)]
