"""The remaining forms and endpoints, each tried with bad input: refused in plain words, and
nothing stored."""

from html import unescape

import pytest

from mentoring.models import Message, Pairing, Report, Thread, Tip
from tests.languages import french_only

from .test_permission_matrix import snapshot


@pytest.mark.parametrize("text", ["", "  ", "x" * 100_000])
def test_correcting_a_message_or_a_tip_with_bad_text(world, as_user, text):
    before = snapshot()
    client = as_user(world["mentor"])
    for url in (
        f"/messages/{world['answer'].pk}/modifier/",
        f"/conseils/{world['pending_tip'].pk}/modifier/",
    ):
        response = client.post(url, {"text": text})
        assert response.status_code == 200
        html = unescape(response.content.decode())
        assert "Le message est vide" in html or "C'est trop long" in html
    assert snapshot() == before


@pytest.mark.parametrize("person", ["mentor", "other_facilitator", "999999", "abc", ""])
def test_naming_a_mentor_who_is_not_a_learner_of_the_centre(people, as_user, person):
    client = as_user(people["facilitator"])
    value = people[person].pk if person in people else person
    response = client.post("/animation/accompagnement/anges-gardiens/", {"grant-person": value})
    assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Choisissez une personne" in html or "n'est pas un apprenant de votre centre" in html
    assert not people["other_facilitator"].groups.filter(name="Anges gardiens").exists()


def test_unknown_ids_are_404_with_a_message(world, as_user):
    client = as_user(world["facilitator"])
    before = snapshot()
    for url in (
        "/questions/999999/",
        "/questions/999999/resolue/",
        "/questions/999999/masquer/",
        "/messages/999999/masquer/",
        "/animation/signalements/999999/",
        "/animation/accompagnement/binomes/999999/arreter/",
        "/animation/accompagnement/anges-gardiens/999999/retirer/",
    ):
        method = client.get if url.endswith("/999999/") and "questions" in url else client.post
        response = method(url)
        assert response.status_code == 404, url
        assert french_only(unescape(response.content.decode()).split("Ce n'est pas possible")[-1])
    client = as_user(world["learner_a"])
    assert client.post("/mon-ange-gardien/999999/accepter/").status_code == 404
    assert client.post(f"/mon-ange-gardien/{world['pairing'].pk}/pirater/").status_code == 404
    assert client.get("/conseils/999999/signaler/").status_code == 404
    assert snapshot() == before


def test_gets_on_post_only_endpoints_change_nothing(world, as_user):
    client = as_user(world["facilitator"])
    before = snapshot()
    for url in (
        f"/questions/{world['thread_a'].pk}/repondre/",
        f"/questions/{world['thread_a'].pk}/resolue/",
        f"/questions/{world['thread_a'].pk}/masquer/",
        f"/messages/{world['answer'].pk}/masquer/",
        f"/animation/signalements/{world['report'].pk}/",
        "/animation/accompagnement/binomes/",
    ):
        assert client.get(url).status_code == 405, url
    assert snapshot() == before


def test_a_handled_report_is_not_handled_twice(world, as_user):
    client = as_user(world["facilitator"])
    report = world["report"]
    client.post(f"/animation/signalements/{report.pk}/", {"decision": "keep"})
    client.post(f"/animation/signalements/{report.pk}/", {"decision": "hide"})
    report.refresh_from_db()
    world["answer"].refresh_from_db()
    assert report.outcome == "kept" and not world["answer"].is_hidden


def test_ending_an_ended_pairing_says_so(world, as_user):
    client = as_user(world["learner_a"])
    url = f"/mon-ange-gardien/{world['pairing'].pk}/arreter/"
    client.post(url)
    response = client.post(url, follow=True)
    assert "déjà terminé" in unescape(response.content.decode())
    assert Pairing.objects.get(pk=world["pairing"].pk).status == "ended"


def test_a_huge_report_reason_or_tip_is_refused(world, as_user):
    client = as_user(world["learner_b"])
    response = client.post(
        f"/conseils/{world['approved_tip'].pk}/signaler/", {"reason": "x" * 100_000}
    )
    assert response.status_code == 200
    assert not Report.objects.filter(tip=world["approved_tip"]).exists()


def test_counts_unchanged_by_all_of_the_above(world):
    assert (Thread.objects.count(), Message.objects.count(), Tip.objects.count()) == (2, 3, 2)
