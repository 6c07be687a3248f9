"""Benchmark: the weight of each page of a learner's journey, as Debian's Chromium loads it.

Serves the demo site with production settings (docker/start-web.sh: gunicorn, whitenoise, on
SQLite), signs a learner in with an access card, and opens each page in a fresh browser profile
(nothing cached: a first visit, the worst case on a slow line). The bytes are those transferred,
compressed as served (Playwright's encoded sizes, headers included). Each page is scrolled to
its end, so lazy pictures count.

Prints a table per page type (HTML, CSS, JS, fonts, total before images, images) and which
pages exceed the budget: 150 KB before images. An H5P activity plays in a frame from its own
origin, loaded only when scrolled to and then cached by the browser: its bytes are shown
apart, outside the budget. Exits 1 if a page exceeds the budget.

    make bench-weight
    .venv/bin/python bench/weight.py [--budget 150] [--all-lessons]
"""

import argparse
import json
import secrets
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import services  # noqa: E402

KB = 1000
KINDS = {"document": "html", "stylesheet": "css", "script": "js", "font": "fonts"}
COLUMNS = ("html", "css", "js", "fonts", "other")


# A learner with some history, so « Mon parcours » shows courses, lessons and exercises.
def manage(env, *args):
    done = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=services.ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode:
        raise RuntimeError(done.stderr[-3000:])
    return done.stdout


def weigh(browser, url, storage_state=None, workers="block"):
    """Bytes by kind for one cold visit of `url`, and the page's HTML. The offline worker is
    blocked: what it fetches for itself is measured once, apart."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        storage_state=storage_state,
        service_workers=workers,
    )
    page = context.new_page()
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    response = page.goto(url, wait_until="networkidle")
    if response.status != 200:
        raise RuntimeError(f"{url}: {response.status}")
    # Down the page a screen at a time: lazy pictures and frames load as a reader reaches them.
    height = page.evaluate("document.documentElement.scrollHeight")
    for top in range(0, height + 900, 600):
        page.evaluate(f"window.scrollTo(0, {top})")
        page.wait_for_timeout(50)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300 if workers == "block" else 3000)
    html = page.content()
    site = urlsplit(url).netloc
    sizes = dict.fromkeys((*COLUMNS, "images", "frame", "worker"), 0)
    for request in finished:
        measured = request.sizes()
        transferred = measured["responseBodySize"] + measured["responseHeadersSize"]
        if request.service_worker is not None:
            sizes["worker"] += transferred
        elif request.response() and request.response().from_service_worker:
            continue  # answered by the worker: its own request counted the bytes
        elif urlsplit(request.url).netloc != site or request.frame.parent_frame is not None:
            sizes["frame"] += transferred  # the H5P player, on its own origin
        elif request.resource_type in ("image", "media"):
            sizes["images"] += transferred
        else:
            sizes[KINDS.get(request.resource_type, "other")] += transferred
    context.close()
    return sizes, html


def sign_in(browser, base, username, code):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{base}/connexion/")
    page.get_by_label("Identifiant", exact=True).fill(username)
    page.get_by_label("Code d'accès", exact=True).fill(code)
    page.get_by_role("button", name="Entrer").click()
    page.wait_for_url(lambda url: "/connexion/" not in url)
    state = context.storage_state()
    context.close()
    return state


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read().decode()


def links(page_html, selector):
    from bs4 import BeautifulSoup

    return [a["href"] for a in BeautifulSoup(page_html, "html.parser").select(selector)]


def covered_types(page_html):
    """The lesson block types and exercise types a lesson's HTML shows."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(page_html, "html.parser")
    blocks = {
        cls.removeprefix("block-")
        for tag in soup.select(".lesson__body > .block")
        for cls in tag["class"]
        if cls.startswith("block-")
    }
    exercises = {tag["data-exercise"] for tag in soup.select("[data-exercise]")}
    return blocks, exercises


