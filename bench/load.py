"""Load benchmark: learners, facilitators and visitors at once, against gunicorn and PostgreSQL.

Builds a site of 6 courses x 10 lessons with 3 exercises a lesson in a fresh temporary
PostgreSQL database, starts the production web server (docker/start-web.sh: gunicorn, its
production settings), then runs Locust for each pace and each level of simulated learners
(8, 80, 400).
Beside the learners come one facilitator per group of 8 and one visitor without an account per
8 learners; each fetches a page's styles, scripts and pictures once, as a browser with a cache.
Two paces (--paces), both reported: « workshop », learners and visitors pause 20 to 60 s between
two actions (a beginner over 70 reads a lesson's steps, does them on the PC, and spends half a
minute or more on an exercise), and « brisk », 5 to 15 s, about three times faster; facilitators
pause 10 to 30 s at both. `--think 10,30` runs one pace of one's own instead.

People arrive over a minute (--arrival), as workshops start one after another; the arrival
is reported on its own line. Once everyone has acted at least once, 60 s of steady load are
measured (--seconds).

Learners read a course and its lessons, answer exercises (right or wrong), say where they are
in a lesson, finish lessons and open « Mon parcours ». Facilitators open their learner list, a
learner's page, the centre's questions and the Wagtail admin's page explorer. Sign-in is not in
the mix: sessions are made beforehand (a sign-in costs a password hash, once a workshop).

Prints, for each pace and level, requests per second, p50/p95/p99 latency and errors, overall
and per kind of request, the CPU the server, PostgreSQL and Locust used, and the machine's load
average (figures taken on a machine others use are not the site's). Target on a 2-core
machine: no error, and p95 under 200 ms at 400 learners, at both paces.

`--servers` compares gunicorn set-ups on the same site, one after the other: `gthread:3x4` is
3 workers of 4 threads, `sync:3` 3 single-threaded workers (docker/start-web.sh takes them from
GUNICORN_WORKER_CLASS, WEB_CONCURRENCY and GUNICORN_THREADS).

    make bench-load        (installs requirements-bench.txt, then runs this: the full run,
                            400 learners at both paces, for a quiet machine)
    .venv/bin/python bench/load.py [--levels 8,80,400] [--paces workshop,brisk] [--think 20,60]
        [--arrival 60] [--seconds 60] [--workers 3] [--threads 4]
        [--servers gthread:3x4,gthread:2x2,sync:3]
"""

# Locust patches the standard library for gevent: it comes first.
from locust import HttpUser, between, events, task  # isort: skip
from locust.env import Environment  # isort: skip

import argparse
import math
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gevent

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ADMIN_URL, ROOT, build_site, configure, create_database, drop_database  # noqa: E402
from bench.exercises import examples, usable_kinds  # noqa: E402

P95_TARGET_MS = 200
# A learner's (and a visitor's) pause between two actions, in seconds, at each named pace.
PACES = {"workshop": (20, 60), "brisk": (5, 15)}
COURSES, LESSONS, PER_LESSON = 6, 10, 3
ASSET = re.compile(r'(?:src|href)="(/(?:static|media)/[^"]+)"')
JSON = {"Accept": "application/json"}

# Filled once the site is built; every simulated person reads from it.
SITE = {}


