"""The job-search privacy walk, from the attacker's side: every address of the `jobsearch`
namespace (read from the URLconf, so a new one is walked the day it exists), GET and POST, as
each person who is not the owner — another learner of the centre and one of another centre,
the learner's own accepted mentor, a facilitator, a « Conseiller emploi » of the centre and
one of another centre, an admin, nobody signed in — with the documents shared with the centre
and not.

Where a person may not go, the answer is a 404 (the same as a missing id, so nothing says the
document exists), a 405 for a POST-only address read, a 403 for the service's pages to those
who are not counsellors, and a redirection to the sign-in page for nobody signed in; the page
never holds the owner's words or photo, and nothing of the owner's is changed. tests/
test_url_walk.py walks the same addresses for server errors; this one for who sees what."""

import hashlib
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import get_resolver, reverse
from PIL import Image

from accounts.roles import COUNSELLORS, ensure_roles
from accounts.services import learner_create
from jobsearch import offer_services, services
from jobsearch.models import CV, Comment, CoverLetter, Entry, Offer, Proposal
from jobsearch.offer_models import Contract
from mentoring import services as mentoring

SECRET_WORDS = ("Dupré", "Arboriste-grimpeur", "aime la terre")


def _jpeg(colour):
    out = io.BytesIO()
    Image.new("RGB", (600, 800), colour).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def world(people):
    groups = ensure_roles()
    users = get_user_model()
    owner = people["learner_a"]
    far_learner, _code = learner_create(centre=people["other_centre"], first_name="Ali")
    counsellor = users.objects.create_user(
        "conseil", password="conseil-pass-123", centre=people["centre"]
    )
    counsellor.groups.add(groups[COUNSELLORS])
    far_counsellor = users.objects.create_user(
        "conseil2", password="conseil-pass-456", centre=people["other_centre"]
    )
    far_counsellor.groups.add(groups[COUNSELLORS])
    pairing = mentoring.pairing_propose(
        by=people["facilitator"], mentor=people["mentor"], learner=owner
    )
    mentoring.pairing_accept(learner=owner, pairing=pairing)

    cv = services.cv_create(user=owner)
    services.cv_update(
        cv=cv, step="emploi", data={"last_name": "Dupré", "job_sought": "Arboriste-grimpeur"}
    )
    photo = SimpleUploadedFile("moi.jpg", _jpeg((90, 30, 160)), content_type="image/jpeg")
    services.cv_photo_set(cv=cv, upload=photo)
    entry = services.entry_add(cv=cv, kind=Entry.Kind.TRAINING, data={"title": "CAP"})
    letter = services.letter_create(user=owner, cv=cv)
    services.letter_update(letter=letter, step="moi", data={"about_me": "J'aime la terre."})
    # An offer of the owner's centre, proposed to the owner: its service pages belong to the
    # centre's counsellor, its answer and letter buttons to the owner.
    offer = offer_services.offer_create(
        author=counsellor,
        data={
            "title": "Élagueur",
            "employer": "Les Jardins",
            "place": "Châteauroux",
            "contract": Contract.choices[0][0],
        },
    )
    offer_services.offer_propose(offer=offer, by=counsellor, learner_ids=[owner.pk])
    return {
        **people,
        "owner": owner,
        "far_learner": far_learner,
        "counsellor": counsellor,
        "far_counsellor": far_counsellor,
        "cv": cv,
        "entry": entry,
        "letter": letter,
        "offer": offer,
    }


ATTACKERS = [
    "learner_b",  # another learner of the same centre
    "far_learner",  # a learner of another centre
    "mentor",  # the owner's own accepted mentor
    "facilitator",  # a facilitator of the owner's centre
    "other_facilitator",
    "counsellor",  # the employment service of the owner's centre
    "far_counsellor",
    "admin",
    None,  # nobody signed in
]


# The counsellor's offer pages: the service's, though their names do not say so.
SERVICE_OFFER_PAGES = {
    "offer_list",
    "offer_new",
    "offer_manage",
    "offer_edit",
    "offer_propose",
    "offer_close",
}


def addresses(world):
    """(name, address, kind) for every pattern of the jobsearch namespace. kind: "owner" (the
    owner's document pages), "service" (the employment service's pages of a document),
    "service_own" (the service's own list), "own" (no id: each person's own lists and
    buttons)."""
    values = {
        "cv_id": world["cv"].pk,
        "letter_id": world["letter"].pk,
        "entry_id": world["entry"].pk,
        "offer_id": world["offer"].pk,
    }
    questions = {"cv_step": "photo", "letter_step": "moi"}
    _prefix, resolver = get_resolver().namespace_dict["jobsearch"]
    found = []
    for pattern in resolver.url_patterns:
        kwargs = {}
        for name in pattern.pattern.converters:
            if name == "question":
                kwargs[name] = questions[pattern.name]
            elif name in values:
                kwargs[name] = values[name]
            else:
                pytest.fail(
                    f"jobsearch:{pattern.name} takes <{name}>: say in {__name__} which "
                    "document of the owner's fills it, so that the walk covers it"
                )
        if pattern.name in SERVICE_OFFER_PAGES or pattern.name.startswith("service_"):
            kind = "service" if kwargs else "service_own"
        elif kwargs:
            kind = "owner"
        else:
            kind = "own"
        found.append((pattern.name, reverse(f"jobsearch:{pattern.name}", kwargs=kwargs), kind))
    return found


