"""« Par où commencer ? »: the walk through the questions, the scoring, every step with bad input,
who sees which result, the facilitator taking it with a learner, and the learner's data."""

import re
from datetime import timedelta

import pytest
from django.contrib.messages import get_messages
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from accounts import privacy
from accounts.services import learner_create
from courses.factories import CoursePageFactory
from positioning import flow, scoring
from positioning.items import BY_KEY, DONE, DONT_KNOW, ITEMS, NOT_YET, STEPS, Area
from positioning.models import PositioningResult, PositioningSettings
from positioning.selectors import FALLBACK_SLUGS, area_tracks
from tests.languages import french_only
from workshops.models import Enrolment, Room, Session

START = "/par-ou-commencer/"
RESULT = "/par-ou-commencer/resultat/"
RESULTS = "/animation/positionnement/"


def step_url(step):
    return f"{START}{step}/"


# What a beginner does: clicks the blue button, leaves the box empty, ticks nothing, does not
# find the link, and says « non » or « je ne sais pas ».
BEGINNER = {
    "click_green": {"answer": "blue"},
    "type_name": {"answer": "continue", "prenom": "  "},
    "tick_box": {"answer": "continue"},
    "open_link": {"answer": DONT_KNOW},
    "sent_email": {"answer": "no"},
    "find_photo": {"answer": DONT_KNOW},
    "online_account": {"answer": "no"},
    "job_search": {"answer": "not_looking"},
}
# At ease with the computer and internet, a little with e-mail, not with the rest.
CONFIDENT = {
    "click_green": {"answer": "green"},
    "type_name": {"answer": "continue", "prenom": "Marie"},
    "tick_box": {"answer": "continue", "coche": "oui"},
    "open_link": "follow",
    "sent_email": {"answer": "a_bit"},
    "find_photo": {"answer": "no"},
    "online_account": {"answer": "with_help"},
    "job_search": {"answer": "yes"},
}


def demo_tracks(catalogue):
    """The six demo tracks, found by their slugs as load_demo names them."""
    return {
        area: CoursePageFactory(parent=catalogue, slug=slug, title=f"Parcours {area}")
        for area, slug in FALLBACK_SLUGS.items()
    }


@pytest.fixture
def tracks(people, catalogue):
    return demo_tracks(catalogue)


def answer(client, step, data):
    item = ITEMS[step - 1]
    if data == "follow":
        page = client.get(step_url(step)).content.decode()
        href = re.search(r'href="([^"]*\?lien=[^"]+)"', page).group(1)
        return client.get(href.replace("&amp;", "&"))
    return client.post(step_url(step), {"item": item.key, **data})


def walk(client, answers):
    response = client.post(START)
    assert response.status_code == 302 and response["Location"] == step_url(1)
    for step, item in enumerate(ITEMS, start=1):
        assert client.get(step_url(step)).status_code == 200
        response = answer(client, step, answers[item.key])
        assert response.status_code == 302, (step, response)
    assert response["Location"] == RESULT
    return client.get(RESULT)


def message_texts(response):
    return [str(m) for m in get_messages(response.wsgi_request)]