def session_for(user):
    """A signed-in session for `user`, as Django's login() would leave it."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[-1]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return session.session_key


def people(count, group, centre, prefix):
    """`count` accounts of `group` with a session each; no password hash to compute."""
    from django.contrib.auth import get_user_model

    model = get_user_model()
    users = model.objects.bulk_create(
        model(username=f"{prefix}{n}", first_name=f"{prefix.title()} {n}", centre=centre)
        for n in range(count)
    )
    group.user_set.add(*users)
    return [(user.pk, session_for(user)) for user in users]


def build(max_learners):
    from accounts.models import Centre
    from accounts.roles import FACILITATORS, LEARNERS, ensure_roles
    from exercises.factories import ExerciseFactory, place

    started = time.perf_counter()
    made = build_site(COURSES, LESSONS)  # collects the static files too
    kinds = list(usable_kinds())
    lessons, answers = [], {}
    for course, pages in made:
        for page in pages:
            exercises = [
                ExerciseFactory(kind=kinds[(page.pk + n) % len(kinds)]) for n in range(PER_LESSON)
            ]
            page = place(page, *exercises)
            for exercise in exercises:
                answers[exercise.pk] = {v: ex[0] for v, ex in examples(exercise).items()}
            lessons.append((course.url, page.pk, page.url, [e.pk for e in exercises]))
    roles = ensure_roles()
    centre, _ = Centre.objects.get_or_create(slug="banc-essai", defaults={"name": "Banc d'essai"})
    learners = people(max_learners, roles[LEARNERS], centre, "apprenant")
    facilitators = people(math.ceil(max_learners / 8), roles[FACILITATORS], centre, "animateur")
    SITE.update(
        lessons=lessons,
        answers=answers,
        learners=learners,
        facilitators=facilitators,
        courses=sorted({course for course, *_ in lessons}),
    )
    print(
        f"Site built in {time.perf_counter() - started:.1f} s: {COURSES} courses x {LESSONS} "
        f"lessons, {PER_LESSON} exercises a lesson, {len(learners)} learners, "
        f"{len(facilitators)} facilitators"
    )


class Person(HttpUser):
    abstract = True
    wait_time = between(5, 15)
    accounts = None  # the SITE list of (user id, session key) pairs, taken in turn

    def on_start(self):
        self.cached = set()
        accounts = SITE.get(self.accounts)
        if accounts:
            cls = type(self)
            cls.taken = getattr(cls, "taken", -1) + 1
            self.user_id, key = accounts[cls.taken % len(accounts)]
            self.client.cookies.set("sessionid", key)

    def page(self, path, name):
        """A page, then what a browser would fetch of it the first time."""
        response = self.client.get(path, name=name)
        for asset in ASSET.findall(response.text or ""):
            if asset not in self.cached:
                self.cached.add(asset)
                kind = "static file" if asset.startswith("/static/") else "picture (media)"
                self.client.get(asset, name=kind)
        return response

    def post(self, path, data, name, headers=None, expect=(200,)):
        token = self.client.cookies.get("csrftoken", "")
        headers = {"X-CSRFToken": token, "Referer": self.host + "/", **(headers or {})}
        with self.client.post(
            path,
            data={**data, "csrfmiddlewaretoken": token},
            headers=headers,
            name=name,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code not in expect:
                response.failure(f"status {response.status_code}")


class Learner(Person):
    weight = 8

    accounts = "learners"

    def on_start(self):
        super().on_start()
        self.page("/", "home")
        self.lesson = random.choice(SITE["lessons"])

    @task(6)
    def read_lesson(self):
        course, pk, url, _ = self.lesson = random.choice(SITE["lessons"])
        if random.random() < 0.3:
            self.page(course, "course page")
        self.page(url, "lesson page")
        self.post(
            f"/progression/lecon/{pk}/position/",
            {"position": "debut"},
            "lesson position POST",
            expect=(204,),
        )

    @task(4)
    def answer(self):
        _, pk, _, exercises = self.lesson
        exercise = random.choice(exercises)
        verdict = "right" if random.random() < 0.6 else "wrong"
        fields = SITE["answers"][exercise][verdict]
        data = {f"ex{exercise}-{k}": v for k, v in fields.items()}
        self.post(
            f"/exercices/{exercise}/reponse/",
            {**data, "lesson": pk},
            "exercise answer POST",
            headers=JSON,
        )

    @task(1)
    def finish(self):
        self.post(
            f"/progression/lecon/{self.lesson[1]}/terminee/",
            {},
            "lesson done POST",
            expect=(302,),
        )

    @task(1)
    def my_path(self):
        self.page("/mon-parcours/", "my path")


class Facilitator(Person):
    weight = 1
    wait_time = between(10, 30)

    accounts = "facilitators"

    @task(3)
    def learners(self):
        self.page("/animation/apprenants/", "facilitator: learner list")
        learner_id, _ = random.choice(SITE["learners"])
        self.page(f"/animation/apprenants/{learner_id}/", "facilitator: a learner")

    @task(1)
    def questions(self):
        self.page("/animation/questions/", "facilitator: questions")

    @task(1)
    def admin(self):
        self.page("/admin/pages/", "admin: page explorer")


class Visitor(Person):
    """Someone revising at home without signing in."""

    weight = 1

    @task
    def browse(self):
        course, _, url, _ = random.choice(SITE["lessons"])
        self.page("/ateliers/", "catalogue")
        self.page(course, "course page")
        self.page(url, "lesson page")


def parse_server(text):
    """`gthread:3x4` (3 workers, 4 threads each) or `sync:3`: (worker class, workers, threads)."""
    kind, _, size = text.partition(":")
    if kind not in ("gthread", "sync") or not size:
        raise argparse.ArgumentTypeError(f"{text}: gthread:WORKERSxTHREADS or sync:WORKERS")
    workers, _, threads = size.partition("x")
    return kind, int(workers), (int(threads or 1) if kind == "gthread" else 1)


def server_name(server):
    kind, workers, threads = server
    return f"{kind}:{workers}x{threads}" if kind == "gthread" else f"sync:{workers}"


def start_server(port, kind, workers, threads):
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKER_CLASS": kind,
        "WEB_CONCURRENCY": str(workers),
        "GUNICORN_THREADS": str(threads),
    }
    server = subprocess.Popen(
        ["bash", "docker/start-web.sh"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,  # the access log: one line a request
        start_new_session=True,
    )
    import requests

    deadline = time.monotonic() + 120  # a busy machine: migrations checked, workers booted
    answer = "no answer"
    while time.monotonic() < deadline:
        try:
            response = requests.get(f"http://127.0.0.1:{port}/sante/", timeout=5)
            if response.ok:
                return server
            answer = f"{response.status_code} {response.text[:100]}"
        except requests.RequestException as error:
            answer = str(error)[:100]
        time.sleep(0.5)
    os.killpg(server.pid, signal.SIGTERM)  # never left behind on the port
    server.wait(timeout=30)
    raise RuntimeError(f"gunicorn did not answer /sante/ in 120 s: {answer}")


def cpu_seconds():
    """CPU seconds used so far by each process of the web server, PostgreSQL and this one
    (Locust), from /proc: {pid: (kind, seconds)}."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # gone meanwhile
        if int(entry.name) == os.getpid():
            kind = "Locust"
        elif "gunicorn" in command and "pasapas.wsgi" in command:
            kind = "gunicorn"
        elif command.startswith("postgres"):
            kind = "PostgreSQL"
        else:
            continue
        used[int(entry.name)] = (kind, (int(fields[11]) + int(fields[12])) / tick)
    return used


