"""Benchmark: a lesson with 5 exercises and its answers, for learners with 10 and 2000 attempts.

Builds a site of 3 courses x 10 lessons in a fresh temporary PostgreSQL database (SQLite with
--sqlite). One lesson gets 5 exercises, of the registered types in turn; every other lesson
gets 3. Two learners have results in that lesson in the same state (some passed, some not),
and 10 or 2000 attempts in all, spread over it and other lessons. Prints SQL queries of the
lesson page and of an answer (JSON) for both, and median and p95 latency for the one with 2000
of the lesson page and of answers, right and wrong in turn. Target: p95 under 100 ms, queries
the same for both learners and at most 20 a request, on a 2-core machine.

    .venv/bin/python bench/exercises.py [--attempts 2000] [--small 10] [--requests 200] [--sqlite]
"""

import argparse
import contextlib
import itertools
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
IN_LESSON = 5  # exercises in the measured lesson
IN_OTHERS = 3  # exercises in each other lesson
JSON = {"Accept": "application/json"}


def usable_kinds():
    """Registered types a plain form can answer, with example answers to post."""
    from exercises.registry import ExerciseType, all_types

    kinds = [
        t.name
        for t in all_types()
        if t.works_without_js
        and not t.accepts_files
        and type(t).example_answers is not ExerciseType.example_answers
    ]
    assert kinds, "no exercise type to benchmark"
    return kinds


def examples(exercise):
    """Right and wrong answers: posted fields, the answer as stored, and its score."""
    from django.utils.datastructures import MultiValueDict

    exercise_type, value = exercise.block
    made = {}
    for verdict in ("right", "wrong"):
        fields = exercise_type.example_answers(value)[verdict]
        data = MultiValueDict(
            {k: [str(x) for x in v] if isinstance(v, list) else [str(v)] for k, v in fields.items()}
        )
        given = exercise_type.parse(value, data, MultiValueDict())
        made[verdict] = (fields, given, exercise_type.score(value, given).score)
    assert made["right"][2] == 1 > made["wrong"][2], exercise_type.name
    return made