# The walk ------------------------------------------------------------------------------------
def test_a_signed_in_learner_walks_through_and_gets_tracks_and_sessions(client, people, tracks):
    learner = people["learner_a"]
    room = Room.objects.create(centre=people["centre"], name="Espace Atelier")
    soon = timezone.now() + timedelta(days=2)
    session = Session.objects.create(
        centre=people["centre"],
        title="Les bases, mardi",
        track=tracks[Area.PC],
        room=room,
        starts_at=soon,
        ends_at=soon + timedelta(minutes=90),
        places=8,
    )
    Enrolment.objects.create(session=session, user=people["learner_b"])
    # A session of a track not suggested, and one in another centre: not shown.
    other_room = Room.objects.create(centre=people["other_centre"], name="Salle 2")
    Session.objects.create(
        centre=people["other_centre"],
        title="Ailleurs",
        track=tracks[Area.PC],
        room=other_room,
        starts_at=soon,
        ends_at=soon + timedelta(hours=1),
    )
    client.force_login(learner)
    response = walk(client, BEGINNER)
    html = response.content.decode()
    result = PositioningResult.objects.get()
    assert result.user == learner and result.centre == people["centre"]
    assert result.taken_with is None
    assert result.answers["click_green"] == NOT_YET
    assert result.answers["type_name"] == NOT_YET
    assert result.levels[Area.PC] == scoring.Level.DISCOVER
    assert result.levels[Area.JOBS] is None
    assert result.suggested_track_ids == [
        tracks[Area.PC].pk,
        tracks[Area.INTERNET].pk,
        tracks[Area.OFFICE].pk,
    ]
    assert tracks[Area.PC].url in html and "Parcours internet" in html
    assert "Parcours jobs" not in html
    # Next sessions of the suggested tracks in the learner's centre, with the places left.
    assert "Les bases, mardi" in html and "Ailleurs" not in html
    assert "Espace Atelier" in html and ">7<" in html
    # … which the learner may join from here, their centre allowing it.
    assert f"/mes-ateliers/rejoindre/{session.pk}/" in html
    people["centre"].learners_sign_up = False
    people["centre"].save()
    assert "/mes-ateliers/rejoindre/" not in client.get(RESULT).content.decode()
    people["centre"].learners_sign_up = True
    people["centre"].save()
    # Never any failure wording; what did not work is « on vous montrera ».
    assert "on vous montrera" in html
    for word in ("Faux", "Erreur", "raté", "échec"):
        assert word not in html
    # Nothing is left in progress; the result page shows it again later.
    assert flow.IN_PROGRESS not in client.session
    assert "Parcours internet" in client.get(RESULT).content.decode()


def test_the_name_typed_is_checked_never_kept(client, people, tracks):
    client.force_login(people["learner_a"])
    walk(client, CONFIDENT)
    result = PositioningResult.objects.get()
    assert result.answers["type_name"] == DONE
    assert "Marie" not in str(result.answers)
    assert result.answers["open_link"] == DONE and result.answers["tick_box"] == DONE


def test_an_anonymous_visitor_gets_a_result_kept_in_the_session_only(client, people, tracks):
    html = walk(client, CONFIDENT).content.decode()
    assert PositioningResult.objects.count() == 0
    assert "Parcours office" in html and "Parcours photos" in html
    assert "Parcours pc" not in html  # at ease with the bases
    assert "n'est gardé que sur cet ordinateur" in html
    assert "/mes-ateliers/rejoindre/" not in html
    assert client.get(RESULT).status_code == 200
    # Another browser has nothing to show: back to the start.
    from django.test import Client

    assert Client().get(RESULT)["Location"] == START


KEEP = RESULT + "garder/"


def test_a_result_made_before_signing_in_is_kept_when_its_owner_asks(client, people, tracks):
    html = walk(client, CONFIDENT).content.decode()
    sign_in_link = "/connexion/?next=/par-ou-commencer/resultat/"
    assert sign_in_link in html
    # The real sign-in form, with the access code: the answers survive it.
    response = client.post(
        sign_in_link, {"username": people["learner_a"].username, "password": people["code_a"]}
    )
    assert response["Location"] == RESULT
    html = client.get(RESULT).content.decode()
    assert "Oui, garder mon résultat" in html and "Parcours office" in html
    assert PositioningResult.objects.count() == 0  # nothing is stored without asking
    response = client.post(KEEP)
    assert response["Location"] == RESULT
    assert "C'est gardé" in message_texts(response)[0]
    result = PositioningResult.objects.get()
    assert result.user == people["learner_a"] and result.centre == people["centre"]
    assert result.answers["type_name"] == DONE
    assert tracks[Area.OFFICE].pk in result.suggested_track_ids
    html = client.get(RESULT).content.decode()
    assert "Oui, garder mon résultat" not in html and "Fait le" in html
    # A second press keeps nothing more.
    response = client.post(KEEP)
    assert "pas de résultat à garder" in message_texts(response)[0]
    assert PositioningResult.objects.count() == 1
    # The facilitator sees it.
    client.force_login(people["facilitator"])
    assert "Parcours office" in client.get(RESULTS).content.decode()


