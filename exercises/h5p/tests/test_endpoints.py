"""The player's origin and the site's: what each serves, and the statements and state a
learner's browser reports, checked strictly."""

import json

import pytest
from django.test import Client

from progress.models import ExerciseResult, H5PState, LessonProgress, XAPIStatement

from .builders import build_package, minimal_library
from .conftest import PLAYER_HOST, place_activity

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def activity(imported, lesson):
    item = imported()
    place_activity(lesson, item)
    return item


def statement(activity, verb="answered", *, raw=1, maximum=1, success=True, sub=None, **extra):
    object_id = f"http://testserver/h5p/activite/{activity.pk}/"
    if sub:
        object_id += f"?subContentId={sub}"
    data = {
        "actor": {"account": {"name": "random-id-from-h5p", "homePage": "http://h5p"}},
        "verb": {"id": f"{ADL}{verb}", "display": {"en-US": verb}},
        "object": {"id": object_id, "objectType": "Activity"},
        "result": {"score": {"raw": raw, "max": maximum, "min": 0}, "success": success},
    }
    data.update(extra)
    return data


def post(client, url, payload, **headers):
    return client.post(url, json.dumps(payload), content_type="application/json", **headers)


def send(client, activity, lesson, data):
    return post(
        client, f"/h5p/activite/{activity.pk}/xapi/", {"lesson": lesson.pk, "statement": data}
    )


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


# --- The player's origin ------------------------------------------------------------------


def test_player_page_needs_the_site_signature(activity):
    client = Client(HTTP_HOST=PLAYER_HOST)
    assert client.get(f"/h5p/jouer/{activity.pk}/").status_code == 400
    assert client.get(f"/h5p/jouer/{activity.pk}/?site=http://evil.example").status_code == 400


def test_player_page_is_framed_by_the_site_only(activity, lesson, signed_in):
    from bs4 import BeautifulSoup

    page = signed_in.get(lesson.url)
    soup = BeautifulSoup(page.content, "html.parser")
    frame = soup.select_one("iframe[data-h5p-player]")
    assert frame["src"].startswith(f"http://{PLAYER_HOST}/h5p/jouer/{activity.pk}/?site=")
    assert frame["sandbox"] == ["allow-scripts", "allow-same-origin"]
    path = frame["src"].split(PLAYER_HOST, 1)[1]
    response = Client(HTTP_HOST=PLAYER_HOST).get(path)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors http://testserver" in policy
    assert "connect-src 'self'" in policy
    assert "X-Frame-Options" not in response
    config = json.loads(
        BeautifulSoup(response.content, "html.parser").find(id="pasapas-h5p-config").string
    )
    assert config["siteOrigin"] == "http://testserver"
    assert config["activityIri"] == f"http://testserver/h5p/activite/{activity.pk}/"
    # Nothing of the learner reaches the player.
    assert "Marie" not in response.content.decode()
    assert "csrftoken" not in response.cookies and "sessionid" not in response.cookies


def test_player_origin_serves_package_files(activity):
    client = Client(HTTP_HOST=PLAYER_HOST)
    h5p = client.get(f"/h5p/contenu/{activity.content_key}/h5p.json")
    assert h5p.status_code == 200
    assert json.loads(b"".join(h5p.streaming_content))["mainLibrary"] == "PasAPas.Test"
    content = client.get(f"/h5p/contenu/{activity.content_key}/content/content.json")
    assert content["Cache-Control"].endswith("immutable")
    script = client.get("/h5p/bibliotheques/PasAPas.Test-1.0/scripts/main.js")
    assert script.status_code == 200
    assert script["Content-Type"] == "text/javascript"
    assert script["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in script["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path",
    [
        "/h5p/bibliotheques/PasAPas.Test-1.0/../../../settings.py",
        "/h5p/bibliotheques/PasAPas.Test-1.0/scripts/missing.js",
        "/h5p/bibliotheques/PasAPas.Test-9.9/library.json",
        "/h5p/bibliotheques/nonsense/library.json",
        "/h5p/bibliotheques/PasAPas.Test-1.0/library.php",
        "/h5p/contenu/0000/h5p.json",
    ],
)
def test_player_origin_refuses_other_files(activity, path):
    assert Client(HTTP_HOST=PLAYER_HOST).get(path).status_code == 404


