"""Benchmark: what an H5P activity costs a lesson, in requests and bytes, as Chromium plays it.

Serves the demo site with production settings (docker/start-web.sh: gunicorn, whitenoise, on
SQLite; the site on 127.0.0.1, the player on localhost), imports real packages from
shared/fixtures/h5p (Question Set, Course Presentation), puts each alone in a lesson, and opens
that lesson as a signed-in learner in a fresh browser profile (a first visit: nothing cached),
until the activity has started inside its frame. Counted: every request of the player's
frames (its page, H5P core, the libraries, content files, fonts and images), with the bytes
transferred (compressed as served, headers included). Then the same lesson once more in the
same profile: the requests that still reach the server (its access log says), the rest being
answered by the browser's cache.

    .venv/bin/python bench/h5p_weight.py [--list] [--packages H5P.QuestionSet.h5p ...]
"""

import argparse
import json
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from exercises.h5p.tests.conftest import FIXTURES  # noqa: E402
from tests import services  # noqa: E402
from tests.browser.conftest import CHROMIUM_ARGS  # noqa: E402

KB = 1000
# What shows once each content type has started, inside H5P's own frame.
STARTED = {
    "H5P.QuestionSet.h5p": ".questionset",
    "H5P.CoursePresentation.h5p": ".h5p-course-presentation",
    "H5P.Dialogcards.h5p": ".h5p-dialogcards",
    "true-false.h5p": ".h5p-true-false",
    "drag-text.h5p": ".h5p-drag-text",
}
# What the player's frames ask the server for: its page, package files, its static files.
PLAYER_PATHS = (
    "/h5p/jouer/",
    "/h5p/contenu/",
    "/h5p/bibliotheques/",
    "/h5p/ensembles/",
    "/static/h5p/",
    "/static/h5p-standalone/",
)
KINDS = ("document", "script", "stylesheet", "font", "image", "fetch", "other")

SETUP = """
import json
from accounts.models import Centre
from accounts.services import learner_create
from courses.models import CoursePage, LessonPage
from exercises.h5p.services import h5p_package_import

course = CoursePage.objects.live().order_by("path").first()
made = {{}}
for number, path in enumerate(json.loads({packages!r})):
    activity = h5p_package_import(source=path).activity
    lesson = course.add_child(instance=LessonPage(
        title=f"Poids H5P {{number}}", slug=f"poids-h5p-{{number}}", summary="Banc d'essai.",
        objectives="Mesurer", duration_minutes=5,
        body=[{{"type": "h5p_activity", "value": {{"activity": activity.pk, "required": True}}}}],
    ))
    lesson.save_revision().publish()
    made[path] = {{"lesson": LessonPage.objects.get(pk=lesson.pk).url, "id": activity.pk,
                  "libraries": activity.libraries.count()}}
learner, code = learner_create(centre=Centre.objects.order_by("pk").first(), first_name="Odile")
print(json.dumps({{"lessons": made, "username": learner.username, "code": code}}))
"""


def manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=services.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return done.stdout


def sign_in(context, base, username, code):
    page = context.new_page()
    page.goto(f"{base}/connexion/")
    page.get_by_label("Identifiant", exact=True).fill(username)
    page.get_by_label("Code d'accès", exact=True).fill(code)
    page.get_by_role("button", name="Entrer").click()
    page.wait_for_url(lambda url: "/connexion/" not in url)
    page.close()


def play(context, url, activity_id, started):
    """Opens the lesson, scrolls to the activity, waits for it to start; returns the requests
    of the player's frames that finished: (url, resource type, bytes transferred)."""
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    section = page.locator(f"#activite-h5p-{activity_id}")
    section.scroll_into_view_if_needed()
    frame = page.frame_locator(f"#activite-h5p-{activity_id} iframe[data-h5p-player]")
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text))
    try:
        frame.frame_locator("iframe.h5p-iframe").locator(started).first.wait_for(timeout=60_000)
    except Exception:
        print("\n".join(["The activity did not start:", *errors]))
        for request in finished:
            print(f"  {request.url[:120]}  {request.failure or ''}")
        raise
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(1500)  # fonts and pictures the content asks for once shown
    measured = []
    for request in finished:
        if request.frame.parent_frame is None:
            continue  # the lesson page's own requests
        sizes = request.sizes()
        transferred = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        measured.append((request.url, request.resource_type, transferred))
    page.close()
    return measured


