"""The data the URL walk fills its addresses with: two centres, each with its people, rooms,
workshops, sessions, questions, tips, reports and certificates, and the content they share
(course, lessons, exercise, H5P activity, image, document, tag). Built once per module.

`ids` maps a value name to the values to try, centre A's first: each parameter of a URL
pattern is filled from it (see tests/test_url_walk.py)."""

import datetime
import io
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from taggit.models import Tag
from wagtail.admin.models import EditingSession
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    PageViewRestriction,
    Site,
    UploadedFile,
    Workflow,
)

from accounts.models import Centre
from accounts.roles import ADMINS, FACILITATORS, MENTORS, ensure_roles
from accounts.services import learner_create, person_with_code_create
from courses.factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    DocumentFactory,
    GlossaryTermFactory,
    ImageFactory,
    LessonPageFactory,
)
from courses.models import HomePage
from exercises.factories import ExerciseFactory, place
from exercises.h5p.models import H5PLibrary
from exercises.h5p.services import h5p_package_import
from exercises.h5p.tests.builders import build_package
from exercises.h5p.tests.conftest import place_activity
from exercises.scorm.services import scorm_package_import
from exercises.scorm.tests.conftest import build_package as build_scorm_package
from exercises.scorm.tests.conftest import place_package
from figures.services import visit_record
from mentoring import services as mentoring
from progress.services import lesson_complete
from workshops.models import Room, Workshop
from workshops.services import enrolment_add, sessions_generate

ROLES = ("anonymous", "learner", "mentor", "facilitator_a", "facilitator_b", "superuser")


def _centre(slug, name, course, lessons, groups):
    """One centre with its people and everything they made."""
    users = get_user_model()
    centre = Centre.objects.create(name=name, slug=slug)
    learner, _code = learner_create(centre=centre, first_name=f"Marie{slug}")
    other_learner, _code = learner_create(centre=centre, first_name=f"Jean{slug}")
    mentor, _code = person_with_code_create(centre=centre, first_name=f"Ange{slug}", role=MENTORS)
    facilitator = users.objects.create_user(
        f"anim-{slug}", password="x" * 12, centre=centre, first_name=f"Anim{slug}"
    )
    facilitator.groups.add(groups[FACILITATORS])
    room = Room.objects.create(centre=centre, name=f"Salle {slug}")
    workshop = Workshop(
        centre=centre,
        track=course,
        weekday=(timezone.localdate() + datetime.timedelta(days=2)).weekday(),
        start_time=datetime.time(14, 0),
        room=room,
        facilitator=facilitator,
    )
    workshop.save()
    sessions, _skipped = sessions_generate(workshop=workshop, weeks=1)
    session = sessions[0]
    enrolment = enrolment_add(session=session, user=learner)
    pairing = mentoring.pairing_propose(by=facilitator, mentor=mentor, learner=learner)
    mentoring.pairing_accept(learner=learner, pairing=pairing)
    thread = mentoring.question_ask(learner=learner, lesson=lessons[0], text="Où est le bouton ?")
    message = mentoring.message_post(author=mentor, thread=thread, text="En bas à gauche.")
    tip = mentoring.tip_submit(mentor=mentor, lesson=lessons[0], text="Prenez votre temps.")
    report = mentoring.report_create(reporter=learner, message=message, reason="Pas clair")
    for lesson in lessons:
        lesson_complete(user=learner, lesson=lesson)
    _pass_required(learner, lessons)
    from certificates.services import certificate_issue

    certificate = certificate_issue(user=learner, course=course, by=facilitator)
    visit_record(centre=centre, purpose="internet", recorded_by=facilitator)
    from jobsearch import services as jobsearch

    cv = jobsearch.cv_create(user=learner)
    cv_entry = jobsearch.entry_add(cv=cv, kind="experience", data={"title": "Vendeuse"})
    letter = jobsearch.letter_create(user=learner, cv=cv)
    counsellor, offer = _employment_service(centre, learner, slug)
    partner = _partner(centre, learner, facilitator, lessons[0])
    partner.update(_appointment(centre, learner, facilitator, room))
    return SimpleNamespace(
        **partner,
        centre=centre,
        learner=learner,
        other_learner=other_learner,
        mentor=mentor,
        facilitator=facilitator,
        room=room,
        workshop=workshop,
        session=session,
        enrolment=enrolment,
        pairing=pairing,
        thread=thread,
        message=message,
        tip=tip,
        report=report,
        certificate=certificate,
        cv=cv,
        cv_entry=cv_entry,
        letter=letter,
        counsellor=counsellor,
        offer=offer,
    )


