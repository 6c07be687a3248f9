"""A learner with data in every app, for the erasure journeys: lessons, answers, H5P, questions,
a report, read marks, a mentor, workshops past and to come (with someone waiting), positioning,
a certificate, a public, a reading choice and a sign-in log."""

import datetime
import io

from django.test import Client, override_settings
from django.utils import timezone

from accounts.models import Public
from certificates.services import certificate_issue
from exercises.factories import ExerciseFactory, place
from exercises.h5p.services import h5p_package_import
from exercises.h5p.tests.builders import build_package
from exercises.scorm.cmi import parse_commit
from exercises.scorm.services import scorm_package_import
from exercises.scorm.tests.conftest import build_package as build_scorm_package
from exercises.scorm.tests.conftest import place_package
from lrs.models import OutboxStatement
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
    partners.report_create(reporter=learner, message=answer, reason="Pas clair.")
    partners.message_set_hidden(moderator=facilitator, message=answer)
    partners.message_set_hidden(moderator=facilitator, message=answer, hidden=False)
    partners.report_create(reporter=learner, message=answer)  # still open
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
    # xAPI: the centre sends its learning records; they wait in the outbox (nothing listens).
    centre.sends_learning_records = True
    centre.save(update_fields=["sends_learning_records"])
    lrs_set = override_settings(LRS_URL="http://127.0.0.1:9/xAPI/")
    lrs_set.enable()
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
    # SCORM: an attempt's CMI data (where Marie stopped, what she answered), and its result.
    scorm = scorm_package_import(source=io.BytesIO(build_scorm_package()), title="Module").scorm
    place_package(lessons[1], scorm)
    parsed = parse_commit(
        "1.2",
        {
            "cmi": {
                "suspend_data": "page=4;réponses de Marie",
                "core": {
                    "lesson_status": "passed",
                    "lesson_location": "page-4",
                    "exit": "suspend",
                    "session_time": "00:02:00",
                    "total_time": "00:05:00",
                    "score": {"raw": "90", "min": "0", "max": "100"},
                },
                "interactions": {"0": {"id": "q1", "student_response": "choix de Marie"}},
            }
        },
    )
    progress.scorm_commit_record(
        user=learner,
        package=scorm,
        lesson=lessons[1],
        sco="i1",
        attempt_id=None,
        parsed=parsed,
        finished=True,
        scos=["i1"],
    )
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
    lrs_set.disable()
    first = OutboxStatement.objects.filter(user=learner).order_by("pk").first()
    OutboxStatement.objects.filter(pk=first.pk).update(status="sent", sent_at=timezone.now())
    cv, cv_entry, letter = _job_search(learner)
    # An offer of the centre's employment service proposed to her, seen and answered.
    offer = _job_offer(learner)
    partner = _partners(people, lessons[0])
    partner.update(_appointments(people))
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
        "scorm": scorm,
        "exercise": exercise,
        "certificate": certificate,
        "cv": cv,
        "cv_entry": cv_entry,
        "letter": letter,
        "offer": offer,
    }