def test_keeping_a_result_refuses_what_it_must(client, people, tracks):
    # Anonymous: to the sign-in page, nothing stored.
    walk(client, BEGINNER)
    response = client.post(KEEP)
    assert response.status_code == 302 and response["Location"].startswith("/connexion/")
    assert client.get(KEEP).status_code == 405
    client.force_login(people["learner_a"])
    assert client.get(KEEP).status_code == 405
    # Too old: on a shared PC it may be someone else's.
    session = client.session
    session[flow.FINISHED]["at"] -= 4 * 3600
    session.save()
    response = client.post(KEEP)
    assert response["Location"] == START
    assert "plus de 3 heures" in message_texts(response)[0]
    assert flow.FINISHED not in client.session
    # Tampered answers: a plain message, nothing stored.
    session = client.session
    session[flow.FINISHED] = {
        "result": None,
        "answers": {"click_green": "nonsense"},
        "at": timezone.now().timestamp(),
    }
    session.save()
    response = client.post(KEEP)
    assert response["Location"] == START
    assert str(flow.BROKEN) in message_texts(response)
    assert PositioningResult.objects.count() == 0
    # No time kept (a summary from before this change) is refused as too old.
    session = client.session
    session[flow.FINISHED] = {"result": None, "answers": stored(BEGINNER)}
    session.save()
    assert "plus de 3 heures" in message_texts(client.post(KEEP))[-1]
    assert PositioningResult.objects.count() == 0


def test_going_back_shows_the_step_again_and_a_new_answer_replaces_the_old(client, people, tracks):
    client.post(START)
    answer(client, 1, {"answer": "blue"})
    answer(client, 2, {"answer": "continue", "prenom": "Jean"})
    page = client.get(step_url(1))
    assert page.status_code == 200 and "Vous aviez déjà répondu" in page.content.decode()
    response = answer(client, 1, {"answer": "green"})
    assert response["Location"] == step_url(2)
    assert client.session[flow.IN_PROGRESS]["answers"] == {
        "click_green": DONE,
        "type_name": DONE,
    }
    # The start page offers to take it up again.
    assert "Reprendre à la question 3" in client.get(START).content.decode()


def test_every_step_says_where_one_is_and_has_a_way_out(client, people, tracks):
    client.post(START)
    for step in range(1, STEPS + 1):
        html = client.get(step_url(step)).content.decode()
        assert f"Question {step} sur {STEPS}" in html
        assert 'value="dont_know"' in html and "Je ne sais pas" in html
        answer(client, step, {"answer": DONT_KNOW})
    result = client.get(RESULT).content.decode()
    assert "Parcours pc" in result


def test_the_demo_tracks_are_found_by_their_slugs(people, catalogue):
    from demo.content import TRACKS

    # Every learners' track (the facilitators' own is no area of « Par où commencer ? »).
    learners_tracks = {track["slug"] for track in TRACKS if not track.get("facilitators_only")}
    assert learners_tracks == set(FALLBACK_SLUGS.values())
    made = demo_tracks(catalogue)
    assert area_tracks(Site.objects.get(is_default_site=True)) == made


def test_the_settings_choose_another_track_for_an_area(people, catalogue, tracks):
    site = Site.objects.get(is_default_site=True)
    other = CoursePageFactory(parent=catalogue, slug="internet-pour-tous", title="Internet 2")
    settings = PositioningSettings.for_site(site)
    settings.track_internet = other
    settings.save()
    found = area_tracks(site)
    assert found[Area.INTERNET] == other and found[Area.PC] == tracks[Area.PC]
    tracks[Area.PHOTOS].unpublish()
    assert Area.PHOTOS not in area_tracks(site)


# Scoring --------------------------------------------------------------------------------------
def stored(raw):
    """The values a walk with `raw` answers keeps."""
    out = {}
    for key, data in raw.items():
        out[key] = (
            flow.read_answer(BY_KEY[key], {"item": key, **data}) if data != "follow" else DONE
        )
    return out


def test_levels_per_area():
    levels = scoring.levels_for(stored(CONFIDENT))
    assert levels == {
        Area.PC: scoring.Level.AT_EASE,
        Area.INTERNET: scoring.Level.AT_EASE,
        Area.OFFICE: scoring.Level.ON_THE_WAY,
        Area.PHOTOS: scoring.Level.DISCOVER,
        Area.EADMIN: scoring.Level.ON_THE_WAY,
        Area.JOBS: scoring.Level.AT_EASE,
    }
    # One of the two computer gestures: on the way.
    mixed = stored(CONFIDENT) | {"click_green": NOT_YET}
    assert scoring.levels_for(mixed)[Area.PC] == scoring.Level.ON_THE_WAY


