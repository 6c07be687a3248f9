"""Same client for all targets: sequential GETs, interleaved in rounds, median / p95 in ms."""

import re
import statistics
import sys
import time
from pathlib import Path

import requests


def project_session(base):
    s = requests.Session()
    s.headers["Host"] = "localhost"
    r = s.get(base + "/connexion/")
    tok = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', r.text).group(1)
    r = s.post(
        base + "/connexion/",
        data={"csrfmiddlewaretoken": tok, "username": "perfl", "password": "perfcode1"},
        headers={"Referer": "http://localhost/connexion/"},
        allow_redirects=False,
    )
    assert r.status_code == 302 and "sessionid" in s.cookies, (
        "project sign-in failed",
        r.status_code,
    )
    return s


def peer_session(base):
    s = requests.Session()
    r = s.get(base + "/admin/login/")
    tok = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', r.text).group(1)
    s.post(
        base + "/admin/login/",
        data={"csrfmiddlewaretoken": tok, "username": "learner", "password": "learnerpass"},
        headers={"Referer": base + "/admin/login/"},
    )
    assert "sessionid" in s.cookies, "peer login failed"
    return s


def p95(xs):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(0.95 * (len(xs) - 1))))]


def timed(session, url, n):
    for _ in range(10):
        session.get(url, allow_redirects=False)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        r = session.get(url, allow_redirects=False)
        out.append((time.perf_counter() - t) * 1000)
        assert r.status_code == 200, (url, r.status_code)
    return out


if sys.argv[1] == "save":
    base, path, dest = sys.argv[2:5]
    s = project_session(base)
    html = s.get(base + path).text
    Path(dest).write_text(html)
    print(f"saved {len(html.encode())} bytes of signed-in lesson HTML")
    sys.exit(0)

peer, proj, path, rounds, n = (
    sys.argv[2],
    sys.argv[3],
    sys.argv[4],
    int(sys.argv[5]),
    int(sys.argv[6]),
)
anon = requests.Session()
anon.headers["Host"] = "localhost"
targets = {
    "peer wagtail-lms lesson (signed in)": (peer_session(peer), peer + "/perf-course/lesson-15/"),
    "project lesson, anonymous": (anon, proj + path),
    "project lesson, signed in": (project_session(proj), proj + path),
    # Added for issue 25: the visitor's other pages from the shared page cache.
    "project course, anonymous": (anon, proj + path.rstrip("/").rsplit("/", 1)[0] + "/"),
    "project home, anonymous": (anon, proj + "/"),
    "project lesson HTML as a static file": (anon, proj + "/static/perf-lesson.html"),
}
results = {k: [] for k in targets}
for rnd in range(rounds):
    for label, (s, url) in targets.items():
        xs = timed(s, url, n)
        results[label] += xs
        print(
            f"round {rnd + 1} {label:40s} median {statistics.median(xs):6.1f} ms  "
            f"p95 {p95(xs):6.1f} ms",
            flush=True,
        )
print()
static = results["project lesson HTML as a static file"]
peerx = results["peer wagtail-lms lesson (signed in)"]
for label, xs in results.items():
    print(
        f"ALL {label:40s} median {statistics.median(xs):6.1f} ms  p95 {p95(xs):6.1f} ms  "
        f"p95/static {p95(xs) / p95(static):5.2f}  p95 vs peer {p95(peerx) / p95(xs):5.2f}x"
    )
