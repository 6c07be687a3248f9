"""Benchmark: the live room's polls during a busy afternoon (gunicorn, PostgreSQL).

100 sessions happening now x 8 enrolled learners, each learner with some progress (lessons
visited at a part of their body, exercise results); a few hands raised. For ~20 s every
learner polls its « J'ai besoin d'aide » state every 5 s and every facilitator its room every 3 s
(with the ETag, as live_room.js does), from a thread pool. Prints the latency of one poll
alone, then, under that load, requests per second, median and p95 latency per endpoint, and
the SQL queries of one poll for a room of 2 and of 8 learners (in-process, with the test
client), which must be the same.

    .venv/bin/python bench/room.py [--sessions 100] [--seconds 20] [--workers 2]
"""

import argparse
import contextlib
import datetime
import os
import secrets
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    ADMIN_URL,
    build_site,
    configure,
    create_database,
    drop_database,
    percentile,
    serve,
)

LEARNER_EVERY = 5.0  # seconds, as live_hand.js
ROOM_EVERY = 3.0  # seconds, as live_room.js
P95_TARGET_MS = 100


def make_people(made, sessions, per_session):
    """Rooms, facilitators, sessions on now and their learners, in bulk (a bench, not the
    services: 900 password hashes and 800 locked enrolments would take minutes)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from accounts.models import Centre
    from accounts.roles import FACILITATORS, LEARNERS, ensure_roles
    from exercises.models import Exercise
    from progress.models import ExerciseResult, LessonProgress
    from workshops.models import Enrolment, Room, Session

    groups = ensure_roles()
    users = get_user_model()
    password = make_password(secrets.token_urlsafe(12))
    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    now = timezone.now()
    track, lessons = made[0]
    exercise = Exercise.objects.create(title="La souris", body=[])
    rooms = Room.objects.bulk_create(
        Room(centre=centre, name=f"Salle {n}") for n in range(sessions + 1)
    )
    facilitators = users.objects.bulk_create(
        users(username=f"anim{n}", password=password, centre=centre) for n in range(sessions + 1)
    )
    groups[FACILITATORS].user_set.add(*facilitators)
    # One more session, of 2 learners, for the query count « 2 vs 8 ».
    sizes = [per_session] * sessions + [2]
    rows = Session.objects.bulk_create(
        Session(
            centre=centre,
            title=f"Atelier {n}",
            track=track,
            room=rooms[n],
            facilitator=facilitators[n],
            starts_at=now - datetime.timedelta(minutes=10),
            ends_at=now + datetime.timedelta(minutes=80),
        )
        for n in range(len(sizes))
    )
    learners = users.objects.bulk_create(
        users(username=f"app{n}-{k}", first_name=f"Personne {k}", password=password, centre=centre)
        for n, size in enumerate(sizes)
        for k in range(size)
    )
    groups[LEARNERS].user_set.add(*learners)
    by_session, index = [], 0
    for size in sizes:
        by_session.append(learners[index : index + size])
        index += size
    Enrolment.objects.bulk_create(
        Enrolment(
            session=session,
            user=user,
            hand_raised_at=now if k % 4 == 1 else None,
            last_seen_at=now,
        )
        for session, people in zip(rows, by_session, strict=True)
        for k, user in enumerate(people)
    )
    blocks = {lesson.pk: [b["id"] for b in lesson.body.raw_data] for lesson in lessons}
    LessonProgress.objects.bulk_create(
        LessonProgress(
            user=user,
            lesson_id=lesson.pk,
            position=f"b-{blocks[lesson.pk][(k + r) % len(blocks[lesson.pk])]}",
        )
        for k, user in enumerate(learners)
        for r, lesson in enumerate(lessons[: 2 + k % 4])
    )
    ExerciseResult.objects.bulk_create(
        ExerciseResult(
            user=user,
            lesson_id=lesson.pk,
            source="native",
            exercise=exercise,
            attempts=2,
            best_score=0.5 + 0.1 * (k % 5),
            passed_at=now if k % 2 else None,
        )
        for k, user in enumerate(learners)
        for lesson in lessons[: 1 + k % 3]
    )
    return rows, facilitators, by_session


def session_cookie(user):
    """A signed-in session for `user`, written as the sign-in would (no password check)."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "accounts.backends.RoleBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def count_queries(facilitator, learner, small, big):
    """Queries of one room poll for 2 and for 8 learners, and of one learner poll."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    counts = {}
    client = Client(HTTP_HOST="localhost")
    client.force_login(facilitator)
    for label, session in (("2", small), ("8", big)):
        url = f"/animation/seances/{session.pk}/salle/etat/"
        client.get(url)  # warm: the lessons' parts in the cache
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[f"room_state ({label} learners)"] = len(captured)
    client = Client(HTTP_HOST="localhost")
    client.force_login(learner)
    url = f"/atelier/{big.pk}/etat/"
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    counts["learner_state"] = len(captured)
    return counts


class Poller:
    """One screen that polls: its cookie, its address, how often; keeps the room's ETag."""

    def __init__(self, base, cookie, path, every, name, start):
        self.opener = urllib.request.build_opener()
        self.url = base + path
        self.headers = {"Host": "localhost", "Cookie": f"sessionid={cookie}"}
        self.headers["Accept"] = "application/json"
        self.every, self.name, self.due, self.etag = every, name, start, None

    def poll(self):
        headers = dict(self.headers)
        if self.etag:
            headers["If-None-Match"] = self.etag
        request = urllib.request.Request(self.url, headers=headers)
        started = time.perf_counter()
        try:
            with self.opener.open(request, timeout=10) as response:
                response.read()
                status = response.status
                self.etag = response.headers.get("ETag") or self.etag
        except urllib.error.HTTPError as error:
            error.read()
            error.close()
            status = error.code
        return status, (time.perf_counter() - started) * 1000


