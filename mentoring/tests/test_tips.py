"""« Le conseil de l'ange gardien »: a mentor writes, a facilitator of the centre approves
(corrects or refuses) in the admin's queue, then every signed-in learner sees it."""

from html import unescape

import pytest

from accounts.roles import FACILITATOR_PERMISSIONS
from mentoring.limits import RATE_LIMIT_POSTS
from mentoring.models import Report, Tip

QUEUE = "/admin/mentoring/conseils/"


def edit_url(tip):
    return f"{QUEUE}edit/{tip.pk}/"


def test_facilitators_have_the_queue_permissions():
    assert ("mentoring", "change_tip") in FACILITATOR_PERMISSIONS
    assert ("mentoring", "add_tip") not in FACILITATOR_PERMISSIONS


def test_a_mentor_writes_a_tip_from_the_lesson(people, steps_lesson, as_user):
    client = as_user(people["mentor"])
    html = unescape(client.get(steps_lesson.url).content.decode())
    assert "Écrire un conseil pour cette leçon" in html
    assert "signée de votre prénom (Sophie)" in html
    response = client.post(
        f"/conseils/lecon/{steps_lesson.pk}/ecrire/", {"text": "Tapez l'adresse lentement."}
    )
    assert response.status_code == 302 and response["Location"].endswith("#conseils")
    tip = Tip.objects.get()
    assert tip.status == Tip.Status.PENDING and tip.mentor == people["mentor"]
    html = unescape(client.get(steps_lesson.url).content.decode())
    assert "En attente de relecture par l'équipe d'animation" in html
    # Not shown to learners before it is approved.
    html = as_user(people["learner_a"]).get(steps_lesson.url).content.decode()
    assert "Tapez l" not in html and "conseil de l" not in html


@pytest.mark.parametrize("text", ["", "x" * 100_000])
def test_bad_tips_are_refused(people, steps_lesson, as_user, text):
    client = as_user(people["mentor"])
    response = client.post(f"/conseils/lecon/{steps_lesson.pk}/ecrire/", {"text": text})
    assert response.status_code == 200
    assert 'class="field-error"' in response.content.decode()
    assert not Tip.objects.exists()


def test_tips_on_an_unknown_lesson_and_floods_are_refused(people, steps_lesson, as_user):
    client = as_user(people["mentor"])
    response = client.post("/conseils/lecon/999999/ecrire/", {"text": "Bonjour"})
    assert response.status_code == 404
    assert "Cette leçon n&#x27;existe pas, ou plus." in response.content.decode()
    for number in range(RATE_LIMIT_POSTS):
        client.post(f"/conseils/lecon/{steps_lesson.pk}/ecrire/", {"text": f"Conseil {number}"})
    response = client.post(f"/conseils/lecon/{steps_lesson.pk}/ecrire/", {"text": "De trop"})
    assert response.status_code == 429
    assert Tip.objects.count() == RATE_LIMIT_POSTS


def test_the_queue_lists_pending_tips_first_for_the_centre_only(world, as_user):
    client = as_user(world["facilitator"])
    html = client.get(QUEUE).content.decode()
    assert html.index("Relisez avant d") < html.index("Prenez votre temps")
    assert client.get(f"{QUEUE}?status=approved").content.decode().count("Relisez avant") == 0
    html = as_user(world["other_facilitator"]).get(QUEUE).content.decode()
    assert "Relisez avant" not in html and "Prenez votre temps" not in html


def test_a_facilitator_approves_a_corrected_tip_and_learners_see_it_signed(world, as_user):
    tip = world["pending_tip"]
    client = as_user(world["facilitator"])
    html = unescape(client.get(edit_url(tip)).content.decode())
    assert "Approuver" in html and "Refuser" in html and "Envoyer un e-mail" in html
    response = client.post(
        edit_url(tip),
        {"text": "Relisez bien avant d'envoyer.", "review_note": "", "action-approve": "1"},
    )
    assert response.status_code == 302
    tip.refresh_from_db()
    assert tip.status == Tip.Status.APPROVED and tip.text == "Relisez bien avant d'envoyer."
    assert tip.reviewed_by == world["facilitator"] and tip.reviewed_at and tip.edited_at
    for role in ("learner_a", "learner_b", "other_mentor"):
        html = unescape(as_user(world[role]).get(world["lesson"].url).content.decode())
        assert "Les conseils des anges gardiens" in html  # two approved now
        assert "Relisez bien avant d'envoyer." in html
        assert "— Sophie, ange gardien" in html
        assert "ange@" not in html and ">ange<" not in html  # never the username