def kb(value):
    return f"{value / KB:.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=150, help="KB before images (150)")
    parser.add_argument("--all-lessons", action="store_true", help="a line for every lesson")
    args = parser.parse_args()
    if not Path(services.CHROMIUM).exists():
        print(f"Chromium est introuvable ({services.CHROMIUM}). (Chromium was not found.)")
        return 2
    from playwright.sync_api import sync_playwright

    workdir = Path(tempfile.mkdtemp(prefix="pasapas-weight-"))
    port = services.free_port()
    env = services.served_env(
        f"sqlite:///{workdir}/site.sqlite3",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        LOAD_DEMO="true",
        TASKS_IN_DATABASE="false",
        DEMO_FACILITATOR_PASSWORD=secrets.token_urlsafe(12),
        # The site on 127.0.0.1, the H5P player on localhost: two origins, as in production.
        H5P_PLAYER_ORIGIN=f"http://localhost:{port}",
    )
    rows = []
    try:
        with (
            services.web_server(env, workdir / "server.log", port=port) as (base, _),
            sync_playwright() as playwright,
        ):
            script = services.setup_script("learner_with_progress", first_name="Odette", lessons=3)
            learner = json.loads(manage(env, "shell", "-c", script).strip().splitlines()[-1])
            browser = playwright.chromium.launch(
                executable_path=services.CHROMIUM, headless=True, args=services.CHROMIUM_ARGS
            )
            state = sign_in(browser, base, learner["username"], learner["code"])
            print(
                f"Demo site served by docker/start-web.sh at {base} (production settings, SQLite)"
            )

            rows.append(("sign-in", *weigh(browser, f"{base}/connexion/")))
            home = weigh(browser, f"{base}/", state)
            rows.append(("home", *home))
            catalogue = links(home[1], "a.button--secondary")[0]
            rows.append(("catalogue", *weigh(browser, base + catalogue, state)))
            courses = links(rows[-1][2], ".card__title a")
            rows.append(("course", *weigh(browser, base + courses[0], state)))

            # Every lesson of the demo: the heaviest stands for the lesson page.
            lessons, blocks, exercises = [], set(), set()
            for path in courses:
                for lesson in links(fetch(base + path), ".lesson-list a"):
                    sizes, html = weigh(browser, base + lesson, state)
                    found = covered_types(html)
                    blocks |= found[0]
                    exercises |= found[1]
                    lessons.append((lesson, sizes, html))
            heaviest = max(lessons, key=lambda item: before_images(item[1]))
            if args.all_lessons:
                rows += [
                    (f"lesson {path.rstrip('/').rsplit('/', 1)[-1]}", s, h)
                    for path, s, h in lessons
                ]
            rows.append((f"lesson (heaviest of {len(lessons)})", heaviest[1], heaviest[2]))
            with_frame = [item for item in lessons if item[1]["frame"]]
            if with_frame and not heaviest[1]["frame"]:
                played = max(with_frame, key=lambda item: before_images(item[1]))
                rows.append(("lesson with H5P (heaviest)", played[1], played[2]))

            for name, path in (
                ("Mon parcours", "/mon-parcours/"),
                ("account", "/mon-compte/"),
                ("glossary", "/glossaire/"),
                ("search", "/recherche/?q=souris"),
                ("themes", "/themes/"),
            ):
                rows.append((name, *weigh(browser, base + path, state)))
            # The offline worker, once: what it fetches for itself when it installs.
            worker = weigh(browser, base + heaviest[0], state, workers="allow")[0]["worker"]
            browser.close()
    except Exception:
        print((workdir / "server.log").read_text()[-4000:])  # the server's side of a failure
        raise
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    budget = args.budget * KB
    header = ("page", "HTML", "CSS", "JS", "fonts", "other", "before img", "images", "H5P frame")
    width = max(len(row[0]) for row in rows) + 2
    print(f"\nKB transferred on a first visit (compressed as served), budget {args.budget:g} KB")
    print(f"{header[0]:<{width}}" + "".join(f"{h:>11}" for h in header[1:]))
    over = []
    for name, sizes, _ in rows:
        total = before_images(sizes)
        if total > budget:
            over.append(f"{name} ({kb(total)} KB)")
        cells = [sizes[c] for c in COLUMNS] + [total, sizes["images"], sizes["frame"]]
        print(f"{name:<{width}}" + "".join(f"{kb(c):>11}" for c in cells))
    print(f"\noffline worker, once when it installs (apart from the pages): {kb(worker)} KB")
    print(f"heaviest lesson: {heaviest[0]}")
    print(f"lesson block types seen: {', '.join(sorted(blocks))}")
    print(f"exercise types seen: {', '.join(sorted(exercises))}")
    if over:
        print(f"\nOVER BUDGET ({args.budget:g} KB before images): {', '.join(over)}")
        return 1
    print(f"\nEvery page is within the budget ({args.budget:g} KB before images).")
    return 0


def before_images(sizes):
    return sum(sizes[c] for c in COLUMNS)


if __name__ == "__main__":
    sys.exit(main())
