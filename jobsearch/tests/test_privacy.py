"""Who sees a CV or a letter: its owner only. Tried from the attacker's side (another learner,
a mentor, facilitators of the centre and of another, an admin, anonymous) on every address,
with real and guessed ids; the export carries the PDF and .docx; erasure and the two-year
clean-up delete them."""

import base64
import datetime
import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts import privacy
from jobsearch import services
from jobsearch.models import CV, CoverLetter

from .helpers import docx_paragraphs, pdf_pages, picture, upload


@pytest.fixture
def owned(people):
    learner = people["learner_a"]
    cv = services.cv_create(user=learner)
    services.cv_update(cv=cv, step="emploi", data={"last_name": "Dupré", "job_sought": "Jardinier"})
    services.cv_photo_set(cv=cv, upload=upload(picture()))
    entry = services.entry_add(cv=cv, kind="formation", data={"title": "CAP jardinier"})
    letter = services.letter_create(user=learner, cv=cv)
    services.letter_update(
        letter=letter, step="moi", data={"job_title": "Jardinier", "about_me": "J'aime la terre."}
    )
    return {"cv": cv, "entry": entry, "letter": letter}


def _addresses(cv, entry, letter):
    """(method, address) of every job-search page about these documents."""
    c, e, la = cv.pk, entry.pk, letter.pk
    return [
        ("get", reverse("jobsearch:cv_detail", args=[c])),
        ("get", reverse("jobsearch:cv_step", args=[c, "identite"])),
        ("post", reverse("jobsearch:cv_step", args=[c, "emploi"])),
        ("post", reverse("jobsearch:cv_step", args=[c, "photo"])),
        ("get", reverse("jobsearch:cv_entry", args=[c, e])),
        ("post", reverse("jobsearch:cv_entry", args=[c, e])),
        ("post", reverse("jobsearch:cv_entry_delete", args=[c, e])),
        ("post", reverse("jobsearch:cv_design", args=[c])),
        ("get", reverse("jobsearch:cv_pdf", args=[c])),
        ("get", reverse("jobsearch:cv_docx", args=[c])),
        ("get", reverse("jobsearch:cv_photo", args=[c])),
        ("post", reverse("jobsearch:cv_copy", args=[c])),
        ("get", reverse("jobsearch:cv_delete", args=[c])),
        ("post", reverse("jobsearch:cv_delete", args=[c])),
        ("get", reverse("jobsearch:letter_detail", args=[la])),
        ("get", reverse("jobsearch:letter_step", args=[la, "offre"])),
        ("post", reverse("jobsearch:letter_step", args=[la, "moi"])),
        ("post", reverse("jobsearch:letter_design", args=[la])),
        ("get", reverse("jobsearch:letter_pdf", args=[la])),
        ("get", reverse("jobsearch:letter_docx", args=[la])),
        ("post", reverse("jobsearch:letter_copy", args=[la])),
        ("get", reverse("jobsearch:letter_delete", args=[la])),
        ("post", reverse("jobsearch:letter_delete", args=[la])),
    ]


SNAPSHOT_FIELDS = ("title", "job_sought", "design", "updated_at", "last_step")


def _snapshot():
    return (
        list(CV.objects.order_by("pk").values_list(*SNAPSHOT_FIELDS)),
        list(CoverLetter.objects.order_by("pk").values_list("title", "about_me", "updated_at")),
    )


@pytest.mark.parametrize(
    "role", ["learner_b", "mentor", "facilitator", "other_facilitator", "admin", None]
)
def test_nobody_but_the_owner_reaches_a_document(people, owned, role):
    client = Client()
    if role:
        client.force_login(people[role])
    before = _snapshot()
    data = {"job_sought": "Pirate", "design": "bandeau", "title": "Volé", "about_me": "x"}
    for method, address in _addresses(owned["cv"], owned["entry"], owned["letter"]):
        response = getattr(client, method)(address, data)
        if role is None:
            assert response.status_code == 302, address
            assert response["Location"].startswith("/connexion/"), address
        else:
            assert response.status_code == 404, (role, address)
            assert b"Dupr" not in response.content
    assert _snapshot() == before
    assert CV.objects.count() == 1 and CoverLetter.objects.count() == 1