def test_content_key_path_traversal_is_refused(activity):
    client = Client(HTTP_HOST=PLAYER_HOST)
    key = activity.content_key
    assert client.get(f"/h5p/contenu/{key}/content/../h5p.json").status_code == 404
    assert client.get(f"/h5p/contenu/{key}/content/%2e%2e/h5p.json").status_code == 404


def test_player_origin_serves_nothing_of_the_site(activity, lesson):
    client = Client(HTTP_HOST=PLAYER_HOST)
    for path in [lesson.url, "/", "/connexion/", "/mon-compte/", "/admin/", "/mon-parcours/"]:
        assert client.get(path).status_code == 404, path
    assert post(client, f"/h5p/activite/{activity.pk}/xapi/", {}).status_code == 404


def test_site_origin_serves_no_package_file(activity):
    client = Client()
    assert client.get(f"/h5p/contenu/{activity.content_key}/h5p.json").status_code == 404
    assert client.get("/h5p/bibliotheques/PasAPas.Test-1.0/scripts/main.js").status_code == 404
    assert client.get(f"/h5p/jouer/{activity.pk}/").status_code == 404


def test_without_a_player_origin_the_activity_is_not_offered(activity, lesson, settings):
    """Same origin for site and player would hand the site's cookies to package code."""
    settings.H5P_PLAYER_ORIGIN = ""
    page = Client().get(lesson.url)
    assert b"data-h5p-player" not in page.content
    assert "adresse à part" in page.content.decode()


def test_the_player_host_says_where_the_site_is(activity):
    page = Client(HTTP_HOST=PLAYER_HOST).get("/")
    assert page.status_code == 404
    assert "lecteur H5P" in page.content.decode()


# --- Statements ---------------------------------------------------------------------------


def test_answered_statement_lands_in_the_result(activity, lesson, learner, signed_in):
    response = send(
        signed_in, activity, lesson, statement(activity, raw=3, maximum=4, success=False)
    )
    assert response.status_code == 200, response.content
    result = ExerciseResult.objects.get(user=learner, activity=activity)
    assert result.source == "h5p"
    assert result.best_score == 0.75
    assert result.attempts == 1
    assert not result.passed
    assert response.json()["completed"] is False
    send(signed_in, activity, lesson, statement(activity, raw=4, maximum=4))
    send(signed_in, activity, lesson, statement(activity, raw=1, maximum=4, success=False))
    result.refresh_from_db()
    assert result.best_score == 1.0 and result.last_score == 0.25
    assert result.passed and result.attempts == 3


def test_completed_after_answered_counts_one_attempt(activity, lesson, learner, signed_in):
    send(signed_in, activity, lesson, statement(activity))
    send(signed_in, activity, lesson, statement(activity, "completed"))
    result = ExerciseResult.objects.get(user=learner, activity=activity)
    assert result.attempts == 1
    assert XAPIStatement.objects.filter(user=learner).count() == 2


def test_consumed_completes_an_activity_with_nothing_to_answer(
    activity, lesson, learner, signed_in
):
    data = statement(activity, "consumed")
    data["verb"]["id"] = "http://activitystrea.ms/schema/1.0/consume"
    del data["result"]
    send(signed_in, activity, lesson, data)
    result = ExerciseResult.objects.get(user=learner, activity=activity)
    assert result.passed and result.best_score == 1.0


def test_passing_the_required_activity_completes_the_lesson(activity, lesson, learner, signed_in):
    response = send(signed_in, activity, lesson, statement(activity))
    assert response.json()["lesson_completed"] is True
    assert LessonProgress.objects.get(user=learner, lesson=lesson).completed_at is not None


def test_sub_content_statements_are_stored_but_do_not_score(activity, lesson, learner, signed_in):
    response = send(signed_in, activity, lesson, statement(activity, sub="abc-123"))
    assert response.status_code == 200
    assert XAPIStatement.objects.get(user=learner).top_level is False
    assert not ExerciseResult.objects.exists()


def test_progress_verbs_are_stored_without_a_result(activity, lesson, learner, signed_in):
    data = statement(activity, "interacted")
    del data["result"]
    assert send(signed_in, activity, lesson, data).status_code == 200
    assert not ExerciseResult.objects.exists()


def test_actor_is_the_signed_in_learner_never_the_statement(activity, lesson, learner, signed_in):
    data = statement(activity)
    data["actor"] = {"mbox": "mailto:someone@example.org", "name": "Quelqu'un"}
    send(signed_in, activity, lesson, data)
    stored = XAPIStatement.objects.get()
    assert stored.user == learner
    assert "actor" not in stored.statement