def tally(requests, player_host):
    rows = {kind: [0, 0] for kind in KINDS}
    elsewhere = 0
    for url, resource_type, transferred in requests:
        if urlsplit(url).netloc != player_host:
            elsewhere += 1  # a data: URL or a static file of the site
        kind = "fetch" if resource_type == "xhr" else resource_type
        kind = kind if kind in KINDS else "other"
        rows[kind][0] += 1
        rows[kind][1] += transferred
    return rows, elsewhere


def server_hits(log_path, since):
    """Requests the access log gained since `since` (an offset): all of them (the lesson
    page's included), and those for the player's page and package files."""
    with open(log_path, encoding="utf-8", errors="replace") as log:
        log.seek(since)
        lines = [line for line in log.read().splitlines() if '"GET ' in line]
    return len(lines), sum(any(f'"GET {p}' in line for p in PLAYER_PATHS) for line in lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--packages",
        nargs="+",
        default=["H5P.QuestionSet.h5p", "H5P.CoursePresentation.h5p"],
        help="file names in shared/fixtures/h5p",
    )
    parser.add_argument("--list", action="store_true", help="every request of the player")
    args = parser.parse_args()
    if not Path(services.CHROMIUM).exists():
        print(f"Chromium est introuvable ({services.CHROMIUM}). (Chromium was not found.)")
        return 2
    paths = [str(FIXTURES / name) for name in args.packages]
    if missing := [path for path in paths if not Path(path).exists()]:
        print(f"Paquets introuvables : {', '.join(missing)} (packages not found)")
        return 2
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-h5p-weight-"))
    port = services.free_port()
    player_host = f"localhost:{port}"
    env = services.served_env(
        f"sqlite:///{workdir}/site.sqlite3",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOAD_DEMO="true",
        TASKS_IN_DATABASE="false",
        DEMO_FACILITATOR_PASSWORD=secrets.token_urlsafe(12),
        H5P_PLAYER_ORIGIN=f"http://{player_host}",
    )
    log_path = workdir / "server.log"
    results = []
    try:
        with (
            services.web_server(env, log_path, port=port) as (base, _),
            sync_playwright() as playwright,
        ):
            made = json.loads(
                manage(env, "shell", "-c", SETUP.format(packages=json.dumps(paths)))
                .strip()
                .splitlines()[-1]
            )
            browser = playwright.chromium.launch(
                executable_path=services.CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            for name, path in zip(args.packages, paths, strict=True):
                lesson = made["lessons"][path]
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                sign_in(context, base, made["username"], made["code"])
                started = STARTED.get(name, ".h5p-content")
                began, mark = time.monotonic(), log_path.stat().st_size
                first = play(context, base + lesson["lesson"], lesson["id"], started)
                seconds = time.monotonic() - began
                time.sleep(0.5)  # the access log is written as each response ends
                cold = server_hits(log_path, mark)
                mark = log_path.stat().st_size
                play(context, base + lesson["lesson"], lesson["id"], started)
                time.sleep(0.5)  # the access log is written as each response ends
                again = server_hits(log_path, mark)
                context.close()
                results.append((name, lesson["libraries"], first, seconds, cold, again))
            browser.close()
    except Exception:
        print(log_path.read_text()[-4000:])  # the server's side of a failure
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print("Demo site served by docker/start-web.sh (production settings, SQLite); player on")
    print("its own origin. Requests of the player's frames, first visit (cold cache):\n")
    header = "".join(f"{kind:>14}" for kind in (*KINDS, "total"))
    for name, libraries, first, seconds, cold, again in results:
        rows, elsewhere = tally(first, player_host)
        total = [sum(row[0] for row in rows.values()), sum(row[1] for row in rows.values())]
        print(f"{name} ({libraries} libraries), started in {seconds:.1f} s")
        print(f"{'':<10}{header}")
        print(f"{'requests':<10}" + "".join(f"{rows[k][0]:>14}" for k in KINDS) + f"{total[0]:>14}")
        print(
            f"{'KB':<10}"
            + "".join(f"{rows[k][1] / KB:>14.1f}" for k in KINDS)
            + f"{total[1] / KB:>14.1f}"
        )
        if elsewhere:
            print(f"  of which {elsewhere} not on the player's origin (data: or site static)")
        print(
            f"  the server's access log: {cold[1]} GET requests for the player (its page, "
            f"package files, its static files); {cold[0]} for the whole lesson"
        )
        if args.list:
            for url, resource_type, transferred in first:
                print(f"    {resource_type:<11}{transferred / KB:>8.1f} KB  {url[:110]}")
        print(
            f"  second visit, same profile: {again[0]} GET requests reached the server, "
            f"{again[1]} of them for the player's page and package files\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