def _employment_service(centre, learner, slug):
    """The centre's « Conseiller emploi » and an offer they proposed to the learner."""
    from accounts.roles import COUNSELLORS
    from jobsearch import offer_services

    counsellor = get_user_model().objects.create_user(
        f"conseil-{slug}", password="x" * 12, centre=centre, first_name=f"Conseil{slug}"
    )
    counsellor.groups.add(ensure_roles()[COUNSELLORS])
    offer = offer_services.offer_create(
        author=counsellor,
        data={"title": f"Poste {slug}", "employer": "Mairie", "place": "Déols", "contract": "cdd"},
    )
    offer_services.offer_propose(offer=offer, by=counsellor, learner_ids=[learner.pk])
    return counsellor, offer


def _partner(centre, learner, facilitator, lesson):
    """A CAF agent of this centre, their permanence, a question to the CAF, its answer and a
    frequent question made of it."""
    from partners import services as partners
    from partners.models import Organisation

    caf, _created = Organisation.objects.get_or_create(
        name="CAF de l'Indre",
        defaults={"short_name": "la CAF", "service": "Allocations", "helps_with": "Vos aides"},
    )
    agent_record = partners.agent_invite(
        by=facilitator,
        organisation=caf,
        first_name="Agnès",
        last_name="Caf",
        email=f"agent-{centre.slug}@caf.fr",
    )
    agent = agent_record.user
    agent.set_password("x" * 12)
    agent.save()
    starts = timezone.now() + datetime.timedelta(days=3)
    permanence = partners.permanence_create(
        agent_user=agent,
        centre=centre,
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        place="Espace Public",
    )
    question, _kinds = partners.question_ask(
        learner=learner, organisation=caf, text="Mon aide a baissé.", lesson=lesson
    )
    answer, _kinds = partners.message_post(author=agent, question=question, text="Venez mardi.")
    report = partners.report_create(reporter=learner, message=answer)
    frequent = partners.frequent_propose(
        agent_user=agent, message=answer, question="Pourquoi ?", answer="Parce que."
    )
    return {
        "organisation": caf,
        "agent": agent,
        "partner_agent": agent_record,
        "service_report": report,
        "permanence": permanence,
        "service_question": question,
        "service_message": answer,
        "frequent": frequent,
    }


def _appointment(centre, learner, facilitator, room):
    """Two slots of one-to-one help in this centre, the learner booked in the first."""
    from appointments import services as appointments
    from appointments.models import Slot

    appointments.slots_publish(
        centre=centre,
        first_day=timezone.localdate() + datetime.timedelta(days=3),
        start=datetime.time(10, 0),
        end=datetime.time(11, 0),
        minutes=30,
        weeks=1,
        room=room,
        helper=facilitator,
        note="",
        by=facilitator,
    )
    slot = Slot.objects.filter(centre=centre).order_by("starts_at").first()
    booking = appointments.booking_create(slot=slot, learner=learner, purpose="cv")
    return {"appointment_slot": slot, "appointment": booking}