def cpu_shares(before, after, elapsed):
    """Cores in use by kind over the window (a process that ended meanwhile is not counted)."""
    shares = {"gunicorn": 0.0, "PostgreSQL": 0.0, "Locust": 0.0}
    for pid, (kind, seconds) in after.items():
        previous = before.get(pid)
        spent = seconds - previous[1] if previous and previous[0] == kind else seconds
        shares[kind] += spent / elapsed
    return shares


def run_level(host, learners, seconds, arrival, settle):
    """People arrive over `arrival` seconds, as workshops start one after another, then the
    load settles for `settle` seconds (each person's first pages, with all their styles and
    pictures, are behind them) before `seconds` of steady load are measured. The arrival is
    reported on its own line."""
    Learner.fixed_count = learners
    Facilitator.fixed_count = math.ceil(learners / 8)
    Visitor.fixed_count = math.ceil(learners / 8)
    total = Learner.fixed_count + Facilitator.fixed_count + Visitor.fixed_count
    for user_class in (Learner, Facilitator):
        user_class.taken = -1
    env = Environment(user_classes=[Learner, Facilitator, Visitor], host=host, events=events)
    runner = env.create_local_runner()
    runner.start(total, spawn_rate=total / arrival)
    gevent.sleep(arrival + settle)
    arrived = env.stats.total
    arrival_summary = (
        arrived.num_requests,
        *(arrived.get_response_time_percentile(q) for q in (0.5, 0.95, 0.99)),
        arrived.num_failures,
        sorted(env.stats.errors.values(), key=lambda error: -error.occurrences)[:3],
    )
    env.stats.reset_all()
    started, cpu_before = time.perf_counter(), cpu_seconds()
    gevent.sleep(seconds)
    elapsed = time.perf_counter() - started
    cpu = cpu_shares(cpu_before, cpu_seconds(), elapsed)
    stats = env.stats
    rows = [(entry.name, entry) for entry in stats.entries.values()]
    crashes = sum(error["count"] for error in runner.exceptions.values())
    errors = sorted(stats.errors.values(), key=lambda error: -error.occurrences)
    runner.quit()
    rows.sort(key=lambda row: -row[1].num_requests)
    return total, elapsed, stats.total, rows, crashes, errors, cpu, arrival_summary


