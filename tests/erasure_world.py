"""A learner with data in every app, for the erasure journeys: lessons, answers, H5P, questions,
a report, read marks, a mentor, workshops past and to come (with someone waiting), positioning,
a certificate, a public, a reading choice and a sign-in log."""

import datetime
import io

from django.test import Client
from django.utils import timezone

from accounts.models import Public
from certificates.services import certificate_issue
from exercises.factories import ExerciseFactory, place
from exercises.h5p.services import h5p_package_import
from exercises.h5p.tests.builders import build_package
from mentoring import services as mentoring
from mentoring.models import Pairing, Tip
from positioning.items import DONT_KNOW, ITEMS
from positioning.services import positioning_result_create
from progress import services as progress
from progress.models import XAPIStatement
from progress.services import h5p_state_save
from reading.choice import ReadingChoice
from reading.services import reading_preference_save
from workshops.models import Enrolment, Room
from workshops.services import attendance_set, enrolment_add, session_create


def sign_in(username, code):
    """A real sign-in through the site, so that django-axes writes its log."""
    client = Client(HTTP_USER_AGENT="Navigateur de Marie/1.0")
    response = client.post(
        "/connexion/", {"username": username, "password": code}, REMOTE_ADDR="10.0.0.42"
    )
    assert response.status_code == 302
    return client


def _session(centre, room, starts_at, *, places=8, track=None, title="Internet"):
    return session_create(
        centre=centre,
        title=title,
        room=room,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=90),
        track=track,
        places=places,
        now=starts_at - datetime.timedelta(days=7),
    )


def _partners(people, lesson):
    """The mentor is also a CAF agent here (so that the export test, which tries the learner,
    the mentor and the facilitator, meets every key): a permanence the learner will come to, a
    question answered and read, a frequent question reviewed, moderation."""
    from accounts.roles import AGENTS, role_group
    from partners import services as partners
    from partners.models import Agent, Organisation

    learner, agent, facilitator = people["learner_a"], people["mentor"], people["facilitator"]
    caf = Organisation.objects.create(
        name="CAF", short_name="la CAF", service="Allocations", helps_with="Vos aides"
    )
    agent.groups.add(role_group(AGENTS))
    Agent.objects.create(user=agent, organisation=caf, invited_by=facilitator).centres.add(
        people["centre"]
    )
    agent.refresh_from_db()
    starts = timezone.now() + datetime.timedelta(days=2)
    permanence = partners.permanence_create(
        agent_user=agent,
        centre=people["centre"],
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        place="Espace Public",
    )
    partners.visit_set(learner=learner, permanence=permanence)
    question, _kinds = partners.question_ask(
        learner=learner, organisation=caf, text="Pourquoi mon aide baisse ?", lesson=lesson
    )
    answer, _kinds = partners.message_post(author=agent, question=question, text="Venez mardi.")
    follow_up, _kinds = partners.message_post(
        author=learner, question=question, text="Merci, je viendrai."
    )
    partners.message_edit(author=learner, message=follow_up, text="Merci, je viendrai mardi.")
    partners.message_set_hidden(moderator=facilitator, message=answer)
    partners.message_set_hidden(moderator=facilitator, message=answer, hidden=False)
    partners.question_set_hidden(moderator=facilitator, question=question)
    partners.question_set_hidden(moderator=facilitator, question=question, hidden=False)
    frequent = partners.frequent_propose(
        agent_user=agent, message=answer, question="Pourquoi l'aide baisse ?", answer="Elle suit."
    )
    partners.frequent_review(reviewer=facilitator, frequent=frequent, approve=True)
    return {"caf": caf, "permanence": permanence, "service_question": question}