def test_visitors_do_not_see_tips(world, client):
    html = client.get(world["lesson"].url).content.decode()
    assert "Prenez votre temps" not in html and "Sophie" not in html


def test_a_facilitator_refuses_a_tip_with_a_note(world, as_user):
    tip = world["pending_tip"]
    client = as_user(world["facilitator"])
    client.post(
        edit_url(tip),
        {"text": tip.text, "review_note": "Déjà dit dans la leçon.", "action-reject": "1"},
    )
    tip.refresh_from_db()
    assert tip.status == Tip.Status.REJECTED and tip.review_note == "Déjà dit dans la leçon."
    html = as_user(world["learner_a"]).get(world["lesson"].url).content.decode()
    assert "Relisez avant" not in html
    html = unescape(as_user(world["mentor"]).get("/mes-apprenants/").content.decode())
    assert "Refusé" in html and "Déjà dit dans la leçon." in html


def test_saving_without_deciding_keeps_the_status(world, as_user):
    tip = world["pending_tip"]
    as_user(world["facilitator"]).post(
        edit_url(tip), {"text": "Relisez.", "review_note": "", "action-edit": "1"}
    )
    tip.refresh_from_db()
    assert tip.status == Tip.Status.PENDING and tip.text == "Relisez."


def test_bad_input_in_the_queue_is_refused(world, as_user):
    tip = world["pending_tip"]
    client = as_user(world["facilitator"])
    for text in ["", "x" * 100_000]:
        response = client.post(edit_url(tip), {"text": text, "action-approve": "1"})
        assert response.status_code == 200
    tip.refresh_from_db()
    assert tip.status == Tip.Status.PENDING and tip.text == "Relisez avant d'envoyer."


def test_another_centre_cannot_review(world, as_user):
    tip = world["pending_tip"]
    client = as_user(world["other_facilitator"])
    assert client.post(edit_url(tip), {"text": "x", "action-approve": "1"}).status_code == 404
    tip.refresh_from_db()
    assert tip.status == Tip.Status.PENDING


def test_a_mentor_corrects_a_pending_tip_but_not_a_reviewed_one(world, as_user):
    client = as_user(world["mentor"])
    pending, approved = world["pending_tip"], world["approved_tip"]
    assert (
        client.post(f"/conseils/{pending.pk}/modifier/", {"text": "Mieux dit."}).status_code == 302
    )
    pending.refresh_from_db()
    assert pending.text == "Mieux dit."
    response = client.post(f"/conseils/{approved.pk}/modifier/", {"text": "Changé"})
    assert response.status_code == 403 and "déjà été relu" in unescape(response.content.decode())
    approved.refresh_from_db()
    assert approved.text == "Prenez votre temps pour l'adresse."
    assert client.post(f"/conseils/{approved.pk}/supprimer/").status_code == 302
    assert not Tip.objects.filter(pk=approved.pk).exists()


def test_a_learner_reports_a_tip_and_the_facilitator_hides_it(world, as_user):
    tip = world["approved_tip"]
    client = as_user(world["learner_b"])
    response = client.post(f"/conseils/{tip.pk}/signaler/", {"reason": "Ce n'est pas juste"})
    assert response.status_code == 302
    report = Report.objects.get(tip=tip)
    html = unescape(as_user(world["facilitator"]).get("/animation/signalements/").content.decode())
    assert "Conseil de Sophie" in html and "Ce n'est pas juste" in html
    as_user(world["facilitator"]).post(
        f"/animation/signalements/{report.pk}/", {"decision": "hide"}
    )
    tip.refresh_from_db()
    report.refresh_from_db()
    assert tip.status == Tip.Status.REJECTED and report.outcome == "hidden"
