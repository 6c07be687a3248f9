"""The player's origin and the site's: what each serves, and what a learner's browser commits,
checked strictly (forged data, another learner's attempt, another package's items)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from progress.models import ExerciseResult, LessonProgress, ScormAttempt

from .conftest import GOLF_2004, PLAYER_HOST, build_package, fixture_package, place_package

pytestmark = pytest.mark.django_db


@pytest.fixture
def package(imported, lesson):
    item = imported()
    place_package(lesson, item)
    return item


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


def cmi12(status="incomplete", raw="", location="", suspend="", exit_=""):
    return {
        "cmi": {
            "suspend_data": suspend,
            "core": {
                "lesson_status": status,
                "lesson_location": location,
                "exit": exit_,
                "session_time": "00:01:30",
                "total_time": "00:01:30",
                "score": {"raw": raw, "min": "", "max": "100"},
            },
            "interactions": {"0": {"id": "q1", "student_response": "a", "result": "correct"}},
        }
    }


def commit(client, package, lesson, data, *, sco="item_1", attempt=None, finished=False):
    payload = {
        "lesson": lesson.pk,
        "sco": sco,
        "attempt": attempt,
        "data": data,
        "finished": finished,
    }
    return client.post(
        f"/scorm/module/{package.pk}/cmi/", json.dumps(payload), content_type="application/json"
    )


# --- The player's origin ------------------------------------------------------------------


def player_path(client, lesson):
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    frame = soup.select_one("iframe[data-scorm-player]")
    assert frame is not None
    return frame, frame["src"].split(PLAYER_HOST, 1)[1]


def test_the_lesson_frames_the_player_on_its_own_origin(package, lesson, signed_in):
    frame, path = player_path(signed_in, lesson)
    assert frame["src"].startswith(f"http://{PLAYER_HOST}/scorm/jouer/{package.pk}/?site=")
    assert frame["data-commit-url"] == f"/scorm/module/{package.pk}/cmi/"
    response = Client(HTTP_HOST=PLAYER_HOST).get(path)
    assert response.status_code == 200
    assert "frame-ancestors http://testserver" in response["Content-Security-Policy"]
    soup = BeautifulSoup(response.content, "html.parser")
    config = json.loads(soup.find(id="pasapas-scorm-config").string)
    assert config["siteOrigin"] == "http://testserver" and config["version"] == "1.2"
    [item] = config["toc"]
    assert item["url"] == f"/scorm/contenu/{package.content_key}/shared/launchpage.html"
    assert soup.find("script", src="/static/scorm-again/scorm12.min.js")
    launch = Client(HTTP_HOST=PLAYER_HOST).get(item["url"])
    assert launch.status_code == 200 and launch["Content-Type"].startswith("text/html")
    assert b"scormfunctions.js" in b"".join(launch.streaming_content)


def test_the_player_needs_the_site_signature(package, lesson):
    player = Client(HTTP_HOST=PLAYER_HOST)
    assert player.get(f"/scorm/jouer/{package.pk}/").status_code == 400
    assert player.get(f"/scorm/jouer/{package.pk}/?site=http://evil.example").status_code == 400


def test_a_signature_is_worth_nothing_for_another_package(package, lesson, imported, signed_in):
    other = imported(build_package())
    _, path = player_path(signed_in, lesson)
    forged = path.replace(f"/scorm/jouer/{package.pk}/", f"/scorm/jouer/{other.pk}/")
    assert Client(HTTP_HOST=PLAYER_HOST).get(forged).status_code == 400


def test_package_files_are_never_served_on_the_site_origin(package, signed_in):
    name = f"/scorm/contenu/{package.content_key}/shared/launchpage.html"
    assert signed_in.get(name).status_code == 404
    assert Client().get(name).status_code == 404
    assert (
        signed_in.get(f"/media/scorm/{package.content_key}/shared/launchpage.html").status_code
        == 404
    )
    assert Client(HTTP_HOST=PLAYER_HOST).get(name).status_code == 200


def test_the_player_origin_answers_nothing_of_the_site(package, lesson):
    player = Client(HTTP_HOST=PLAYER_HOST)
    assert player.get(lesson.url).status_code == 404
    assert player.post(f"/scorm/module/{package.pk}/cmi/").status_code == 404


def test_no_file_outside_the_package(package):
    player = Client(HTTP_HOST=PLAYER_HOST)
    base = f"/scorm/contenu/{package.content_key}/"
    assert player.get(base + "../../etc/passwd").status_code == 404
    assert player.get(base + "absent.html").status_code == 404
    assert player.get(base + "x" * 1000 + ".html").status_code == 404
    assert player.get("/scorm/contenu/0000/shared/launchpage.html").status_code == 404


def test_a_two_thousand_four_package_names_its_runtime(imported, lesson, signed_in):
    package = imported(fixture_package(GOLF_2004))
    place_package(lesson, package)
    _, path = player_path(signed_in, lesson)
    soup = BeautifulSoup(Client(HTTP_HOST=PLAYER_HOST).get(path).content, "html.parser")
    assert soup.find("script", src="/static/scorm-again/scorm2004.min.js")


# --- The site's origin: commits ---------------------------------------------------------------


def test_a_commit_keeps_the_cmi_data_and_a_finish_counts_a_try(package, lesson, learner, signed_in):
    answer = commit(signed_in, package, lesson, cmi12(location="p3", suspend="s=1")).json()
    attempt = ScormAttempt.objects.get()
    assert answer["attempt"] == attempt.pk and answer["recorded"]
    assert (attempt.user, attempt.sco, attempt.number) == (learner, "item_1", 1)
    assert (attempt.location, attempt.suspend_data, attempt.completion_status) == (
        "p3",
        "s=1",
        "incomplete",
    )
    assert attempt.cmi["interactions"]["0"]["student_response"] == "a"
    assert not ExerciseResult.objects.exists()  # nothing done yet

    answer = commit(
        signed_in, package, lesson, cmi12("passed", "80"), attempt=attempt.pk, finished=True
    ).json()
    assert answer["completed"] and answer["attempt"] is None  # the next launch starts afresh
    assert answer["lesson_completed"]
    result = ExerciseResult.objects.get()
    assert (result.source, result.scorm, result.attempts, result.best_score) == (
        "scorm",
        package,
        1,
        0.8,
    )
    assert result.passed
    assert LessonProgress.objects.get(user=learner, lesson=lesson).is_completed

    answer = commit(signed_in, package, lesson, cmi12("failed", "30"), finished=True).json()
    assert ScormAttempt.objects.count() == 2 and answer["completed"]  # passed before
    result.refresh_from_db()
    assert (result.attempts, result.best_score, result.last_score) == (2, 0.8, 0.8)


def test_a_suspended_finish_is_resumed(package, lesson, signed_in):
    answer = commit(
        signed_in, package, lesson, cmi12(location="p5", exit_="suspend"), finished=True
    ).json()
    assert answer["attempt"] == ScormAttempt.objects.get().pk
    page = BeautifulSoup(signed_in.get(lesson.url).content, "html.parser")
    saved = json.loads(page.select_one("script[data-scorm-saved]").string)
    cmi = saved["item_1"]["cmi"]
    assert saved["item_1"]["attempt"] == answer["attempt"]
    assert (cmi["core"]["lesson_location"], cmi["core"]["entry"]) == ("p5", "resume")
    assert "session_time" not in cmi["core"]
    assert not ExerciseResult.objects.exists()  # leaving mid-way is not a try


def test_visitors_cannot_commit(package, lesson):
    assert commit(Client(), package, lesson, cmi12()).status_code == 403
    assert not ScormAttempt.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        "pas un objet",
        {"cmi": "non"},
        cmi12(status="réussi"),
        cmi12(raw="150"),
        cmi12(raw="beaucoup"),
        cmi12(suspend="x" * 4097),
        cmi12(location="x" * 256),
        cmi12(exit_="partir"),
        {"cmi": {**cmi12()["cmi"], "core": {**cmi12()["cmi"]["core"], "session_time": "1 heure"}}},
        {"cmi": {**cmi12()["cmi"], "interactions": {str(i): {} for i in range(251)}}},
    ],
    ids=[
        "not-object",
        "cmi-string",
        "status",
        "score-range",
        "score-text",
        "suspend",
        "location",
        "exit",
        "time",
        "interactions",
    ],
)
def test_forged_commits_are_refused_whole(package, lesson, signed_in, data):
    response = commit(signed_in, package, lesson, data)
    assert response.status_code == 400
    assert "invalides : rien n'a été enregistré" in response.json()["error"]
    assert not ScormAttempt.objects.exists() and not ExerciseResult.objects.exists()


def test_an_oversized_commit_is_refused(package, lesson, signed_in):
    response = commit(signed_in, package, lesson, cmi12(suspend="x" * 300_000))
    assert response.status_code in (400, 413)
    assert not ScormAttempt.objects.exists()


def test_another_learners_attempt_is_refused(package, lesson, signed_in, learner):
    from accounts.services import learner_create

    other, _ = learner_create(centre=learner.centre, first_name="Paul")
    theirs = Client()
    theirs.force_login(other)
    their_attempt = commit(theirs, package, lesson, cmi12(location="leur page")).json()["attempt"]
    response = commit(signed_in, package, lesson, cmi12("passed", "100"), attempt=their_attempt)
    assert response.status_code == 403
    attempt = ScormAttempt.objects.get()
    assert attempt.location == "leur page" and attempt.completion_status == "incomplete"
    assert not ExerciseResult.objects.exists()


def test_another_packages_data_is_refused(package, lesson, signed_in, imported):
    other = imported(build_package())
    place_package(lesson, other)
    theirs = commit(signed_in, other, lesson, cmi12(), sco="i1").json()["attempt"]
    # Its item, or its attempt, sent as this package's.
    assert commit(signed_in, package, lesson, cmi12(), sco="i1").status_code == 400
    response = commit(signed_in, package, lesson, cmi12(), attempt=theirs)
    assert response.status_code == 403
    assert ScormAttempt.objects.count() == 1


def test_a_lesson_that_does_not_hold_the_package(package, signed_in, make_course):
    _, lessons = make_course(lessons=1)
    response = commit(signed_in, package, lessons[0], cmi12())
    assert response.status_code == 400
    assert not ScormAttempt.objects.exists()


@pytest.mark.parametrize("attempt", ["1", True, -3, 1.5])
def test_a_malformed_attempt_is_refused(package, lesson, signed_in, attempt):
    assert commit(signed_in, package, lesson, cmi12(), attempt=attempt).status_code == 400


def test_an_unpublished_package_takes_nothing(package, lesson, signed_in):
    package.live = False
    package.save()
    assert commit(signed_in, package, lesson, cmi12()).status_code == 404


def test_several_items_make_a_table_of_contents(imported, lesson, signed_in):
    from .conftest import build_zip, manifest

    data = build_zip(
        {
            "imsmanifest.xml": manifest(
                items=[("i1", "r1", "Première partie"), ("i2", "r2", "Deuxième partie")],
                resources=[("r1", "un.html"), ("r2", "deux.html")],
            ),
            "un.html": b"<p>Un</p>",
            "deux.html": b"<p>Deux</p>",
        }
    )
    package = imported(data)
    place_package(lesson, package)
    _, path = player_path(signed_in, lesson)
    soup = BeautifulSoup(Client(HTTP_HOST=PLAYER_HOST).get(path).content, "html.parser")
    toc = soup.select("nav.toc [data-scorm-item]")
    assert [button.get_text() for button in toc] == ["Première partie", "Deuxième partie"]
    assert soup.select_one("[data-scorm-nav=next]").get_text() == "Partie suivante"
    # Each item's results count: the package is passed once both are.
    commit(signed_in, package, lesson, cmi12("passed", "100"), sco="i1", finished=True)
    assert not ExerciseResult.objects.get().passed
    commit(signed_in, package, lesson, cmi12("completed"), sco="i2", finished=True)
    result = ExerciseResult.objects.get()
    assert result.passed and result.best_score == 1.0


def test_a_lesson_the_learner_may_not_read_takes_nothing(package, lesson, signed_in):
    """A lesson kept for a group the learner is not in: a commit naming it stores nothing."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Un groupe fermé")[0])
    response = commit(signed_in, package, lesson, cmi12("passed", "80"), finished=True)
    assert response.status_code == 400
    assert not ScormAttempt.objects.exists()
    assert not ExerciseResult.objects.exists()
