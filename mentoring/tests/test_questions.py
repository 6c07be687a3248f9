"""« J'ai une question »: asking on a lesson or a step, answers, « C'est résolu », one's own
messages for 15 minutes, and every kind of bad input (refused plainly, nothing stored)."""

from datetime import timedelta
from html import unescape

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from mentoring import services
from mentoring.limits import RATE_LIMIT_POSTS
from mentoring.models import Message, ReadMark, Thread
from tests.languages import french_only

from .conftest import step_ids


def ask_url(lesson):
    return f"/questions/lecon/{lesson.pk}/poser/"


def counts():
    return Thread.objects.count(), Message.objects.count()


def test_a_learner_asks_on_a_step_and_finds_the_thread_on_the_lesson(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    second_step = step_ids(steps_lesson)[1]
    html = unescape(client.get(steps_lesson.url).content.decode())
    # The form is there at once, not behind a button that would fold it away.
    assert '<div class="ask" id="poser-une-question">' in html
    assert 'id="question-text"' in html and "<summary" not in html.split("questions-title")[1]
    assert html.count("Poser une question sur cette étape") == 2
    assert f'href="?etape={second_step}#poser-une-question"' in html
    # The step link preselects that step, and opens the form.
    html = client.get(f"{steps_lesson.url}?etape={second_step}").content.decode()
    assert f'<option value="{second_step}" selected>Étapes, partie 2</option>' in html
    assert '<div class="ask" id="poser-une-question">' in html

    response = client.post(
        ask_url(steps_lesson), {"step": second_step, "text": "  Où est Envoyer ?\r\n\r\nMerci "}
    )
    thread = Thread.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{steps_lesson.url}#question-{thread.pk}"
    assert thread.block_id == second_step and thread.step_label == "Étapes, partie 2"
    assert thread.messages.get().text == "Où est Envoyer ?\n\nMerci"
    html = client.get(steps_lesson.url).content.decode()
    assert f'id="question-{thread.pk}"' in html
    assert "<p>Où est Envoyer ?</p><p>Merci</p>" in html
    assert "En attente de réponse" in html
    # Under a question already asked, the next one folds behind a plain disclosure.
    assert '<details class="ask disclosure" id="poser-une-question">' in html
    assert "Poser une autre question" in html


def test_the_answer_comes_back_on_the_lesson_and_the_learner_marks_it_solved(world, as_user):
    thread, lesson = world["thread_a"], world["lesson"]
    client = as_user(world["learner_a"])
    html = client.get(lesson.url).content.decode()
    assert "Il est en haut à gauche, en bleu." in html
    assert 'Sophie</strong> <span class="post__role">(ange gardien)</span>' in html
    assert "Nouveau" in html  # unread until now
    assert "Nouveau</span>" not in client.get(lesson.url).content.decode()

    response = client.post(
        f"/questions/{thread.pk}/resolue/",
        {"solved": "1", "next": f"{lesson.url}#question-{thread.pk}"},
    )
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#question-{thread.pk}"
    thread.refresh_from_db()
    assert thread.is_solved
    assert "✓ Résolue" in client.get(lesson.url).content.decode()
    # A new message from the learner opens it again.
    client.post(f"/questions/{thread.pk}/repondre/", {"text": "En fait, encore une chose."})
    thread.refresh_from_db()
    assert not thread.is_solved


def test_next_never_leaves_the_site(world, as_user):
    client = as_user(world["learner_a"])
    thread = world["thread_a"]
    response = client.post(
        f"/questions/{thread.pk}/resolue/", {"next": "https://example.com/piege"}
    )
    assert response["Location"] == f"/questions/{thread.pk}/"


def test_other_learners_never_see_a_question(world, as_user):
    client = as_user(world["learner_b"])
    html = client.get(world["lesson"].url).content.decode()
    assert "Je ne trouve pas le bouton" not in html
    assert "Il est en haut à gauche" not in html
    assert "Question de Jean." in html  # B's own
    html = client.get("/mes-questions/").content.decode()
    assert "Je ne trouve pas" not in html and "Question de Jean." in html


def test_the_unpaired_mentor_sees_nothing_the_paired_one_answers(world, as_user):
    thread = world["thread_a"]
    client = as_user(world["other_mentor"])
    html = client.get("/mes-apprenants/").content.decode()
    assert "Marie" not in html and "Je ne trouve pas" not in html
    assert client.get(f"/questions/{thread.pk}/").status_code == 404
    client = as_user(world["mentor"])
    html = client.get("/mes-apprenants/").content.decode()
    assert "Marie" in html and "Je ne trouve pas le bouton" in html
    assert "Question de Jean." not in html  # Jean did not choose Sophie
    html = client.get(f"/questions/{thread.pk}/").content.decode()
    assert "Question de Marie" in html and 'id="repondre"' in html


def test_a_proposed_pairing_shows_nothing_until_accepted(world, as_user):
    client = as_user(world["other_mentor"])
    learner_b = world["learner_b"]
    assert client.get(f"/mes-apprenants/{learner_b.pk}/").status_code == 404
    as_user(learner_b).post(f"/mon-ange-gardien/{world['proposed'].pk}/accepter/")
    client = as_user(world["other_mentor"])
    html = client.get(f"/mes-apprenants/{learner_b.pk}/").content.decode()
    assert "Question de Jean." in html and "Son avancement" in html


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Le message est vide"),
        ("   \n\t  ", "Le message est vide"),
        ("x" * 100_000, "C&#x27;est trop long : 100000 caractères, 2000 au plus"),
        ("é" * 2001, "2001 caractères, 2000 au plus"),
    ],
    ids=["empty", "spaces", "100KB", "2001"],
)
def test_bad_questions_are_refused_plainly_and_nothing_is_stored(
    people, steps_lesson, as_user, text, message
):
    client = as_user(people["learner_a"])
    response = client.post(ask_url(steps_lesson), {"text": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html and french_only(html.split(message)[1][:200])
    assert 'class="field-error"' in html
    # The title says so, and the summary that takes the focus leads to the field.
    soup = BeautifulSoup(html, "html.parser")
    assert soup.title.get_text().startswith("Erreur : J'ai une question")
    summary = soup.find(id="form-errors")
    assert summary.has_attr("autofocus")
    link = summary.find("a")
    assert soup.find(id=link["href"][1:]).name == "textarea"
    assert soup.find("textarea")["aria-invalid"] == "true"
    assert counts() == (0, 0)


def test_a_question_of_exactly_the_limit_is_taken(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    assert client.post(ask_url(steps_lesson), {"text": "é" * 2000}).status_code == 302
    assert counts() == (1, 1)


def test_html_and_script_are_shown_as_text_never_run(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    typed = (
        '<script>alert("x")</script><img src=x onerror=alert(1)> <b>gras</b> javascript:alert(1)'
    )
    client.post(ask_url(steps_lesson), {"text": typed})
    assert Message.objects.get().text == typed  # stored as typed
    html = client.get(steps_lesson.url).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>gras" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert 'href="javascript' not in html


def test_links_are_clickable_and_open_nothing_of_ours(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    client.post(ask_url(steps_lesson), {"text": "Voir https://www.ameli.fr/assure et merci"})
    html = client.get(steps_lesson.url).content.decode()
    assert (
        '<a href="https://www.ameli.fr/assure" rel="nofollow noopener noreferrer">'
        "https://www.ameli.fr/assure</a>" in html
    )


def test_a_flood_is_stopped_with_a_clear_message(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    for number in range(RATE_LIMIT_POSTS):
        assert client.post(ask_url(steps_lesson), {"text": f"Question {number}"}).status_code == 302
    response = client.post(ask_url(steps_lesson), {"text": "Encore une"})
    assert response.status_code == 429
    html = response.content.decode()
    assert "beaucoup de messages en peu de temps" in html and "Too many" not in html
    assert "Encore une" in html  # the text is still in the form
    client.cookies["pasapas_language"] = "en"
    html = client.post(ask_url(steps_lesson), {"text": "One more"}).content.decode()
    assert "You have written a lot of messages in a short time." in html
    assert "beaucoup de messages" not in html
    assert Thread.objects.count() == RATE_LIMIT_POSTS
    # Ten minutes later it works again.
    Message.objects.update(created_at=timezone.now() - timedelta(minutes=11))
    assert client.post(ask_url(steps_lesson), {"text": "Plus tard"}).status_code == 302


def test_the_flood_limit_also_covers_answers(world, as_user):
    client = as_user(world["mentor"])
    thread = world["thread_a"]
    for number in range(RATE_LIMIT_POSTS - 1):  # one answer already in the world
        client.post(f"/questions/{thread.pk}/repondre/", {"text": f"Réponse {number}"})
    before = Message.objects.count()
    response = client.post(f"/questions/{thread.pk}/repondre/", {"text": "Une de trop"})
    assert response.status_code == 429 and "Attendez quelques minutes" in response.content.decode()
    assert Message.objects.count() == before


@pytest.mark.parametrize("page_id", [0, 999_999])
def test_a_question_on_a_lesson_that_does_not_exist(people, as_user, page_id):
    client = as_user(people["learner_a"])
    response = client.post(f"/questions/lecon/{page_id}/poser/", {"text": "Bonjour"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "Cette leçon n&#x27;existe pas, ou plus. Rien n&#x27;a été enregistré." in html
    assert "This lesson" not in html
    client.cookies["pasapas_language"] = "en"
    html = client.post(f"/questions/lecon/{page_id}/poser/", {"text": "Hello"}).content.decode()
    assert "This lesson does not exist, or no longer exists. Nothing was saved." in html
    assert "Cette leçon" not in html
    assert counts() == (0, 0)


def test_a_question_on_a_course_or_a_draft_is_refused(people, as_user):
    client = as_user(people["learner_a"])
    assert client.post(ask_url(people["course"]), {"text": "Bonjour"}).status_code == 404
    draft = people["lessons"][1]
    draft.unpublish()
    assert client.post(ask_url(draft), {"text": "Bonjour"}).status_code == 404
    assert counts() == (0, 0)


def test_a_step_that_is_not_in_the_lesson_is_refused(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    other = people["lessons"][0]
    for step in ["pas-une-etape", step_ids(steps_lesson)[0]]:
        response = client.post(ask_url(other), {"step": step, "text": "Bonjour"})
        assert response.status_code == 200
        assert "Cette étape n'est pas dans la leçon" in unescape(response.content.decode())
    assert counts() == (0, 0)


def test_answering_a_thread_one_may_not_see(world, as_user):
    before = Message.objects.count()
    for role in ("learner_b", "other_mentor", "other_facilitator"):
        client = as_user(world[role])
        response = client.post(
            f"/questions/{world['thread_a'].pk}/repondre/", {"text": "Je m'en mêle"}
        )
        assert response.status_code == 404
        html = response.content.decode()
        assert "Cette question n&#x27;existe pas, ou vous ne pouvez pas la voir." in html
        assert "This question" not in html
    client = as_user(world["learner_a"])
    assert client.post("/questions/999999/repondre/", {"text": "Allô"}).status_code == 404
    assert Message.objects.count() == before


def test_bad_answers_are_refused_on_the_thread_page(world, as_user):
    client = as_user(world["mentor"])
    before = Message.objects.count()
    url = f"/questions/{world['thread_a'].pk}/repondre/"
    for text in ["", "x" * 100_000]:
        response = client.post(url, {"text": text})
        assert response.status_code == 200
        assert 'class="field-error"' in response.content.decode()
    assert client.get(url).status_code == 405
    assert Message.objects.count() == before


def test_posts_without_csrf_are_refused(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["learner_a"])
    before = counts()
    response = client.post(ask_url(world["lesson"]), {"text": "Sans jeton"})
    assert response.status_code == 403
    assert "Cette page a expiré" in response.content.decode()
    assert (
        client.post(f"/questions/{world['thread_a'].pk}/repondre/", {"text": "x"}).status_code
        == 403
    )
    assert counts() == before


def test_own_message_can_be_corrected_and_withdrawn_for_15_minutes(world, as_user):
    answer = world["answer"]
    client = as_user(world["mentor"])
    url = f"/messages/{answer.pk}/modifier/"
    assert client.post(url, {"text": ""}).status_code == 200
    assert client.post(url, {"text": "En haut à gauche : le bouton bleu."}).status_code == 302
    answer.refresh_from_db()
    assert answer.text == "En haut à gauche : le bouton bleu." and answer.edited_at
    Message.objects.filter(pk=answer.pk).update(created_at=timezone.now() - timedelta(minutes=16))
    response = client.post(url, {"text": "Trop tard"})
    assert response.status_code == 403
    assert "pendant 15 minutes" in response.content.decode()
    assert client.post(f"/messages/{answer.pk}/supprimer/").status_code == 403
    answer.refresh_from_db()
    assert answer.text == "En haut à gauche : le bouton bleu." and not answer.is_deleted


def test_withdrawing_an_answer_blanks_it(world, as_user):
    answer = world["answer"]
    client = as_user(world["mentor"])
    response = client.post(f"/messages/{answer.pk}/supprimer/")
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.text == "" and answer.is_deleted
    html = as_user(world["learner_a"]).get(world["lesson"].url).content.decode()
    assert "Message retiré." in html and "Il est en haut" not in html


def test_withdrawing_an_unanswered_question_removes_it(people, steps_lesson, as_user):
    client = as_user(people["learner_a"])
    client.post(ask_url(steps_lesson), {"text": "Finalement non"})
    message = Message.objects.get()
    response = client.post(f"/messages/{message.pk}/supprimer/", {"next": steps_lesson.url})
    assert response.status_code == 302 and response["Location"] == steps_lesson.url
    assert counts() == (0, 0)


def test_a_facilitator_hides_a_message_and_the_thread(world, as_user):
    answer, thread = world["answer"], world["thread_a"]
    client = as_user(world["facilitator"])
    assert client.post(f"/messages/{answer.pk}/masquer/", {"hidden": "1"}).status_code == 302
    answer.refresh_from_db()
    assert answer.is_hidden
    world["report"].refresh_from_db()
    assert world["report"].outcome == "hidden"  # the report on it is settled
    html = unescape(as_user(world["learner_a"]).get(world["lesson"].url).content.decode())
    assert "Message masqué par l'équipe d'animation." in html and "Il est en haut" not in html
    html = unescape(as_user(world["mentor"]).get(f"/questions/{thread.pk}/").content.decode())
    assert "Masqué par l'équipe d'animation" in html  # the author still sees their own text
    client = as_user(world["facilitator"])
    client.post(f"/questions/{thread.pk}/masquer/", {"hidden": "1"})
    assert as_user(world["mentor"]).get(f"/questions/{thread.pk}/").status_code == 404
    client = as_user(world["learner_a"])
    assert client.get(f"/questions/{thread.pk}/").status_code == 200
    response = client.post(f"/questions/{thread.pk}/repondre/", {"text": "Allô ?"})
    assert response.status_code == 403 and "masquée" in response.content.decode()


def test_reading_a_thread_marks_it_read(world, as_user):
    thread = world["thread_a"]
    client = as_user(world["learner_a"])
    assert "(1 réponse nouvelle)" in client.get("/mes-questions/").content.decode()
    html = client.get(f"/questions/{thread.pk}/").content.decode()
    assert "Nouveau</span>" in html  # the answer is flagged on the page that shows it…
    assert "réponse nouvelle" not in html  # …and no longer counted in its menu
    assert ReadMark.objects.filter(thread=thread, user=world["learner_a"]).exists()
    assert "réponse nouvelle" not in client.get("/mes-questions/").content.decode()


def test_services_refuse_what_views_would(world):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.message_post(author=world["learner_b"], thread=world["thread_a"], text="x")
    with pytest.raises(PermissionDenied):
        services.question_ask(learner=world["mentor"], lesson=world["lesson"], text="x")
    with pytest.raises(PermissionDenied):
        services.thread_set_solved(learner=world["mentor"], thread=world["thread_a"])