def report(learners, total, elapsed, overall, rows, crashes, errors, cpu, arrival):
    def line(name, entry):
        if not entry.num_requests:
            return f"  {name:<34} {'-':>7}"
        return (
            f"  {name:<34} {entry.num_requests / elapsed:7.1f} "
            f"{entry.get_response_time_percentile(0.5):7.0f} "
            f"{entry.get_response_time_percentile(0.95):7.0f} "
            f"{entry.get_response_time_percentile(0.99):7.0f} {entry.num_failures:7d}"
        )

    count, p50, p95, p99, failed, arrival_errors = arrival
    load = ", ".join(f"{n:.2f}" for n in os.getloadavg())
    print(f"\n{learners} learners ({total} people in all); machine's load average: {load}")
    print(
        f"  while they arrive: {count} requests, p50 {p50:.0f} ms, p95 {p95:.0f} ms, "
        f"p99 {p99:.0f} ms, {failed} errors"
    )
    for error in arrival_errors:
        print(f"    error x{error.occurrences}: {error.name}: {str(error.error)[:150]}")
    print(f"  then {elapsed:.0f} s of steady load:")
    print(f"  {'request':<34} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'errors':>7}")
    for name, entry in rows:
        print(line(name, entry))
    print(line("ALL", overall))
    busy = ", ".join(f"{name} {share:.2f}" for name, share in cpu.items())
    per_request = cpu["gunicorn"] * 1000 / max(overall.num_requests / elapsed, 1e-9)
    print(f"  CPU in use, in cores ({os.cpu_count()} here): {busy}")
    print(f"  gunicorn CPU per request: {per_request:.1f} ms")
    for error in errors[:5]:
        print(f"  error x{error.occurrences}: {error.name}: {str(error.error)[:150]}")
    if crashes:
        print(f"  {crashes} simulated people stopped on an exception (counted as errors)")
    return overall.get_response_time_percentile(0.95), overall.num_failures + crashes + failed


def pace_list(args):
    if args.think:
        low, high = (float(n) for n in args.think.split(","))
        return [(f"{low:g}-{high:g} s", low, high)]
    return [(name, *PACES[name]) for name in args.paces.split(",")]


def main():
    sys.stdout.reconfigure(line_buffering=True)  # each line as it comes, into a file too
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--levels", default="8,80,400", help="simulated learners, comma-separated")
    parser.add_argument("--seconds", type=int, default=60, help="measured time at each level")
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--threads", type=int, default=4, help="threads of each gunicorn worker")
    parser.add_argument(
        "--servers",
        type=lambda text: [parse_server(item) for item in text.split(",")],
        help="gunicorn set-ups to compare, e.g. gthread:3x4,gthread:2x2,sync:3",
    )
    parser.add_argument(
        "--paces", default="workshop,brisk", help=f"named paces: {', '.join(PACES)}"
    )
    parser.add_argument(
        "--think", help="one pace of one's own instead: a learner's pause, min,max seconds"
    )
    parser.add_argument(
        "--arrival", type=float, default=60, help="seconds over which everyone arrives"
    )
    parser.add_argument("--port", type=int, default=8791)
    parser.add_argument("--admin-url", default=os.environ.get("BENCH_POSTGRES_URL", ADMIN_URL))
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    paces = pace_list(args)
    servers = args.servers or [("gthread", args.workers, args.threads)]

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-load-"))
    database, database_url = create_database(args.admin_url)
    server = None
    outcome = {}
    try:
        configure(workdir, database_url)
        os.environ["LOG_LEVEL"] = "ERROR"
        build(max(levels))
        print(f"Machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} now")
        for setup in servers:
            server = start_server(args.port, *setup)
            for pace, low, high in paces:
                Learner.wait_time = between(low, high)
                Visitor.wait_time = between(low, high)
                print(
                    f"\n=== gunicorn {server_name(setup)} (docker/start-web.sh), PostgreSQL "
                    f"{database}; pace « {pace} »: learners and visitors pause {low:g} to "
                    f"{high:g} s between two actions ==="
                )
                for learners in levels:
                    outcome[server_name(setup), pace, learners] = report(
                        learners,
                        *run_level(
                            f"http://127.0.0.1:{args.port}",
                            learners,
                            args.seconds,
                            args.arrival,
                            # the slowest person (a facilitator) acted once
                            settle=max(high, 30) + 10,
                        ),
                    )
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
            server = None
        return summary(outcome, max(levels))
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        from django.db import connections

        connections.close_all()
        drop_database(args.admin_url, database)
        shutil.rmtree(workdir, ignore_errors=True)


def summary(outcome, top):
    """One line a set-up and pace at the highest level; the target must hold at every pace."""
    print(f"\nTarget at {top} learners: p95 under {P95_TARGET_MS} ms, no error")
    met = True
    for (server, pace, learners), (p95, errors) in outcome.items():
        if learners != top:
            continue
        ok = p95 < P95_TARGET_MS and errors == 0
        met = met and ok
        verdict = "met" if ok else "NOT met"
        print(f"  {server:<14} pace « {pace} »: {verdict} (p95 {p95:.0f} ms, {errors} errors)")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
