"""RGPD: the export covers every mentoring record of a person; erasure leaves no personal text
behind and no link to the person."""

import io
import json

from django.core.management import call_command

from accounts import privacy
from mentoring.models import Message, Pairing, ReadMark, Report, Thread, Tip

MENTORING_MODELS = {
    "mentoring.Pairing",
    "mentoring.Thread",
    "mentoring.Message",
    "mentoring.ReadMark",
    "mentoring.Tip",
    "mentoring.Report",
}


def all_texts():
    return " ".join(
        [*Message.objects.values_list("text", flat=True)]
        + [*Tip.objects.values_list("text", flat=True)]
        + [*Report.objects.values_list("reason", flat=True)]
    )


def test_every_mentoring_model_is_registered():
    assert privacy.handled_models() >= MENTORING_MODELS
    assert privacy.unhandled_models() == set()


def test_the_learner_downloads_questions_answers_and_pairings(world, as_user):
    client = as_user(world["learner_a"])
    data = json.loads(client.get("/mon-compte/mes-donnees.json").content)
    [thread] = data["mentoring.Thread"]
    assert thread["step"] == "Écrire le message"
    assert [m["from"] for m in thread["messages"]] == ["vous", "Sophie"]
    assert thread["messages"][1]["text"] == "Il est en haut à gauche, en bleu."
    assert data["mentoring.Pairing"][0]["mentor"] == "Sophie"
    assert data["mentoring.Report"][0]["reason"] == "Pas clair"
    assert data["account"]["notify_by_email"] is False
    assert "Question de Jean" not in json.dumps(data, ensure_ascii=False)


def test_the_mentor_downloads_answers_and_tips(world, as_user):
    data = json.loads(as_user(world["mentor"]).get("/mon-compte/mes-donnees.json").content)
    assert [m["text"] for m in data["mentoring.Message"]] == ["Il est en haut à gauche, en bleu."]
    assert {tip["status"] for tip in data["mentoring.Tip"]} == {"approved", "pending"}
    assert data["mentoring.Thread"] == []


def erase(user):
    call_command("erase_learner", user.username, "--yes", stdout=io.StringIO())


def test_erasing_a_learner_removes_their_questions_and_everything_in_them(world):
    erase(world["learner_a"])
    assert not Thread.objects.filter(pk=world["thread_a"].pk).exists()
    texts = all_texts()
    assert "Je ne trouve pas le bouton" not in texts and "Il est en haut" not in texts
    assert "Pas clair" not in texts
    assert not Pairing.objects.filter(learner=world["learner_a"]).exists()
    assert not ReadMark.objects.filter(user=world["learner_a"]).exists()
    # Jean's question is untouched.
    assert Thread.objects.filter(pk=world["thread_b"].pk).exists()


def test_erasing_a_mentor_blanks_their_answers_and_removes_their_tips(world):
    erase(world["mentor"])
    answer = Message.objects.get(pk=world["answer"].pk)
    assert answer.author is None and answer.text == "" and answer.is_deleted
    assert not Tip.objects.exists()
    assert not Pairing.objects.filter(mentor=world["mentor"]).exists()
    # Marie still has her question, with a blank where the answer was.
    assert Message.objects.get(pk=world["question_a"].pk).text.startswith("Je ne trouve")


def test_erasing_a_reporter_keeps_the_report_without_who_or_why(world):
    report = world["report"]
    from mentoring import privacy_handlers

    privacy_handlers.erase_reports(world["learner_a"])
    report.refresh_from_db()
    assert report.reporter is None and report.reason == ""


def test_erasing_a_facilitator_detaches_their_reviews(world, as_user):
    tip = world["pending_tip"]
    as_user(world["facilitator"]).post(
        f"/admin/mentoring/conseils/edit/{tip.pk}/", {"text": tip.text, "action-approve": "1"}
    )
    from mentoring import privacy_handlers

    for _, erase_handler in privacy_handlers.HANDLERS.values():
        erase_handler(world["facilitator"])
    tip.refresh_from_db()
    assert tip.reviewed_by is None and tip.status == "approved"
