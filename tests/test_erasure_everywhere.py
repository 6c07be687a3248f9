"""Erase a learner who left data in every app, then walk every page a facilitator, a mentor
and an admin can open: none fails, the people left see « personne effacée » where she was."""

import io
import json
import re

import pytest
from axes.models import AccessLog
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from accounts import privacy
from figures.tests.test_erasure_keeps_figures import _everything as figure_pages
from workshops.models import Enrolment

from .erasure_world import build

# Routes with parts in their address: which object each part names (the erased person's
# things wherever she had some). A new route with a new part fails until it is listed here.
ARGUMENTS = {
    "documents/": None,  # Wagtail's document serving: no person
    "h5p/contenu/": None,  # files of H5P packages, served on their own host
    "h5p/bibliotheques/": None,
    "h5p/ensembles/": None,  # aggregated scripts and stylesheets of H5P libraries
    "scorm/contenu/": None,  # files of SCORM packages, served on the player's host
    "_util/": None,
    "media/": None,
    "themes/": None,  # content only
    "((?:": None,  # Wagtail's pages: the course and its lessons are walked below
    "mon-parcours/attestation/<str:code>.pdf": lambda w: {"code": w["certificate"].code},
    "attestation/verifier/<str:code>/": lambda w: {"code": w["certificate"].code},
    "mon-ange-gardien/": lambda w: {"pk": 1, "decision": "accepter"},
    "activite/": lambda w: {"kind": "page", "pk": w["course"].pk},  # an xAPI activity id
    # An e-mail confirmation link: a signed token, not a row (a made-up one is refused).
    "mon-compte/adresse/": lambda w: {"token": "not-a-real-token"},
    # An agent's invitation link: a signed token, not a row (a made-up one is refused).
    "partenaires/invitation/": lambda w: {"uidb64": "MQ", "token": "not-a-real-token"},
    "partenaires/services/": lambda w: {"organisation_id": w["caf"].pk},
    "mes-rendez-vous/creneau/": lambda w: {"pk": w["appointment_slot"].pk},
    "mes-rendez-vous/": lambda w: {"pk": w["appointment"].pk},
    "animation/rendez-vous/reservations/": lambda w: {"pk": w["appointment"].pk},
    "animation/rendez-vous/": lambda w: {"pk": w["appointment_slot"].pk},
}


def _routes(resolver=None, prefix="", admin=False):
    for pattern in (resolver or get_resolver()).url_patterns:
        text = prefix + str(pattern.pattern).lstrip("^").rstrip("$")
        if isinstance(pattern, URLResolver):
            if text.startswith(("admin", "django-admin")) != admin and prefix == "":
                continue
            yield from _routes(pattern, text, admin)
        elif isinstance(pattern, URLPattern):
            yield text, pattern


def _values(world):
    """Every id a route may take, pointing at what the erased learner left behind."""
    return {
        "pk": [
            world["past"].pk,
            world["coming"].pk,
            world["thread"].pk,
            world["learner_pk"],
            world["certificate"].pk,
            world["tip"].pk,
        ],
        "learner_id": [world["learner_pk"]],
        "learner_pk": [world["learner_pk"]],
        "enrolment_pk": [world["waiting"].pk],
        "page_id": [world["lessons"][0].pk],
        "course_id": [world["course"].pk],
        "exercise_id": [world["exercise"].pk],
        "activity_id": [world["activity"].pk],
        "package_id": [world["scorm"].pk],
        "step": [1],
        "cv_id": [world["cv"].pk],
        "entry_id": [world["cv_entry"].pk],
        "letter_id": [world["letter"].pk],
        "offer_id": [world["offer"].pk],
        "question": ["identite"],
    }


