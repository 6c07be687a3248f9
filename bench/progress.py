"""Benchmark: a learner's progress pages with 50 and 500 lesson records (gunicorn, PostgreSQL).

Builds a site of 10 courses x 30 lessons, plus enough "Archive" courses for a learner to have
500 lesson records (one per lesson), in a fresh temporary PostgreSQL database. Prints SQL
queries for learners with 50 and 500 records, and median and p95 latency for the one with 500,
of « Mon parcours », a course page and the « J'ai terminé » POST. Target: p95 under 100 ms,
queries the same at 50 and 500 records and at most 20 a request, on a 2-core machine.

    .venv/bin/python bench/progress.py [--records 500] [--small 50] [--requests 200]
"""

import argparse
import contextlib
import itertools
import math
import os
import secrets
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    ADMIN_URL,
    Browser,
    build_site,
    configure,
    create_database,
    drop_database,
    percentile,
    serve,
)

P95_TARGET_MS = 100
MAX_QUERIES = 20


def spread(made, count):
    """`count` lessons taken course by course in turn: lesson 1 of each course, then 2, …"""
    picked = []
    for index in range(max(len(pages) for _, pages in made)):
        for _, pages in made:
            if index < len(pages) and len(picked) < count:
                picked.append(pages[index])
    assert len(picked) == count, f"only {len(picked)} lessons for {count} records"
    return picked


def make_learner(centre, first_name, lessons):
    """A learner with one record per lesson given, three in five of them completed."""
    from django.utils import timezone

    from accounts.services import learner_create
    from progress.models import LessonProgress

    user, code = learner_create(centre=centre, first_name=first_name)
    now = timezone.now()
    LessonProgress.objects.bulk_create(
        LessonProgress(
            user=user,
            lesson_id=lesson.pk,
            completed_at=now if n % 5 < 3 else None,
            position=f"etape-{n % 4}",
        )
        for n, lesson in enumerate(lessons)
    )
    pending = [lesson for n, lesson in enumerate(lessons) if n % 5 >= 3]
    return user, code, pending


def count_queries(user, paths, done_urls):
    """Queries of each GET, and of a first « J'ai terminé » (after a warm-up on another one)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    counts = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[name] = len(captured)
    warm_up, measured = done_urls
    assert client.post(warm_up).status_code == 302
    with CaptureQueriesContext(connection) as captured:
        response = client.post(measured)
    assert response.status_code == 302, (measured, response.status_code)
    counts["done"] = len(captured)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10)
    parser.add_argument("--lessons", type=int, default=30)
    parser.add_argument("--records", type=int, default=500, help="records of the large learner")
    parser.add_argument("--small", type=int, default=50, help="records of the small learner")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--admin-url", default=os.environ.get("BENCH_POSTGRES_URL", ADMIN_URL))
    args = parser.parse_args()
    # One record per (learner, lesson): enough extra courses for the large learner's records.
    archives = max(0, math.ceil((args.records - args.courses * args.lessons) / args.lessons))

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-bench-"))
    database = None
    try:
        database, database_url = create_database(args.admin_url)
        configure(workdir, database_url)
        started = time.perf_counter()
        made = build_site(args.courses, args.lessons, archives)
        total = sum(len(pages) for _, pages in made)
        print(
            f"Site built: {args.courses} courses x {args.lessons} lessons, plus {archives} "
            f"« Archive » courses x {args.lessons} so that {args.records} records fit "
            f"({total} live lessons), in {time.perf_counter() - started:.1f} s "
            f"(PostgreSQL, database {database})"
        )
        from accounts.models import Centre

        centre = Centre.objects.create(name="Espace Numérique", slug="espace")
        learners = {}
        for label, count in (("small", args.small), ("large", args.records)):
            lessons = spread(made, count)
            user, code, pending = make_learner(centre, label.capitalize(), lessons)
            courses_touched = len({lesson.path[: -lesson.steplen] for lesson in lessons})
            learners[label] = (user, code, pending)
            print(
                f"Learner {label!r}: {count} lesson records over {courses_touched} courses, "
                f"{count - len(pending)} completed"
            )
        course, _ = made[args.courses // 2]
        paths = {"my_path": "/mon-parcours/", "course": course.url}
        queries = {}
        for label, (user, _code, pending) in learners.items():
            done_urls = [f"/progression/lecon/{lesson.pk}/terminee/" for lesson in pending[:2]]
            queries[label] = count_queries(user, paths, done_urls)

        from django.db import connections

        connections.close_all()
        port = 8400 + secrets.randbelow(500)
        server = serve(port, args.workers)
        try:
            browser = Browser(f"http://127.0.0.1:{port}")
            browser.wait_until_up()
            user, code, _pending = learners["large"]
            browser.sign_in(user.username, code)
            records = list(user.lesson_progress.order_by("pk").values_list("lesson_id", flat=True))
            done = itertools.cycle(f"/progression/lecon/{pk}/terminee/" for pk in records)

            print(
                f"\ngunicorn, {args.workers} workers, {args.requests} sequential requests each, "
                f"signed in as 'large'; queries for 'small' ({args.small} records) / "
                f"'large' ({args.records} records)"
            )
            print(
                f"{'request':<14} {'median ms':>10} {'p95 ms':>8} {'queries':>9}  target "
                f"(p95 < {P95_TARGET_MS} ms, queries constant, <= {MAX_QUERIES})"
            )
            failed = False
            requests = {
                "my_path GET": ("my_path", lambda: browser.send(paths["my_path"])),
                "course GET": ("course", lambda: browser.send(paths["course"])),
                "done POST": ("done", lambda: browser.send(next(done), {}, expect=302)),
            }
            for label, (name, request) in requests.items():
                for _ in range(10):
                    request()  # warm up each worker
                timings = [request() for _ in range(args.requests)]
                p95 = percentile(timings, 0.95)
                small, large = queries["small"][name], queries["large"][name]
                misses = []
                if p95 >= P95_TARGET_MS:
                    misses.append("p95")
                if small != large:
                    misses.append("queries grow")
                if max(small, large) > MAX_QUERIES:
                    misses.append("too many queries")
                failed |= bool(misses)
                print(
                    f"{label:<14} {statistics.median(timings):>10.1f} {p95:>8.1f} "
                    f"{f'{small}/{large}':>9}  "
                    f"{'MISSED (' + ', '.join(misses) + ')' if misses else 'ok'}"
                )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        return 1 if failed else 0
    finally:
        if database is not None:
            with contextlib.suppress(Exception):  # Django may not be set up yet
                from django.db import connections

                connections.close_all()
            drop_database(args.admin_url, database)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