def test_guessed_ids_are_404_like_missing_ones(people, owned):
    """The owner's own neighbour ids and a line of another CV under one's own CV."""
    intruder = people["learner_b"]
    own = services.cv_create(user=intruder)
    client = Client()
    client.force_login(intruder)
    entry = owned["entry"]
    assert client.get(reverse("jobsearch:cv_entry", args=[own.pk, entry.pk])).status_code == 404
    for pk in (owned["cv"].pk, 999999):
        assert client.get(reverse("jobsearch:cv_pdf", args=[pk])).status_code == 404
    listing = client.get(reverse("jobsearch:cv_list")).content.decode()
    assert "Dupr" not in listing and "Jardinier" not in listing


def test_the_owner_reaches_everything(people, owned):
    client = Client()
    client.force_login(people["learner_a"])
    for method, address in _addresses(owned["cv"], owned["entry"], owned["letter"]):
        if method == "get":
            assert client.get(address).status_code == 200, address


def test_the_export_carries_the_documents_and_their_files(people, owned):
    data = json.loads(json.dumps(privacy.export_user_data(people["learner_a"])))
    (cv,) = data["jobsearch.CV"]
    assert cv["last_name"] == "Dupré"
    assert cv["entries"][0]["title"] == "CAP jardinier"
    assert base64.b64decode(cv["photo_jpeg_base64"])[:3] == b"\xff\xd8\xff"
    assert "Dupré" in pdf_pages(base64.b64decode(cv["pdf"]["base64"]))[0]
    assert "CAP jardinier" in docx_paragraphs(base64.b64decode(cv["docx"]["base64"]))
    (letter,) = data["jobsearch.CoverLetter"]
    assert letter["about_me"] == "J'aime la terre."
    assert "J'aime la terre." in pdf_pages(base64.b64decode(letter["pdf"]["base64"]))[0]
    assert privacy.export_user_data(people["learner_b"])["jobsearch.CV"] == []


def test_erasure_deletes_them(people, owned):
    privacy.erase_user(people["learner_a"])
    assert not CV.objects.exists() and not CoverLetter.objects.exists()


def test_untouched_for_two_years_noticed_then_deleted(people, owned):
    learner = people["learner_a"]
    kept = services.cv_create(user=learner)
    long_ago = timezone.now() - datetime.timedelta(days=731)
    CV.objects.filter(pk=owned["cv"].pk).update(updated_at=long_ago)
    CoverLetter.objects.filter(pk=owned["letter"].pk).update(updated_at=long_ago)
    client = Client()
    client.force_login(learner)
    assert "pas servi depuis deux ans" not in client.get("/").content.decode()

    call_command("jobsearch_cleanup", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert CV.objects.filter(stale_notice_at__isnull=False).count() == 1
    home = client.get("/").content.decode()
    assert "2 documents de recherche d" in home
    assert "Mon CV" in home and "Je les garde" in home
    other = Client()
    other.force_login(people["learner_b"])
    assert "pas servi depuis deux ans" not in other.get("/").content.decode()

    # Run again the next day: nothing deleted yet.
    call_command("jobsearch_cleanup", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert CV.objects.count() == 2
    # A month after the notice, still untouched: gone; the recent one stays.
    later = timezone.now() + services.NOTICE_FOR + datetime.timedelta(hours=1)
    assert services.stale_documents_sweep(now=later) == (0, 2)
    assert list(CV.objects.all()) == [kept]
    assert not CoverLetter.objects.exists()


def test_keeping_from_the_notice_clears_it(people, owned):
    long_ago = timezone.now() - datetime.timedelta(days=800)
    CV.objects.filter(pk=owned["cv"].pk).update(updated_at=long_ago)
    services.stale_documents_sweep()
    client = Client()
    client.force_login(people["learner_a"])
    response = client.post(reverse("jobsearch:stale_keep"))
    assert response.status_code == 302
    assert not CV.objects.filter(stale_notice_at__isnull=False).exists()
    later = timezone.now() + services.NOTICE_FOR + datetime.timedelta(days=1)
    assert services.stale_documents_sweep(now=later) == (0, 0)