def make_history(user, targets, total, answers):
    """`total` attempts spread in turn over `targets` ((lesson, exercise, passed) triples): wrong
    answers, then a right one last when the result is to be passed."""
    from django.utils import timezone

    from progress.models import ExerciseAttempt, ExerciseResult

    now = timezone.now()
    counts = [total // len(targets) + (n < total % len(targets)) for n in range(len(targets))]
    results = ExerciseResult.objects.bulk_create(
        ExerciseResult(
            user=user,
            lesson_id=lesson.pk,
            exercise=exercise,
            source=ExerciseResult.Source.NATIVE,
            attempts=count,
            best_score=answers[exercise.pk]["right" if passed else "wrong"][2],
            last_score=answers[exercise.pk]["right" if passed else "wrong"][2],
            last_answer=answers[exercise.pk]["right" if passed else "wrong"][1],
            passed_at=now if passed else None,
        )
        for (lesson, exercise, passed), count in zip(targets, counts, strict=True)
    )
    rows = []
    for result, (_lesson, exercise, passed), count in zip(results, targets, counts, strict=True):
        for n in range(count):
            verdict = "right" if passed and n == count - 1 else "wrong"
            _fields, given, score = answers[exercise.pk][verdict]
            rows.append(
                ExerciseAttempt(result=result, score=score, passed=verdict == "right", answer=given)
            )
    ExerciseAttempt.objects.bulk_create(rows, batch_size=1000)
    return len({lesson.pk for lesson, _, _ in targets})


def answer_data(lesson, exercise, answers, verdict):
    fields = answers[exercise.pk][verdict][0]
    return {**{f"ex{exercise.pk}-{k}": v for k, v in fields.items()}, "lesson": lesson.pk}


def count_queries(user, lesson, exercises, answers):
    """Queries of the lesson page (after a warm-up) and of a wrong and a right answer (after a
    warm-up answer), in the same order for every learner so that their states stay alike."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def post(exercise, verdict):
        response = client.post(
            f"/exercices/{exercise.pk}/reponse/",
            answer_data(lesson, exercise, answers, verdict),
            headers=JSON,
        )
        assert response.status_code == 200, (exercise.pk, response.status_code)
        assert response.json()["passed"] is (verdict == "right"), (exercise.pk, verdict)

    counts = {}
    client.get(lesson.url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(lesson.url)
    assert response.status_code == 200, (lesson.url, response.status_code)
    html = response.content.decode()
    assert all(f'id="exercice-{e.pk}"' in html for e in exercises), "an exercise is missing"
    counts["lesson GET"] = len(captured)
    # Exercise 3 is not passed and stays so; exercise 1 gets passed, the lesson still is not.
    post(exercises[3], "wrong")
    with CaptureQueriesContext(connection) as captured:
        post(exercises[3], "wrong")
    counts["answer POST, wrong"] = len(captured)
    with CaptureQueriesContext(connection) as captured:
        post(exercises[1], "right")
    counts["answer POST, right"] = len(captured)
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--courses", type=int, default=3)
    parser.add_argument("--lessons", type=int, default=10)
    parser.add_argument("--attempts", type=int, default=2000, help="of the large learner")
    parser.add_argument("--small", type=int, default=10, help="attempts of the small learner")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--admin-url", default=os.environ.get("BENCH_POSTGRES_URL", ADMIN_URL))
    args = parser.parse_args()
    if min(args.small, args.attempts) < IN_LESSON:
        parser.error(f"each learner needs at least {IN_LESSON} attempts, one per exercise")

    run_started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="pasapas-bench-"))
    database = None
    try:
        if args.sqlite:
            configure(workdir)
            engine = "SQLite"
        else:
            database, database_url = create_database(args.admin_url)
            configure(workdir, database_url)
            engine = f"PostgreSQL, database {database}"
        started = time.perf_counter()
        made = build_site(args.courses, args.lessons)
        from exercises.factories import ExerciseFactory, place

        kinds = itertools.cycle(usable_kinds())
        lesson = made[len(made) // 2][1][args.lessons // 2]
        others = [page for _, pages in made for page in pages if page.pk != lesson.pk]
        exercises = [ExerciseFactory(kind=next(kinds)) for _ in range(IN_LESSON)]
        lesson = place(lesson, *exercises)
        elsewhere = []  # (lesson, exercise) of the other lessons
        for page in others:
            placed = [ExerciseFactory(kind=next(kinds)) for _ in range(IN_OTHERS)]
            place(page, *placed)
            elsewhere += [(page, exercise) for exercise in placed]
        answers = {e.pk: examples(e) for e in exercises + [e for _, e in elsewhere]}
        print(
            f"Site built: {args.courses} courses x {args.lessons} lessons, {IN_LESSON} exercises "
            f"in the measured lesson ({', '.join(e.type_name for e in exercises)}), "
            f"{IN_OTHERS} in each other one, in {time.perf_counter() - started:.1f} s ({engine})"
        )

        from accounts.models import Centre
        from accounts.services import learner_create

        centre = Centre.objects.create(name="Espace Numérique", slug="espace")
        # The same results in the measured lesson for both: exercises 0, 2 and 4 passed.
        in_lesson = [(lesson, e, n % 2 == 0) for n, e in enumerate(exercises)]
        learners = {}
        for label, total in (("small", args.small), ("large", args.attempts)):
            user, code = learner_create(centre=centre, first_name=label.capitalize())
            count = min(total, len(in_lesson) + len(elsewhere)) - len(in_lesson)
            targets = in_lesson + [(p, e, n % 3 != 2) for n, (p, e) in enumerate(elsewhere)][:count]
            touched = make_history(user, targets, total, answers)
            learners[label] = (user, code)
            print(
                f"Learner {label!r}: {total} attempts on {len(targets)} exercises "
                f"in {touched} lessons"
            )
        queries = {
            label: count_queries(user, lesson, exercises, answers)
            for label, (user, _code) in learners.items()
        }

        print(
            f"\nSQL queries, Django test client: 'small' ({args.small} attempts) / "
            f"'large' ({args.attempts} attempts); target: the same, <= {MAX_QUERIES}"
        )
        failed = False
        for name in queries["small"]:
            small, large = queries["small"][name], queries["large"][name]
            misses = []
            if small != large:
                misses.append("queries grow")
            if max(small, large) > MAX_QUERIES:
                misses.append("too many queries")
            failed |= bool(misses)
            verdict = f"FAIL ({', '.join(misses)})" if misses else "PASS"
            print(f"{name:<20} {small:>5} / {large:<5} {verdict}")

        from django.db import connections

        from progress.models import ExerciseAttempt

        user, code = learners["large"]
        stored_before = ExerciseAttempt.objects.filter(result__user=user).count()
        connections.close_all()
        port = 8400 + secrets.randbelow(500)
        server = serve(port, args.workers)
        try:
            browser = Browser(f"http://127.0.0.1:{port}")
            browser.wait_until_up()
            browser.sign_in(user.username, code)

            def answer_post(n):
                # Right and wrong in turn; 5 exercises, so each one gets both.
                exercise = exercises[n % len(exercises)]
                verdict = "right" if n % 2 == 0 else "wrong"
                data = answer_data(lesson, exercise, answers, verdict)
                return browser.send(f"/exercices/{exercise.pk}/reponse/", data, headers=JSON)

            counter = itertools.count()
            requests = {
                "lesson GET": lambda: browser.send(lesson.url),
                "answer POST": lambda: answer_post(next(counter)),
            }
            print(
                f"\ngunicorn, {args.workers} workers, {args.requests} sequential requests each, "
                f"signed in as 'large' ({args.attempts} attempts)"
            )
            print(
                f"{'request':<14} {'median ms':>10} {'p95 ms':>8}  "
                f"target (p95 < {P95_TARGET_MS} ms)"
            )
            for name, request in requests.items():
                for _ in range(10):
                    request()  # warm up each worker
                timings = [request() for _ in range(args.requests)]
                p95 = percentile(timings, 0.95)
                ok = p95 < P95_TARGET_MS
                failed |= not ok
                print(
                    f"{name:<14} {statistics.median(timings):>10.1f} {p95:>8.1f}  "
                    f"{'PASS' if ok else 'FAIL'}"
                )
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        # Every answer sent must have been scored and stored, or the figures measure nothing.
        stored = ExerciseAttempt.objects.filter(result__user=user).count() - stored_before
        expected = next(counter)
        ok = stored == expected
        failed |= not ok
        print(f"\nAnswers stored: {stored} of {expected} sent  {'PASS' if ok else 'FAIL'}")
        print(f"Run in {time.perf_counter() - run_started:.1f} s: {'FAIL' if failed else 'PASS'}")
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
