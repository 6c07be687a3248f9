"""Check-then-act in mentoring: a decision made on a page loaded a moment ago, and limits
counted then written, hold when two things happen at once."""

import pytest

from accounts.roles import MENTORS
from mentoring import services
from mentoring.limits import RATE_LIMIT_POSTS
from mentoring.models import Message, Pairing
from tests.concurrency import run_together


def test_a_pairing_ended_a_moment_ago_cannot_be_accepted_from_the_old_page(people):
    pairing = services.pairing_propose(
        by=people["facilitator"], mentor=people["mentor"], learner=people["learner_a"]
    )
    seen_by_learner = Pairing.objects.get(pk=pairing.pk)  # the page the learner has open
    services.pairing_end(by=people["facilitator"], pairing=pairing)
    with pytest.raises(services.Refused, match="n'attend plus votre réponse"):
        services.pairing_accept(learner=people["learner_a"], pairing=seen_by_learner)
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.ENDED and pairing.accepted_at is None


def test_a_pairing_ended_twice_from_two_old_pages_ends_once(people):
    pairing = services.pairing_propose(
        by=people["facilitator"], mentor=people["mentor"], learner=people["learner_a"]
    )
    first, second = (Pairing.objects.get(pk=pairing.pk) for _ in range(2))
    services.pairing_end(by=people["learner_a"], pairing=first)
    ended_at = Pairing.objects.get(pk=pairing.pk).ended_at
    with pytest.raises(services.Refused, match="déjà terminé"):
        services.pairing_end(by=people["facilitator"], pairing=second)
    assert Pairing.objects.get(pk=pairing.pk).ended_at == ended_at


def _post_at_once(people, lesson):
    learner = people["learner_a"]
    thread = services.question_ask(learner=learner, lesson=lesson, text="Première question")
    for n in range(RATE_LIMIT_POSTS - 2):
        services.message_post(author=learner, thread=thread, text=f"Encore {n}")
    assert Message.objects.filter(author=learner).count() == RATE_LIMIT_POSTS - 1
    accepted = []

    def post(n):
        services.message_post(author=learner, thread=thread, text=f"En même temps {n}")
        accepted.append(n)

    errors = run_together(*[lambda n=n: post(n) for n in range(6)])
    return accepted, errors


@pytest.mark.postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_posts_sent_at_once_do_not_pass_the_rate_limit(people):
    accepted, errors = _post_at_once(people, people["lessons"][0])
    assert len(accepted) == 1
    assert len(errors) == 5 and all(isinstance(e, services.RateLimited) for e in errors)
    assert Message.objects.filter(author=people["learner_a"]).count() == RATE_LIMIT_POSTS


@pytest.mark.postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_pairing_proposed_while_the_mentor_role_is_withdrawn_never_outlives_it(people):
    from django.contrib.auth.models import Group

    mentor, learner = people["mentor"], people["learner_a"]
    mentors = Group.objects.get(name=MENTORS)
    for _round in range(8):
        mentor.groups.add(mentors)
        Pairing.objects.all().delete()
        errors = run_together(
            lambda: services.pairing_propose(
                by=people["facilitator"], mentor=mentor, learner=learner
            ),
            lambda: services.mentor_role_revoke(by=people["facilitator"], mentor=mentor),
        )
        assert all(isinstance(e, services.Refused) for e in errors), errors
        active = Pairing.objects.filter(
            mentor=mentor, status__in=[Pairing.Status.PROPOSED, Pairing.Status.ACCEPTED]
        )
        assert not mentor.groups.filter(name=MENTORS).exists()
        assert not active.exists()