def build(people):
    learner, other = people["learner_a"], people["learner_b"]
    mentor, centre = people["mentor"], people["centre"]
    course, lessons = people["course"], people["lessons"]
    learner.public = Public.RETIRED
    learner.display_name = "Mamie Marie"
    learner.save(update_fields=["public", "display_name"])
    # Lessons: the whole course, an answer to a native exercise and to an H5P activity.
    for lesson in lessons:
        progress.lesson_visit(user=learner, lesson=lesson)
        progress.lesson_complete(user=learner, lesson=lesson)
    progress.lesson_position_set(user=learner, lesson=lessons[0], position="b-etape-2")
    progress.lesson_visit(user=other, lesson=lessons[0])
    exercise = ExerciseFactory(title="Le bon bouton")
    place(lessons[2], exercise)
    progress.exercise_attempt_record(
        user=learner,
        lesson=lessons[2],
        score=1.0,
        passed=True,
        answer={"choice": ["Marie a répondu"]},
        exercise=exercise,
    )
    activity = h5p_package_import(source=io.BytesIO(build_package()), title="Le bon choix").activity
    progress.exercise_attempt_record(
        user=learner,
        lesson=lessons[1],
        score=0.75,
        passed=True,
        answer={"xapi": "answered"},
        activity=activity,
    )
    h5p_state_save(user=learner, activity=activity, lesson=lessons[1], state='{"page": 2}')
    XAPIStatement.objects.create(
        user=learner,
        activity=activity,
        lesson_id=lessons[1].pk,
        verb="answered",
        score=0.75,
        success=True,
        statement={"verb": "answered", "result": {"response": "réponse de Marie"}},
    )
    # Mentoring: an accepted mentor, a proposal, a question answered, a tip, a report.
    Pairing.objects.create(
        mentor=mentor,
        learner=learner,
        status=Pairing.Status.ACCEPTED,
        proposed_by=people["facilitator"],
        accepted_at=timezone.now(),
    )
    Pairing.objects.create(
        mentor=people["other_mentor"], learner=learner, proposed_by=people["facilitator"]
    )
    thread = mentoring.question_ask(
        learner=learner, lesson=lessons[0], text="Où est le bouton Démarrer ?"
    )
    answer = mentoring.message_post(author=mentor, thread=thread, text="En bas à gauche.")
    mentoring.threads_mark_read(user=learner, threads=[thread])
    tip = Tip.objects.create(
        lesson_id=lessons[0].pk, mentor=mentor, text="Prenez votre temps.", status="approved"
    )
    mentoring.report_create(reporter=learner, message=answer, reason="Je ne comprends pas")
    mentoring.report_create(reporter=learner, tip=tip, reason="Pas clair pour moi")
    # Workshops: present last month (hand raised), a place to come, someone waiting for it.
    room = Room.objects.create(centre=centre, name="Espace Atelier")
    now = timezone.now()
    past = _session(centre, room, now - datetime.timedelta(days=20), track=course)
    row = enrolment_add(session=past, user=learner, now=past.starts_at)
    attendance_set(enrolment=row, attended=True)
    Enrolment.objects.filter(pk=row.pk).update(hand_raised_at=past.starts_at, last_seen_at=now)
    attendance_set(
        enrolment=enrolment_add(session=past, user=other, now=past.starts_at), attended=False
    )
    coming = _session(centre, room, now + datetime.timedelta(days=3), places=1, title="Tablette")
    enrolment_add(session=coming, user=learner)
    waiting = enrolment_add(session=coming, user=other)
    assert waiting.status == Enrolment.Status.WAITING
    # Positioning, certificate, reading choice.
    answers = {item.key: DONT_KNOW for item in ITEMS}
    positioning_result_create(
        user=learner, answers=answers, track_ids_by_area={}, taken_with=people["facilitator"]
    )
    certificate = certificate_issue(user=learner, course=course, by=people["facilitator"])
    reading_preference_save(user=learner, choice=ReadingChoice(size=2, contrast=True))
    partner = _partners(people, lessons[0])
    sign_in(learner.username, people["code_a"])
    learner.refresh_from_db()
    return {
        **partner,
        "learner": learner,
        "thread": thread,
        "answer": answer,
        "tip": tip,
        "past": past,
        "coming": coming,
        "waiting": waiting,
        "activity": activity,
        "exercise": exercise,
        "certificate": certificate,
    }