def _job_search(learner):
    """A CV with every part filled (a photo, a line, a notice of deletion) and a letter."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from jobsearch import services as jobsearch

    cv = jobsearch.cv_create(user=learner)
    jobsearch.cv_update(
        cv=cv,
        step="loisirs",
        data={
            "first_name": "Marie", "last_name": "Lefèvre", "town": "Châteauroux",
            "phone": "06 11 22 33 44", "email": "marie@example.org", "job_sought": "Vendeuse",
            "summary": "Souriante et organisée.", "skills": ["caisse"],
            "other_skills": "Coudre", "languages": "Français", "licence": "autre",
            "licence_other": "Permis bateau", "interests": "Chorale",
        },
    )  # fmt: skip
    picture = io.BytesIO()
    Image.new("RGB", (300, 400), (90, 120, 200)).save(picture, "JPEG")
    jobsearch.cv_photo_set(
        cv=cv, upload=SimpleUploadedFile("moi.jpg", picture.getvalue(), "image/jpeg")
    )
    entry = jobsearch.entry_add(
        cv=cv,
        kind="experience",
        data={"nature": "benevolat", "title": "Épicerie solidaire", "place": "Déols",
              "period": "2019 – 2024", "description": "Accueil et caisse."},
    )  # fmt: skip
    letter = jobsearch.letter_create(user=learner, cv=cv)
    jobsearch.letter_update(
        letter=letter,
        step="nous",
        data={
            "job_title": "Vendeuse", "employer": "Boulangerie Martin",
            "offer_text": "Recherche vendeuse à mi-temps.", "recipient": "M. Martin",
            "about_you": "Votre boulangerie.", "about_me": "Mon expérience.",
            "about_us": "Rencontrons-nous.",
        },
    )  # fmt: skip
    # Shared with the centre's employment service, and a question to it.
    jobsearch.document_share(document=cv, user=learner)
    jobsearch.comment_add(
        document=cv, author=learner, text="Pouvez-vous relire mon CV ?", from_service=False
    )
    # The clean-up's notice, so that the export is seen to carry its date too.
    type(cv).objects.filter(pk=cv.pk).update(stale_notice_at=cv.updated_at)
    type(letter).objects.filter(pk=letter.pk).update(stale_notice_at=letter.updated_at)
    cv.refresh_from_db()
    letter.refresh_from_db()
    return cv, entry, letter


def _job_offer(learner):
    """A counsellor of her centre proposes her an offer; she reads it and is interested."""
    from django.contrib.auth import get_user_model

    from accounts.roles import COUNSELLORS, role_group
    from jobsearch import offer_services

    counsellor = get_user_model().objects.create_user(
        "conseillere", password="conseil-pass-789", centre=learner.centre, first_name="Inès"
    )
    counsellor.groups.add(role_group(COUNSELLORS))
    offer = offer_services.offer_create(
        author=counsellor,
        data={
            "title": "Vendeuse en boulangerie", "employer": "Fournil du Centre",
            "place": "Déols", "contract": "cdi", "link": "https://emploi.example.fr/1",
            "closes_on": timezone.localdate() + datetime.timedelta(days=30),
            "description": "Mi-temps, le matin.",
        },
    )  # fmt: skip
    offer_services.offer_propose(offer=offer, by=counsellor, learner_ids=[learner.pk])
    offer_services.proposals_mark_seen(user=learner)
    proposal = offer.proposals.get()
    offer_services.proposal_answer(proposal=proposal, answer="interesse")
    return offer


def _appointments(people):
    """One-to-one help: slots the facilitator published and helps in, one the learner booked
    herself (to come), one the desk booked for her, and one she came to."""
    from appointments import services as appointments
    from appointments.models import Booking, Slot

    facilitator, learner, centre = people["facilitator"], people["learner_a"], people["centre"]
    room = Room.objects.get_or_create(centre=centre, name="Bureau d'accueil")[0]
    appointments.slots_publish(
        centre=centre,
        first_day=timezone.localdate() + datetime.timedelta(days=5),
        start=datetime.time(9),
        end=datetime.time(10),
        minutes=30,
        weeks=1,
        room=room,
        helper=facilitator,
        note="Apportez vos courriers",
        by=facilitator,
    )
    first, second = Slot.objects.filter(centre=centre, helper=facilitator).order_by("starts_at")
    coming = appointments.booking_create(slot=first, learner=learner, purpose="cv")
    appointments.booking_create(slot=second, learner=learner, purpose="lettre", by=facilitator)
    held = Slot.objects.create(
        centre=centre,
        starts_at=timezone.now() - datetime.timedelta(days=3),
        minutes=45,
        place="l'accueil",
        helper=facilitator,
        created_by=facilitator,
    )
    past = Booking.objects.create(
        slot=held, learner=learner, purpose="demarche", booked_by=learner, attended=True,
        attendance_at=timezone.now(),
    )  # fmt: skip
    return {"appointment_slot": first, "appointment": coming, "appointment_past": past}