def addresses(world):
    """Every GET address of the site (the admin apart), filled with the learner's things."""
    values = _values(world)
    found = []
    for text, _pattern in _routes():
        special = next((v for k, v in ARGUMENTS.items() if text.startswith(k)), False)
        if special is None:
            continue
        parts = re.findall(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>", text)
        names = [a or b for a, b in parts]
        if not names:
            found.append("/" + text)
            continue
        if special:
            kwargs_list = [special(world)]
        else:
            missing = [name for name in names if name not in values]
            assert not missing, f"List what {missing} names in {text} (ARGUMENTS)"
            kwargs_list = [
                {name: values[name][i % len(values[name])] for name in names}
                for i in range(max(len(values[name]) for name in names))
            ]
        for kwargs in kwargs_list:
            path = text
            for name, value in kwargs.items():
                path = re.sub(rf"<(?:\w+:)?{name}>|\(\?P<{name}>[^)]*\)", str(value), path)
            found.append("/" + path)
    return found


def admin_pages(world):
    """Every page of the Wagtail admin without a part in its address, and the erased
    person's own page there."""
    found = [
        "/" + text
        for text, _pattern in _routes(admin=True)
        if text.startswith("admin/")
        and "<" not in text
        and "(?P" not in text
        and text != "admin/failwhale/"  # Wagtail's own « this is a test » error page
    ]
    return [
        *found,
        f"/admin/users/{world['learner_pk']}/",
        f"/admin/users/edit/{world['learner_pk']}/",
    ]


# What the facilitator must still be able to open and use after the erasure.
MUST_OPEN = [
    "/animation/seances/{past}/",
    "/animation/seances/{coming}/",
    "/animation/seances/{past}/feuille/",
    "/animation/seances/{past}/salle/",
    "/animation/seances/{past}/salle/etat/",
    "/animation/seances/{past}/suivi/",
    "/animation/seances/{past}/suivi/export.csv",
    "/animation/suivi/parcours/{course}/",
    "/animation/suivi/parcours/{course}/export.csv",
    "/animation/signalements/",
    "/animation/questions/",
    "/animation/accompagnement/",
    "/animation/attestations/",
    "/animation/positionnement/",
    "/animation/chiffres/",
    "/animation/chiffres/export.csv",
    "/animation/ateliers/",
    "/attestation/verifier/{code}/",
]


def _personal_traces(world, code):
    """What would tie a row to the person: her names, her words, her sign-in."""
    learner = world["learner"]
    return [
        learner.username,
        code,
        "Marie",
        "Mamie",
        "10.0.0.42",
        "Navigateur de Marie",
        "Où est le bouton Démarrer",
        "Je ne comprends pas",
        "Pas clair pour moi",
        "réponse de Marie",
        "Marie a répondu",
        "b-etape-2",
        "Épicerie solidaire",
        "Boulangerie Martin",
    ]


def _dump():
    out = io.StringIO()
    call_command("dumpdata", "--all", "--format=json", stdout=out)
    return json.loads(out.getvalue())


@pytest.fixture
def world(people):
    return {**people, **build(people)}


def test_an_erased_learner_is_gone_and_every_page_still_opens(world):
    client = Client(raise_request_exception=False)
    learner = world["learner"]
    traces = _personal_traces(world, world["code_a"])
    assert AccessLog.objects.filter(username=learner.username).exists()
    figures_before = figure_pages(client, world)
    privacy.erase_user(learner)
    world["learner_pk"] = learner.pk

    # Figures: the same, byte for byte.
    assert figure_pages(client, world) == figures_before
    # Her place to come went to the one waiting; her other rows point to nobody.
    world["waiting"].refresh_from_db()
    assert world["waiting"].status == Enrolment.Status.ENROLLED
    user_model = get_user_model()
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is user_model:
                assert not model._base_manager.filter(**{field.name: learner.pk}).exists(), (
                    model,
                    field,
                )
    # Nothing in a full dump of the database (axes' log included) that would name her.
    dump = json.dumps(_dump(), ensure_ascii=False)
    left = [trace for trace in traces if trace in dump]
    assert not left
    # Her row keeps no date that a log could match (in this test every row has the same
    # second, so dates are checked on the row itself), nor a centre or a public.
    learner.refresh_from_db()
    assert (learner.last_login, learner.centre_id, learner.public) == (None, None, "")
    assert learner.date_joined == privacy.ERASED_DATE
    # She cannot sign in any more.
    response = Client().post(
        "/connexion/", {"username": learner.username, "password": world["code_a"]}
    )
    assert response.status_code == 200 and "_auth_user_id" not in Client().session

    pages = [world["course"].url] + [lesson.url for lesson in world["lessons"]]
    every = list(dict.fromkeys(addresses(world) + pages))
    assert len(every) > 100
    failed = []
    for role in ("facilitator", "mentor", "admin", "other_facilitator", "learner_b"):
        client.force_login(world[role])
        for address in every + (admin_pages(world) if role in ("admin", "facilitator") else []):
            response = client.get(address)
            if response.status_code >= 500:
                failed.append((role, address, response.status_code))
    assert not failed
    # The facilitator still runs the sessions she was in; nothing shows who she was.
    client.force_login(world["facilitator"])
    names = {
        "past": world["past"].pk,
        "coming": world["coming"].pk,
        "course": world["course"].pk,
        "code": world["certificate"].code,
    }
    for address in MUST_OPEN:
        response = client.get(address.format(**names))
        assert response.status_code == 200, address
        assert b"Marie" not in response.content, address
        assert b"Mamie" not in response.content, address
    page = client.get(f"/animation/seances/{world['past'].pk}/").content.decode()
    assert "personne effacée" in page
    # The employment service keeps its offer, without her answer.
    client.force_login(get_user_model().objects.get(username="conseillere"))
    page = client.get(f"/service-emploi/offres/{world['offer'].pk}/").content.decode()
    assert "Vendeuse en boulangerie" in page and "Marie" not in page
    assert not world["offer"].proposals.exists()


def test_mail_tasks_queued_before_an_erasure_send_nothing_after_it(people, settings):
    """A notification waiting in the queue when the person is erased finds nobody to write
    to nor about, and ends quietly."""
    from mentoring import notifications
    from mentoring.models import Pairing
    from mentoring.services import question_ask

    settings.MENTORING_EMAIL_ENABLED = True
    learner = people["learner_a"]
    thread = question_ask(learner=learner, lesson=people["lessons"][0], text="Une question")
    pairing = Pairing.objects.create(
        mentor=people["mentor"], learner=learner, proposed_by=people["facilitator"]
    )
    privacy.erase_user(learner)
    for kind, pk in (
        (notifications.QUESTION, thread.pk),
        (notifications.FOLLOW_UP, thread.pk),
        (notifications.ANSWER, thread.pk),
        (notifications.PAIRING, pairing.pk),
    ):
        assert notifications.send(kind, pk) == 0
