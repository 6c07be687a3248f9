"""Benchmark: the xAPI outbox against a real Ralph (its own virtualenv, `make lrs`).

1. Statements sent per second by the outbox drain, in batches of 100 and one by one.
2. A lesson page's time for a signed-in learner of a centre that sends, served by gunicorn
   (production settings, SQLite, tasks in the database with a `db_worker` draining), with and
   without LRS_URL: the page only writes the statement and queues the drain, never waits.

    .venv/bin/python bench/lrs.py [--statements 3000] [--requests 200]
"""

import argparse
import os
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import ROOT, Browser, build_site, configure, percentile, serve  # noqa: E402


def fill_outbox(user, count, lesson):
    from django.utils import timezone

    from lrs import statements
    from lrs.models import OutboxStatement
    from lrs.services import pseudonym_for

    now = timezone.now()
    rows = []
    for _ in range(count):
        statement = statements.lesson_opened(
            id=uuid.uuid4(),
            pseudonym=pseudonym_for(user),
            lesson_id=lesson.pk,
            title=lesson.title,
            at=now,
        )
        rows.append(
            OutboxStatement(
                statement_id=statement["id"],
                user=user,
                verb="experienced",
                object_iri=statement["object"]["id"],
                statement=statement,
            )
        )
    OutboxStatement.objects.bulk_create(rows, batch_size=500)


def drain_rate(user, lesson, count, batch_size):
    from lrs.models import OutboxStatement
    from lrs.services import outbox_drain

    fill_outbox(user, count, lesson)
    started = time.perf_counter()
    sent = 0
    while True:
        report = outbox_drain(batch_size=batch_size)
        assert not report.failed, report
        if not report.sent:
            break
        sent += report.sent
    elapsed = time.perf_counter() - started
    assert sent == count and not OutboxStatement.objects.filter(status="pending").exists()
    return count / elapsed, elapsed


def page_times(port, username, code, path, requests, workers, env, drain=True):
    os.environ.update(env)
    for key in ("LRS_URL", "LRS_USERNAME", "LRS_PASSWORD"):
        if key not in env:
            os.environ.pop(key, None)
    server = serve(port, workers)
    processes = [server]
    if drain:
        processes.append(
            subprocess.Popen(
                [sys.executable, "manage.py", "db_worker", "--interval", "0.5"],
                cwd=ROOT,
                env=os.environ.copy(),
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    try:
        browser = Browser(f"http://127.0.0.1:{port}")
        browser.wait_until_up()
        browser.sign_in(username, code)
        for _ in range(10):
            browser.send(path)
        return [browser.send(path) for _ in range(requests)]
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=3000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-bench-lrs-"))
    from lrs.tests.ralph import PASSWORD, USERNAME, Ralph

    ralph = Ralph()
    try:
        ralph.start()
        configure(workdir, TASKS_IN_DATABASE="true")
        made = build_site(2, 5)
        lesson = made[0][1][2]
        from django.conf import settings

        from accounts.models import Centre
        from accounts.services import learner_create

        centre = Centre.objects.create(name="Espace", slug="espace", sends_learning_records=True)
        user, code = learner_create(centre=centre, first_name="Marie")
        settings.LRS_URL, settings.LRS_USERNAME, settings.LRS_PASSWORD = (
            ralph.url,
            USERNAME,
            PASSWORD,
        )
        print(f"Ralph 5.1.0 (fs backend) on {ralph.url}; outbox on SQLite")
        print(f"{'drain':<28} {'statements':>10} {'seconds':>8} {'per second':>11}")
        for batch, count in ((100, args.statements), (1, max(100, args.statements // 10))):
            rate, elapsed = drain_rate(user, lesson, count, batch)
            print(f"{f'batches of {batch}':<28} {count:>10} {elapsed:>8.1f} {rate:>11.0f}")
        arrived = len(ralph.statements())
        print(f"Statements stored by Ralph: {arrived}")

        from django.db import connections

        connections.close_all()
        port = 8400 + secrets.randbelow(500)
        lrs_env = {"LRS_URL": ralph.url, "LRS_USERNAME": USERNAME, "LRS_PASSWORD": PASSWORD}
        before = arrived
        print(
            f"\nLesson page, signed-in learner, gunicorn {args.workers} workers + db_worker, "
            f"{args.requests} sequential requests"
        )
        print(f"{'LRS_URL':<34} {'median ms':>10} {'p95 ms':>8}")
        runs = (
            ("unset", {}, True),
            ("set, the worker stopped", lrs_env, False),
            ("set, the worker sending", lrs_env, True),
            ("unset", {}, True),
        )
        for label, env, drain in runs:
            times = page_times(
                port, user.username, code, lesson.url, args.requests, args.workers, env, drain
            )
            print(f"{label:<34} {statistics.median(times):>10.1f} {percentile(times, 0.95):>8.1f}")
            port += 1
        from lrs.models import OutboxStatement

        time.sleep(3)
        print(
            f"Statements that reached Ralph from the pages: {len(ralph.statements()) - before} "
            f"(still waiting: {OutboxStatement.objects.filter(status='pending').count()})"
        )
    finally:
        ralph.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