def build_world():
    groups = ensure_roles()
    users = get_user_model()
    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    catalogue = CourseIndexPageFactory(parent=home, slug="ateliers")
    course = CoursePageFactory(parent=catalogue)
    lessons = [LessonPageFactory(parent=course) for _ in range(2)]
    private_course = CoursePageFactory(parent=catalogue, title="Réservé")
    page_restriction = PageViewRestriction.objects.create(
        page=private_course, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    exercise = ExerciseFactory()
    place(lessons[0], exercise)
    activity = h5p_package_import(source=io.BytesIO(build_package())).activity
    place_activity(lessons[1], activity)
    library = H5PLibrary.objects.order_by("pk").first()
    scorm = scorm_package_import(source=io.BytesIO(build_scorm_package())).scorm
    place_package(lessons[1], scorm)
    lessons[0].tags.add("internet")
    tag = Tag.objects.get(name="internet")
    image = ImageFactory()
    document = DocumentFactory()
    collection = Collection.get_first_root_node().add_child(name="Fiches")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    glossary_term = GlossaryTermFactory()
    redirect = Redirect.objects.create(old_path="/ancien", redirect_page=course)

    superuser = users.objects.create_superuser("admin-walk", password="x" * 12)
    superuser.groups.add(groups[ADMINS])
    a = _centre("a", "Espace Numérique", course, lessons, groups)
    b = _centre("b", "Médiathèque", course, lessons, groups)

    workflow = Workflow.objects.order_by("pk").first() or Workflow.objects.create(name="Relire")
    task = GroupApprovalTask.objects.order_by("pk").first()
    lessons[1].save_revision(user=superuser)
    workflow_state = workflow.start(lessons[1], superuser)
    task_state = workflow_state.current_task_state
    uploaded = UploadedFile.objects.create(
        for_content_type=ContentType.objects.get_for_model(type(image)),
        file=ContentFile(b"not a picture", name="essai.png"),
        uploaded_by_user=superuser,
    )
    editing_session = EditingSession.objects.create(
        user=superuser,
        content_type=ContentType.objects.get_for_model(lessons[0], for_concrete_model=False),
        object_id=str(lessons[0].pk),
        last_seen_at=timezone.now(),
    )
    site = Site.objects.get(is_default_site=True)
    lesson = lessons[0]
    pair = lambda attribute: [getattr(a, attribute), getattr(b, attribute)]  # noqa: E731

    objects = {
        "learner": pair("learner"),
        "other_learner": pair("other_learner"),
        "mentor": pair("mentor"),
        "facilitator": pair("facilitator"),
        "centre": pair("centre"),
        "room": pair("room"),
        "workshop": pair("workshop"),
        "session": pair("session"),
        "enrolment": pair("enrolment"),
        "pairing": pair("pairing"),
        "thread": pair("thread"),
        "message": pair("message"),
        "tip": pair("tip"),
        "report": pair("report"),
        "organisation": [a.organisation],
        "permanence": pair("permanence"),
        "service_question": pair("service_question"),
        "service_message": pair("service_message"),
        "frequent": pair("frequent"),
        "partner_agent": pair("partner_agent"),
        "service_report": pair("service_report"),
        "certificate": pair("certificate"),
        "cv": pair("cv"),
        "cv_entry": pair("cv_entry"),
        "letter": pair("letter"),
        "offer": pair("offer"),
        "appointment_slot": pair("appointment_slot"),
        "appointment": pair("appointment"),
        "lesson": [lesson, course],
        "course": [course],
        "catalogue": [catalogue],
        "exercise": [exercise],
        "activity": [activity],
        "library": [library],
        "scorm_package": [scorm],
        "image": [image],
        "document": [document],
        "collection": [collection],
        "collection_restriction": [collection_restriction],
        "page_restriction": [page_restriction],
        "glossary_term": [glossary_term],
        "redirect": [redirect],
        "workflow": [workflow],
        "task": [task],
        "workflow_state": [workflow_state],
        "task_state": [task_state],
        "uploaded_file": [uploaded],
        "editing_session": [editing_session],
        "site": [site],
        "group": [groups[FACILITATORS]],
    }
    ids = {
        key: list(dict.fromkeys(str(item.pk) for item in items)) for key, items in objects.items()
    }
    ids.update(
        {
            "revision": [str(lesson.latest_revision_id)],
            "step": ["1"],
            "question": ["identite"],
            "tag_slug": [tag.slug],
            "certificate_code": [a.certificate.code, b.certificate.code],
            "content_key": [activity.content_key],
            "content_file": ["h5p.json"],
            "library_folder": [library.folder],
            "scorm_key": [scorm.content_key],
            "scorm_file": ["index.html"],
            "library_file": ["scripts/main.js"],
            "document_filename": [document.filename],
            "media_path": [image.file.name],
            "page_path": [lesson.url.lstrip("/")],
            "filter_spec": ["fill-80x60"],
            "uidb64": [urlsafe_base64_encode(force_bytes(a.facilitator.pk))],
            "token": [default_token_generator.make_token(a.facilitator)],
            "api_action": ["copy"],
            "workflow_action": ["approve"],
        }
    )
    people = {
        "learner": a.learner,
        "mentor": a.mentor,
        "facilitator_a": a.facilitator,
        "facilitator_b": b.facilitator,
        "superuser": superuser,
        # Walked on the employment service's addresses only (test_counsellor_walk).
        "counsellor": a.counsellor,
    }
    return SimpleNamespace(ids=ids, people=people, objects=objects)


def _pass_required(learner, lessons):
    """Every « à réussir » exercise and activity of the lessons passed: the certificate asks it."""
    from exercises.h5p.models import H5PActivity
    from exercises.models import Exercise
    from exercises.placement import required_in_lesson
    from exercises.scorm.models import ScormPackage
    from progress.services import exercise_attempt_record

    for lesson in lessons:
        required = required_in_lesson(lesson)
        targets = [{"exercise": row} for row in Exercise.objects.filter(pk__in=required.exercises)]
        targets += [
            {"activity": row} for row in H5PActivity.objects.filter(pk__in=required.activities)
        ]
        targets += [{"scorm": row} for row in ScormPackage.objects.filter(pk__in=required.scorm)]
        for target in targets:
            exercise_attempt_record(
                user=learner, lesson=lesson, score=100, passed=True, answer={}, **target
            )