def test_suggestions_start_with_the_bases_and_stop_at_three():
    assert scoring.suggested_areas(scoring.levels_for(stored(BEGINNER))) == [
        Area.PC,
        Area.INTERNET,
        Area.OFFICE,
    ]
    assert scoring.suggested_areas(scoring.levels_for(stored(CONFIDENT))) == [
        Area.OFFICE,
        Area.PHOTOS,
        Area.EADMIN,
    ]
    at_ease = {item.key: DONE for item in ITEMS if item.kind != "ask"} | {
        "sent_email": "yes",
        "find_photo": "yes",
        "online_account": "yes",
        "job_search": "not_looking",
    }
    levels = scoring.levels_for(at_ease)
    assert levels[Area.JOBS] is None
    assert scoring.suggested_areas(levels) == []
    # Looking for a job, and a CV not done yet: the job track comes.
    assert scoring.suggested_areas(levels | {Area.JOBS: 0}) == [Area.JOBS]


def test_what_will_be_shown_lists_only_the_practical_items_not_done():
    answers = stored(CONFIDENT) | {"tick_box": NOT_YET, "open_link": DONT_KNOW}
    assert scoring.to_show(answers) == [BY_KEY["tick_box"].to_show, BY_KEY["open_link"].to_show]


# Bad input --------------------------------------------------------------------------------------
BAD_POSTS = [
    pytest.param(1, {"item": "click_green"}, "Choisissez une réponse", id="click-missing"),
    pytest.param(1, {"item": "click_green", "answer": "red"}, "ne fait pas partie", id="unknown"),
    pytest.param(1, {"answer": "green"}, "ne correspond pas", id="click-no-item"),
    pytest.param(1, {"item": "sent_email", "answer": "yes"}, "ne correspond pas", id="other-item"),
]


@pytest.mark.parametrize(("step", "data", "message"), BAD_POSTS)
def test_a_bad_post_restarts_the_step_with_a_clear_message(client, people, step, data, message):
    client.post(START)
    response = client.post(step_url(step), data)
    assert response.status_code == 302 and response["Location"] == step_url(step)
    assert any(message in text and french_only(text) for text in message_texts(response))
    assert client.session[flow.IN_PROGRESS]["answers"] == {}


def bad_inputs_for(item):
    """A missing answer, an unknown one, and the kind's own ways to be wrong."""
    bad = [{"item": item.key}, {"item": item.key, "answer": "n-importe-quoi"}]
    bad.append({"item": "autre-chose", "answer": DONT_KNOW})
    if item.kind == "type":
        bad.append({"item": item.key, "answer": "continue"})  # the box itself is missing
    if item.kind == "check":
        bad.append({"item": item.key, "answer": "continue", "coche": "peut-etre"})
    if item.kind == "link":
        bad.append({"item": item.key, "answer": "continue"})  # only the link answers it
    return bad


def test_every_step_refuses_bad_input_and_keeps_nothing_of_it(client, people, tracks):
    client.force_login(people["learner_a"])
    client.post(START)
    for step, item in enumerate(ITEMS, start=1):
        before = dict(client.session[flow.IN_PROGRESS]["answers"])
        for data in bad_inputs_for(item):
            response = client.post(step_url(step), data)
            assert response["Location"] == step_url(step), (item.key, data)
            assert message_texts(response), (item.key, data)
            assert client.session[flow.IN_PROGRESS]["answers"] == before, (item.key, data)
        answer(client, step, {"answer": DONT_KNOW})
    assert PositioningResult.objects.count() == 1


def test_a_skipped_step_sends_back_to_the_first_open_one(client, people):
    client.post(START)
    answer(client, 1, {"answer": "green"})
    response = client.get(step_url(4))
    assert response["Location"] == step_url(2)
    assert any("question 2" in text for text in message_texts(response))
    response = client.post(step_url(5), {"item": "sent_email", "answer": "yes"})
    assert response["Location"] == step_url(2)
    assert "sent_email" not in client.session[flow.IN_PROGRESS]["answers"]


