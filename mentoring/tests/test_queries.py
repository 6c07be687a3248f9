"""Mentoring pages read from a constant number of queries, however many questions, answers
and tips there are."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from mentoring import services
from mentoring.models import Message, Pairing, Thread, Tip


def queries_for(client, url):
    client.get(url)  # warm per-process caches, and mark what is shown as read
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def add_activity(world, threads, answers, tips):
    """More of everything, written directly (the flood limit is for people)."""
    lesson, a, mentor = world["lesson"], world["learner_a"], world["mentor"]
    for number in range(threads):
        thread = Thread.objects.create(learner=a, lesson_id=lesson.pk)
        Message.objects.create(thread=thread, author=a, text=f"Question {number}")
        for answer in range(answers):
            Message.objects.create(thread=thread, author=mentor, text=f"Réponse {answer}")
    for number in range(tips):
        Tip.objects.create(
            lesson_id=lesson.pk, mentor=mentor, text=f"Conseil {number}", status="approved"
        )


def test_lesson_page_queries_do_not_grow(world, as_user):
    client = as_user(world["learner_a"])
    url = world["lesson"].url
    few = queries_for(client, url)
    add_activity(world, threads=8, answers=5, tips=6)
    many = queries_for(client, url)
    assert few == many
    # The lesson alone is 15; mentoring adds 4 (5 when the learner has questions here: the
    # messages are only read then), the menu's counts 1, the workshop's live bar 1 (is a
    # session of mine on now?).
    assert many <= 22
    print(f"\nlesson page, signed-in learner: {many} queries")  # noqa: T201


def test_lesson_page_queries_for_a_mentor_and_a_visitor(world, as_user, client):
    visitor = queries_for(client, world["lesson"].url)
    mentor_client = as_user(world["mentor"])
    mentor = queries_for(mentor_client, world["lesson"].url)
    add_activity(world, threads=5, answers=3, tips=6)
    assert queries_for(mentor_client, world["lesson"].url) == mentor
    client.logout()
    assert queries_for(client, world["lesson"].url) == visitor


def test_lists_do_not_grow(world, as_user):
    services.report_create(reporter=world["learner_a"], tip=world["approved_tip"])
    pages = {
        "learner_a": ["/mes-questions/", f"/questions/{world['thread_a'].pk}/"],
        "mentor": ["/mes-apprenants/", f"/mes-apprenants/{world['learner_a'].pk}/"],
        "facilitator": [
            "/animation/questions/",
            "/animation/questions/?toutes=1",
            "/animation/accompagnement/",
            "/animation/signalements/",
        ],
    }
    before = {
        (role, url): queries_for(as_user(world[role]), url)
        for role, urls in pages.items()
        for url in urls
    }
    add_activity(world, threads=6, answers=4, tips=3)
    for learner in (world["learner_b"],):
        Pairing.objects.create(
            mentor=world["mentor"], learner=learner, status="accepted", accepted_at=timezone.now()
        )
        services.question_ask(learner=learner, lesson=world["lesson"], text="Et moi ?")
    services.report_create(reporter=world["learner_b"], tip=world["approved_tip"])
    services.report_create(reporter=world["facilitator"], message=world["question_a"])
    after = {
        (role, url): queries_for(as_user(world[role]), url)
        for role, urls in pages.items()
        for url in urls
    }
    assert after == before