def test_anonymous_statement_is_refused(activity, lesson):
    response = send(Client(), activity, lesson, statement(activity))
    assert response.status_code == 403
    assert "Connectez-vous" in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_statement_in_another_learners_name_is_refused(activity, lesson, learner, signed_in):
    data = statement(activity)
    data["actor"] = {"account": {"homePage": "http://testserver", "name": str(learner.pk + 1)}}
    response = send(signed_in, activity, lesson, data)
    assert response.status_code == 400
    assert "autre personne" in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_another_learners_post_never_touches_my_result(activity, lesson, people):
    learner = people["learner_a"]
    mine = Client()
    mine.force_login(learner)
    send(mine, activity, lesson, statement(activity, raw=1, maximum=4, success=False))
    other = Client()
    other.force_login(people["learner_b"])
    send(other, activity, lesson, statement(activity, raw=4, maximum=4))
    assert ExerciseResult.objects.get(user=learner).best_score == 0.25
    assert ExerciseResult.objects.get(user=people["learner_b"]).best_score == 1.0


def test_statement_about_another_activity_is_refused(activity, imported, lesson, signed_in):
    other = imported(build_package(content={"question": "Autre"}))
    response = send(signed_in, activity, lesson, statement(other))
    assert response.status_code == 400
    assert "autre activité" in response.json()["error"]
    data = statement(activity)
    data["object"]["id"] = f"http://evil.example/h5p/activite/{activity.pk}/"
    assert send(signed_in, activity, lesson, data).status_code == 400
    assert not XAPIStatement.objects.exists()


def test_activity_not_in_the_lesson_is_refused(imported, lesson, make_course, signed_in):
    activity = imported()
    _, (elsewhere, _other) = make_course(lessons=2)
    place_activity(elsewhere, activity)
    response = send(signed_in, activity, lesson, statement(activity))
    assert response.status_code == 400
    assert "ne fait pas partie" in response.json()["error"]


@pytest.mark.parametrize(
    "change",
    [
        lambda s: s.update(verb={"id": "http://evil.example/verbs/hacked"}),
        lambda s: s.update(verb="answered"),
        lambda s: s.pop("object"),
        lambda s: s["result"]["score"].update(raw=5, max=4),
        lambda s: s["result"]["score"].update(scaled=7),
        lambda s: s["result"]["score"].update(raw="beaucoup"),
        lambda s: s["result"]["score"].update(raw=float("nan")),
        lambda s: s["result"].update(success="oui"),
        lambda s: s.update(result=[1, 2]),
    ],
)
def test_forged_statements_are_refused(activity, lesson, signed_in, change):
    data = statement(activity)
    change(data)
    response = send(signed_in, activity, lesson, data)
    assert response.status_code == 400
    assert response.json()["error"]
    assert not XAPIStatement.objects.exists()
    assert not ExerciseResult.objects.exists()


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'{"lesson": "x"}', json.dumps({"statement": {}}).encode()],
)
def test_unreadable_posts_are_refused(activity, signed_in, body):
    response = signed_in.post(
        f"/h5p/activite/{activity.pk}/xapi/", body, content_type="application/json"
    )
    assert response.status_code == 400
    assert not XAPIStatement.objects.exists()