def hostile_body():
    """What an attacker posts: every field the job-search forms read, changed, plus a photo
    and the buttons that remove, share, unshare, keep and comment."""
    return {
        "job_sought": "Pirate",
        "last_name": "Volé",
        "title": "Volé",
        "about_me": "Volé",
        "design": "bandeau",
        "remove": "1",
        "share": "1",
        "unshare": "1",
        "text": "Un message de l'attaquant",
        "keep": "1",
        "crop_x": "0",
        "crop_y": "0",
        "crop_width": "300",
        "crop_height": "400",
        "photo": SimpleUploadedFile("x.jpg", _jpeg((0, 200, 0)), content_type="image/jpeg"),
    }


def snapshot(world):
    """Everything of the owner's an attacker could change, photo included (by its hash)."""
    owner = world["owner"]
    cvs = [
        (*row[:-1], hashlib.sha256(bytes(row[-1] or b"")).hexdigest())
        for row in CV.objects.filter(user=owner)
        .order_by("pk")
        .values_list(
            "pk", "title", "last_name", "job_sought", "design", "updated_at", "shared_at", "photo"
        )
    ]
    letters = list(
        CoverLetter.objects.filter(user=owner)
        .order_by("pk")
        .values_list("pk", "title", "about_me", "design", "updated_at", "shared_at")
    )
    entries = list(Entry.objects.filter(cv__user=owner).order_by("pk").values_list("pk", "title"))
    offers = list(
        Offer.objects.order_by("pk").values_list("pk", "title", "description", "closed_at")
    )
    answers = list(
        Proposal.objects.order_by("pk").values_list("pk", "learner_id", "answer", "answered_at")
    )
    return cvs, letters, entries, offers, answers, Comment.objects.count()


def leaks(response, photo):
    body = response.content
    text = body.decode("utf-8", "replace")
    words = [word for word in SECRET_WORDS if word in text]
    if photo and photo in body:
        words.append("<the photo>")
    return words


def post_only(world):
    """The addresses that answer a GET with 405 even to whom may use them (POST-only forms):
    asked as the owner, and as the centre's counsellor with the documents shared, then the
    share rolled back."""
    owner, counsellor = Client(), Client()
    owner.force_login(world["owner"])
    counsellor.force_login(world["counsellor"])
    names = set()
    with transaction.atomic():
        share(world)
        for name, address, kind in addresses(world):
            client = counsellor if kind.startswith("service") else owner
            if client.get(address).status_code == 405:
                names.add(name)
        transaction.set_rollback(True)
    return names


def share(world):
    owner = world["owner"]
    services.document_share(document=world["cv"], user=owner)
    services.document_share(document=world["letter"], user=owner)


@pytest.mark.parametrize("shared", [False, True], ids=["not-shared", "shared"])
@pytest.mark.parametrize("role", ATTACKERS, ids=[str(role) for role in ATTACKERS])
def test_nobody_but_the_owner_reaches_the_owners_documents(world, role, shared):
    if shared:
        share(world)
    photo = bytes(CV.objects.get(pk=world["cv"].pk).photo)
    posting_only = post_only(world)
    client = Client()
    if role:
        client.force_login(world[role])
    counsellor = role in ("counsellor", "far_counsellor")
    before = snapshot(world)
    wrong = []
    for name, address, kind in addresses(world):
        if kind.startswith("service") and role == "counsellor":
            if shared:
                continue  # what the service may read: test_the_service_reads_what_was_shared
            if name in SERVICE_OFFER_PAGES:
                continue  # the centre's own offers, shared or not: jobsearch/tests/test_offers.py
        for method in ("get", "post"):
            if method == "get":
                response = client.get(address)
            else:
                response = client.post(address, hostile_body())
            status = response.status_code
            refused = 405 if method == "get" and name in posting_only else 404
            if role is None:
                allowed = status == 302 and response["Location"].startswith("/connexion/")
            elif kind == "own" or (kind == "service_own" and counsellor):
                # Each person's own list or button: answered, about their own documents only.
                allowed = status in (200, 302, 400, 405)
            elif kind.startswith("service") and not counsellor:
                allowed = status == 403
            else:
                allowed = status == refused
            leaked = leaks(response, photo)
            if not allowed or leaked:
                wrong.append((method.upper(), name, status, leaked))
    assert wrong == [], f"{role} ({'shared' if shared else 'not shared'}) reached: {wrong}"
    assert snapshot(world) == before


def test_the_owner_reaches_every_page_of_their_documents(world):
    client = Client()
    client.force_login(world["owner"])
    photo = bytes(CV.objects.get(pk=world["cv"].pk).photo)
    for name, address, kind in addresses(world):
        if kind != "owner":
            continue
        status = client.get(address).status_code
        assert status in (200, 405), (name, status)
    response = client.get(reverse("jobsearch:cv_photo", args=[world["cv"].pk]))
    assert response.content == photo and response["Cache-Control"] == "private, no-store"
    pdf = client.get(reverse("jobsearch:cv_pdf", args=[world["cv"].pk]))
    assert pdf["Content-Type"] == "application/pdf"
    docx = client.get(reverse("jobsearch:cv_docx", args=[world["cv"].pk]))
    assert docx.content[:2] == b"PK"


def test_the_service_reads_what_was_shared_and_only_while_it_is(world):
    share(world)
    client = Client()
    client.force_login(world["counsellor"])
    photo = bytes(CV.objects.get(pk=world["cv"].pk).photo)
    reads = [
        (name, address)
        for name, address, kind in addresses(world)
        if kind == "service" and name not in SERVICE_OFFER_PAGES
    ]
    for name, address in reads:
        if "echange" not in address:
            assert client.get(address).status_code == 200, name
    assert client.get(reverse("jobsearch:service_cv_photo", args=[world["cv"].pk])).content == (
        photo
    )
    services.document_unshare(document=world["cv"])
    services.document_unshare(document=world["letter"])
    for name, address in reads:
        assert client.get(address).status_code in (404, 405), name
