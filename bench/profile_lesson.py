"""Where a signed-in lesson request spends its time: queries listed, then a pyinstrument profile.

Runs in-process (Django's test client, production settings) against an existing database, for
example the one side_by_side/side-by-side.sh builds (its demo site and learner `perfl`):

    DJANGO_SETTINGS_MODULE=pasapas.settings.production SECRET_KEY=x ALLOWED_HOSTS=localhost \
    SECURE_SSL_REDIRECT=false TASKS_IN_DATABASE=false DATABASE_URL=sqlite:///…/p.sqlite3 \
    .venv/bin/python bench/profile_lesson.py /lesson/path/ [--user perfl] [--requests 200] [--cpu]
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "site"), str(ROOT)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--user", default="perfl")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--anonymous", action="store_true")
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="only the CPU time a request costs (time.process_time), no profile: a figure other "
        "jobs on a shared machine barely move",
    )
    args = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from pyinstrument import Profiler

    client = Client(HTTP_HOST="localhost")
    if not args.anonymous:
        client.force_login(get_user_model().objects.get(username=args.user))
    for _ in range(5):
        assert client.get(args.path).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        client.get(args.path)
    print(f"{len(captured)} queries")
    for query in captured.captured_queries:
        print("  ", query["sql"][:160])
    if args.cpu:
        times = []
        for _ in range(args.requests):
            started = time.process_time()
            client.get(args.path)
            times.append((time.process_time() - started) * 1000)
        times.sort()
        median, p95 = times[len(times) // 2], times[int(len(times) * 0.95)]
        print(f"CPU a request over {args.requests}: median {median:.2f} ms, p95 {p95:.2f} ms")
        return
    profiler = Profiler(interval=0.0005)
    started = time.perf_counter()
    with profiler:
        for _ in range(args.requests):
            client.get(args.path)
    elapsed = (time.perf_counter() - started) * 1000 / args.requests
    print(f"{elapsed:.1f} ms a request in process")
    print(profiler.output_text(unicode=True, color=False, show_all=False))
    print(
        profiler.output_text(unicode=True, color=False, flat=True, time="percent_of_total")[:6000]
    )


if __name__ == "__main__":
    main()