def run_load(pollers, seconds, threads):
    """Each poller at its own rhythm (spread over the first interval), `threads` at once."""
    results = {"learner_state": [], "room_state": []}
    statuses, late = {}, [0]
    lock = threading.Lock()
    end = time.perf_counter() + seconds
    slices = [pollers[n::threads] for n in range(threads)]

    def work(mine):
        while True:
            now = time.perf_counter()
            if now >= end:
                return
            nxt = min(mine, key=lambda p: p.due)
            if nxt.due > now:
                time.sleep(min(nxt.due - now, end - now))
                continue
            if now - nxt.due > 1.0:
                with lock:
                    late[0] += 1
            status, elapsed = nxt.poll()
            nxt.due += nxt.every
            with lock:
                results[nxt.name].append(elapsed)
                statuses[(nxt.name, status)] = statuses.get((nxt.name, status), 0) + 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(work, slices))
    return results, statuses, late[0], time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100)
    parser.add_argument("--learners", type=int, default=8, help="per session")
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--threads", type=int, default=48)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--admin-url", default=os.environ.get("BENCH_POSTGRES_URL", ADMIN_URL))
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-bench-"))
    database = None
    try:
        database, database_url = create_database(args.admin_url)
        configure(workdir, database_url)
        started = time.perf_counter()
        made = build_site(1, 8)
        sessions, facilitators, by_session = make_people(made, args.sessions, args.learners)
        print(
            f"Site built: {args.sessions} sessions on now x {args.learners} learners with "
            f"progress (+1 session of 2), in {time.perf_counter() - started:.1f} s "
            f"(PostgreSQL, database {database})"
        )
        queries = count_queries(facilitators[0], by_session[0][0], sessions[-1], sessions[0])
        print("\nSQL queries per poll (in-process, auth included):")
        for label, count in queries.items():
            print(f"  {label:<26} {count}")
        small, big = queries["room_state (2 learners)"], queries["room_state (8 learners)"]
        print(f"  room_state constant: {'yes' if small == big else 'NO'}")

        pollers = []
        rng = secrets.SystemRandom()
        base_time = time.perf_counter() + 1.0
        for session, facilitator, people in zip(
            sessions[:-1], facilitators, by_session[:-1], strict=False
        ):
            pollers.append(
                Poller(
                    "",
                    session_cookie(facilitator),
                    f"/animation/seances/{session.pk}/salle/etat/",
                    ROOM_EVERY,
                    "room_state",
                    base_time + rng.random() * ROOM_EVERY,
                )
            )
            for user in people:
                pollers.append(
                    Poller(
                        "",
                        session_cookie(user),
                        f"/atelier/{session.pk}/etat/",
                        LEARNER_EVERY,
                        "learner_state",
                        base_time + rng.random() * LEARNER_EVERY,
                    )
                )
        from django.db import connections

        connections.close_all()
        port = 8400 + secrets.randbelow(500)
        server = serve(port, args.workers)
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{base}/sante/", timeout=2).read()
                    break
                except Exception:  # noqa: BLE001 (not up yet)
                    time.sleep(0.2)
            for poller in pollers:
                poller.url = base + poller.url
            # Unloaded first: one request at a time, what a poll costs on its own.
            alone = {}
            for name in ("learner_state", "room_state"):
                some = [p for p in pollers if p.name == name][:50]
                for poller in some:
                    poller.poll()  # warm up
                alone[name] = [some[n % len(some)].poll()[1] for n in range(200)]
                for poller in some:
                    poller.etag = None
            offered = (len(pollers) - args.sessions) / LEARNER_EVERY + args.sessions / ROOM_EVERY
            start = time.perf_counter() + 0.5
            for poller in pollers:
                poller.due += start - base_time
            results, statuses, late, elapsed = run_load(pollers, args.seconds, args.threads)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)

        failed = False
        print(
            f"\none request at a time (200 each, ETag kept: rooms mostly 304; "
            f"target p95 < {P95_TARGET_MS} ms):"
        )
        for name, values in alone.items():
            failed |= percentile(values, 0.95) >= P95_TARGET_MS
            print(
                f"  {name:<15} median {statistics.median(values):.1f} ms, "
                f"p95 {percentile(values, 0.95):.1f} ms"
            )
        total = sum(len(values) for values in results.values())
        print(
            f"\ngunicorn, {args.workers} sync workers; {len(pollers) - args.sessions} learners "
            f"every {LEARNER_EVERY:.0f} s and {args.sessions} rooms every {ROOM_EVERY:.0f} s "
            f"(offered {offered:.0f} req/s), {args.threads} client threads, {elapsed:.1f} s"
        )
        print(f"served {total} requests: {total / elapsed:.1f} req/s; {late} started > 1 s late")
        print(f"{'endpoint':<15} {'requests':>9} {'req/s':>7} {'median ms':>10} {'p95 ms':>8}")
        for name, values in results.items():
            if not values:
                continue
            p95 = percentile(values, 0.95)
            print(
                f"{name:<15} {len(values):>9} {len(values) / elapsed:>7.1f} "
                f"{statistics.median(values):>10.1f} {p95:>8.1f}"
            )
        print("statuses:", ", ".join(f"{n} {s}: {c}" for (n, s), c in sorted(statuses.items())))
        failed |= small != big
        failed |= any(status >= 400 for (_, status) in statuses)
        return 1 if failed else 0
    finally:
        if database is not None:
            with contextlib.suppress(Exception):
                from django.db import connections

                connections.close_all()
            drop_database(args.admin_url, database)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
