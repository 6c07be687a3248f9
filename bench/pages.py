"""Benchmark: a site of 10 courses x 30 lessons served by gunicorn (production settings, SQLite).

Prints median and p95 latency, and SQL queries per request, for the home, course and lesson
pages. Target: p95 under 50 ms and at most 15 queries per page on a 2-core machine.

    .venv/bin/python bench/pages.py [--courses 10] [--lessons 30] [--requests 200]
"""

import argparse
import os
import secrets
import shutil
import signal
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import build_site, configure, percentile, serve  # noqa: E402


def count_queries(paths):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    counts = {}
    for name, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[name] = len(captured)
    return counts


def fetch(url):
    request = urllib.request.Request(url, headers={"Host": "localhost"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()
        assert response.status == 200
    return (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=10)
    parser.add_argument("--lessons", type=int, default=30)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-bench-"))
    try:
        configure(workdir, os.environ.get("BENCH_DATABASE_URL"))
        started = time.perf_counter()
        made = build_site(args.courses, args.lessons)
        print(
            f"Site built: {args.courses} courses x {args.lessons} lessons "
            f"in {time.perf_counter() - started:.1f} s ({os.environ['DATABASE_URL'][:10]}…)"
        )
        course, lessons = made[len(made) // 2]
        paths = {"home": "/", "course": course.url, "lesson": lessons[len(lessons) // 2].url}
        queries = count_queries(paths)

        port = 8400 + secrets.randbelow(500)
        server = serve(port, args.workers)
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    fetch(f"{base}/sante/")
                    break
                except Exception:  # noqa: BLE001 (not up yet)
                    time.sleep(0.2)
            print(f"\ngunicorn, {args.workers} workers, {args.requests} sequential requests a page")
            print(f"{'page':<8} {'median ms':>10} {'p95 ms':>8} {'queries':>8}  target")
            failed = False
            for name, path in paths.items():
                for _ in range(10):
                    fetch(base + path)  # warm up each worker
                timings = [fetch(base + path) for _ in range(args.requests)]
                p95 = percentile(timings, 0.95)
                ok = p95 < 50 and queries[name] <= 15
                failed |= not ok
                print(
                    f"{name:<8} {statistics.median(timings):>10.1f} {p95:>8.1f} "
                    f"{queries[name]:>8}  {'ok' if ok else 'MISSED (p95 < 50 ms, <= 15 queries)'}"
                )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        return 1 if failed else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