def test_a_step_number_out_of_the_questionnaire_is_not_found(client, people):
    client.post(START)
    assert client.get(step_url(0)).status_code == 404
    assert client.get(step_url(STEPS + 1)).status_code == 404
    assert client.post(step_url(99), {"item": "x", "answer": "yes"}).status_code == 404


def test_a_stale_or_forged_link_asks_to_open_it_again(client, people):
    client.post(START)
    for step in range(1, 4):
        answer(client, step, {"answer": DONT_KNOW})
    response = client.get(step_url(4) + "?lien=faux")
    assert response["Location"] == step_url(4)
    assert any("Ce lien" in text for text in message_texts(response))
    assert "open_link" not in client.session[flow.IN_PROGRESS]["answers"]
    # A link on another step does not answer anything.
    response = client.get(step_url(2) + "?lien=" + client.session[flow.IN_PROGRESS]["token"])
    assert response["Location"] == step_url(2)
    assert client.session[flow.IN_PROGRESS]["answers"]["type_name"] == DONT_KNOW


def test_a_tampered_session_is_not_stored(client, people, tracks):
    client.force_login(people["learner_a"])
    client.post(START)
    for step in range(1, STEPS):
        answer(client, step, {"answer": DONT_KNOW})
    session = client.session
    session[flow.IN_PROGRESS]["answers"]["click_green"] = "hacked"
    session.save()
    response = answer(client, STEPS, {"answer": "yes"})
    assert response["Location"] == step_url(1)
    assert any("reprenons depuis la première" in text for text in message_texts(response))
    assert PositioningResult.objects.count() == 0
    assert client.session[flow.IN_PROGRESS]["answers"] == {}


def test_a_new_start_forgets_the_answers_in_progress(client, people):
    client.post(START)
    answer(client, 1, {"answer": "green"})
    client.post(START)
    assert client.session[flow.IN_PROGRESS]["answers"] == {}


def test_the_questionnaire_pages_refuse_other_methods(client, people):
    assert client.put(START).status_code == 405
    assert client.delete(step_url(1)).status_code == 405


# Who sees what ---------------------------------------------------------------------------------
ROLES = ["anonymous", "learner_a", "mentor", "facilitator", "other_facilitator", "admin"]
MATRIX = [
    ("get", START, [200, 200, 200, 200, 200, 200]),
    ("get", RESULTS, [302, 403, 403, 200, 200, 200]),
    ("get", RESULTS + "{learner_a}/", [302, 403, 403, 200, 404, 200]),
    ("post", RESULTS + "{learner_a}/", [302, 403, 403, 302, 404, 302]),
]


@pytest.mark.parametrize(("method", "address", "expected"), MATRIX, ids=[m[1] for m in MATRIX])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, people, role, method, address, expected):
    if role != "anonymous":
        client.force_login(people[role])
    url = address.format(learner_a=people["learner_a"].pk)
    response = getattr(client, method)(url)
    assert response.status_code == expected[ROLES.index(role)], (role, url)


def store(person, answers=BEGINNER, **kwargs):
    from positioning.services import positioning_result_create

    return positioning_result_create(
        user=person, answers=stored(answers), track_ids_by_area={}, **kwargs
    )


def test_a_learner_sees_only_their_own_result(client, people, tracks):
    store(people["learner_b"], CONFIDENT)
    client.force_login(people["learner_a"])
    assert client.get(RESULT)["Location"] == START  # nothing of theirs yet
    mine = store(people["learner_a"])
    # A result number slipped into the session does not show someone else's.
    other = store(people["learner_b"], CONFIDENT)
    session = client.session
    session[flow.FINISHED] = {"result": other.pk}
    session.save()
    response = client.get(RESULT)
    assert response.context["result"] == mine


def test_the_facilitator_sees_the_latest_result_of_each_learner_of_their_centre(
    client, people, tracks
):
    store(people["learner_a"], CONFIDENT)
    latest = store(people["learner_a"])
    store(people["learner_b"], CONFIDENT)
    elsewhere, _ = learner_create(centre=people["other_centre"], first_name="Ailleurs")
    store(elsewhere)
    client.force_login(people["facilitator"])
    response = client.get(RESULTS)
    rows = {row["learner"].pk: row for row in response.context["rows"]}
    assert set(rows) == {people["learner_a"].pk, people["learner_b"].pk}
    assert rows[people["learner_a"].pk]["result"] == latest
    html = response.content.decode()
    assert "Ailleurs" not in html and "À découvrir" in html and "Pas concerné" in html
    # The facilitator of the other centre sees only theirs; the admin sees everyone.
    client.force_login(people["other_facilitator"])
    rows = client.get(RESULTS).context["rows"]
    assert [row["learner"].pk for row in rows] == [elsewhere.pk]
    client.force_login(people["admin"])
    assert len(client.get(RESULTS).context["rows"]) == 3