def test_oversized_statement_is_refused(activity, lesson, signed_in):
    data = statement(activity, context={"extensions": {"x": "a" * 70_000}})
    response = send(signed_in, activity, lesson, data)
    assert response.status_code == 413
    assert "trop gros" in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_missing_csrf_token_is_refused(activity, lesson, learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    response = send(client, activity, lesson, statement(activity))
    assert response.status_code == 400
    assert "La page a expiré" in response.json()["error"]
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize("endpoint", ["etat", "vue"])
def test_state_and_viewed_need_the_csrf_token_too(activity, lesson, learner, endpoint):
    """Django's own CSRF check (no endpoint exempt), told in the endpoint's plain words."""
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    url = f"/h5p/activite/{activity.pk}/{endpoint}/"
    response = post(client, url, {"lesson": lesson.pk, "state": "{}"})
    assert response.status_code == 400
    assert "La page a expiré" in response.json()["error"]
    client.get(lesson.url)
    token = client.cookies["csrftoken"].value
    response = post(client, url, {"lesson": lesson.pk, "state": "{}"}, HTTP_X_CSRFTOKEN=token)
    assert response.status_code == 200


def test_csrf_token_from_the_lesson_page_is_accepted(activity, lesson, learner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    client.get(lesson.url)
    token = client.cookies["csrftoken"].value
    response = send_with_token(client, activity, lesson, token)
    assert response.status_code == 200


def send_with_token(client, activity, lesson, token):
    return post(
        client,
        f"/h5p/activite/{activity.pk}/xapi/",
        {"lesson": lesson.pk, "statement": statement(activity)},
        HTTP_X_CSRFTOKEN=token,
    )


def test_a_flood_of_statements_is_cut_short(activity, lesson, signed_in, monkeypatch):
    from progress import services

    monkeypatch.setattr(services, "MAX_STATEMENTS_PER_10_MINUTES", 3)
    data = statement(activity, "interacted")
    codes = [send(signed_in, activity, lesson, data).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]


# --- State ----------------------------------------------------------------------------------


def save_state(client, activity, lesson, state):
    return post(client, f"/h5p/activite/{activity.pk}/etat/", {"lesson": lesson.pk, "state": state})


def test_state_is_saved_and_offered_back(activity, lesson, learner, signed_in):
    assert save_state(signed_in, activity, lesson, '{"answers": [1]}').status_code == 200
    assert H5PState.objects.get(user=learner).state == '{"answers": [1]}'
    save_state(signed_in, activity, lesson, '{"answers": [2]}')
    assert H5PState.objects.get(user=learner).state == '{"answers": [2]}'
    page = signed_in.get(lesson.url).content.decode()
    assert '<script type="application/json" data-h5p-state>"{\\"answers\\": [2]}"</script>' in page
    save_state(signed_in, activity, lesson, "")
    assert not H5PState.objects.exists()


def test_state_cannot_break_out_of_its_script(activity, lesson, signed_in):
    save_state(signed_in, activity, lesson, '{"a": "</script><script>alert(1)</script>"}')
    page = signed_in.get(lesson.url).content.decode()
    assert "<script>alert(1)" not in page


@pytest.mark.parametrize("state", ["not json", 12, "x" * 70_000])
def test_bad_state_is_refused(activity, lesson, signed_in, state):
    response = save_state(signed_in, activity, lesson, state)
    assert response.status_code in (400, 413)
    assert not H5PState.objects.exists()


def test_state_of_visitors_is_refused(activity, lesson):
    assert save_state(Client(), activity, lesson, "{}").status_code == 403


def test_newer_library_from_the_admin_is_refused_for_a_facilitator(people, imported):
    imported()
    client = Client()
    client.force_login(people["facilitator"])
    from .conftest import upload

    newer = build_package(libraries=[minimal_library(patch=4)])
    response = client.post("/admin/snippets/h5p/h5pactivity/add/", {"package": upload(newer)})
    assert response.status_code == 200
    assert "Seul un administrateur" in response.content.decode()


def test_without_a_verdict_the_pass_mark_decides(activity, lesson, learner, signed_in):
    """DragText, for one, reports a score and no success flag."""
    data = statement(activity, raw=2, maximum=3)
    del data["result"]["success"]
    response = send(signed_in, activity, lesson, data)
    assert response.json()["completed"] is False
    activity.pass_mark = 60
    activity.save()
    response = send(signed_in, activity, lesson, data)
    assert response.json()["completed"] is True
    assert ExerciseResult.objects.get(user=learner).passed


def test_a_failure_verdict_never_passes(activity, lesson, learner, signed_in):
    activity.pass_mark = 1
    activity.save()
    response = send(
        signed_in, activity, lesson, statement(activity, raw=3, maximum=4, success=False)
    )
    assert response.json()["completed"] is False


def test_a_lesson_the_learner_may_not_read_takes_nothing(activity, lesson, signed_in):
    """A lesson kept for a group the learner is not in (the facilitators' track): its id and
    the activity's, guessed or kept from before, record no statement, state or view."""
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get_or_create(name="Un groupe fermé")[0])
    refused = [
        send(signed_in, activity, lesson, statement(activity)),
        post(signed_in, f"/h5p/activite/{activity.pk}/etat/", {"lesson": lesson.pk, "state": "{}"}),
        post(signed_in, f"/h5p/activite/{activity.pk}/vue/", {"lesson": lesson.pk}),
    ]
    assert [response.status_code for response in refused] == [400, 400, 400]
    assert not XAPIStatement.objects.exists()
    assert not H5PState.objects.exists()
    assert not ExerciseResult.objects.exists()
    assert not LessonProgress.objects.filter(completed_at__isnull=False).exists()