def test_the_results_list_costs_the_same_queries_for_more_learners(client, people, tracks):
    client.force_login(people["facilitator"])
    store(people["learner_a"])
    client.get(RESULTS)  # the shared caches (role permissions) are warm on a live site
    with CaptureQueriesContext(connection) as small:
        assert client.get(RESULTS).status_code == 200
    for n in range(6):
        learner, _ = learner_create(centre=people["centre"], first_name=f"Personne {n}")
        store(learner, CONFIDENT if n % 2 else BEGINNER)
        store(learner, BEGINNER, taken_with=people["facilitator"])
    with CaptureQueriesContext(connection) as bigger:
        assert client.get(RESULTS).status_code == 200
    assert len(bigger) == len(small)


# The facilitator with a learner -------------------------------------------------------------------
def test_the_facilitator_takes_it_with_a_learner_on_the_centre_pc(client, people, tracks):
    facilitator, learner = people["facilitator"], people["learner_a"]
    client.force_login(facilitator)
    url = f"{RESULTS}{learner.pk}/"
    assert "Commencer avec Marie" in client.get(url).content.decode()
    response = client.post(url)
    assert response["Location"] == step_url(1)
    assert "Positionnement avec Marie" in client.get(step_url(1)).content.decode()
    for step, item in enumerate(ITEMS, start=1):
        answer(client, step, BEGINNER[item.key])
    result = PositioningResult.objects.get()
    assert result.user == learner and result.taken_with == facilitator
    assert result.centre == people["centre"]
    html = client.get(RESULT).content.decode()
    assert "le résultat de Marie" in html and "Parcours pc" in html
    # The learner sees it as theirs, with whom they took it.
    client.force_login(learner)
    response = client.get(RESULT)
    assert response.context["result"] == result
    assert "avec camille" in response.content.decode()


def test_a_facilitator_cannot_take_it_for_a_learner_of_another_centre(client, people):
    client.force_login(people["other_facilitator"])
    assert client.post(f"{RESULTS}{people['learner_a'].pk}/").status_code == 404
    # Nor for a facilitator or a mentor: only learners.
    client.force_login(people["facilitator"])
    assert client.get(f"{RESULTS}{people['mentor'].pk}/").status_code == 404
    assert client.get(f"{RESULTS}{people['other_facilitator'].pk}/").status_code == 404


def test_a_learner_moved_to_another_centre_midway_is_not_stored(client, people, tracks):
    client.force_login(people["facilitator"])
    learner = people["learner_a"]
    client.post(f"{RESULTS}{learner.pk}/")
    for step in range(1, STEPS):
        answer(client, step, {"answer": DONT_KNOW})
    learner.centre = people["other_centre"]
    learner.save()
    assert answer(client, STEPS, {"answer": "yes"}).status_code == 404
    assert PositioningResult.objects.count() == 0


# The learner's data ----------------------------------------------------------------------------
def test_export_and_erase(client, people, tracks):
    learner = people["learner_a"]
    store(learner, taken_with=people["facilitator"])
    store(people["learner_b"], taken_with=people["facilitator"])
    data = privacy.export_user_data(learner)
    rows = data["positioning.PositioningResult"]
    assert len(rows) == 1 and rows[0]["levels"][Area.PC] == 0
    assert rows[0]["taken_with"] == "camille"
    privacy.erase_user(learner)
    kept = PositioningResult.objects.get(user=None)
    assert kept.taken_with is None and kept.levels[Area.PC] == 0  # an anonymous figure
    assert privacy.export_user_data(learner)["positioning.PositioningResult"] == []
    # A facilitator erased: the learners keep their results, without the name.
    privacy.erase_user(people["facilitator"])
    assert PositioningResult.objects.get(user=people["learner_b"]).taken_with is None
