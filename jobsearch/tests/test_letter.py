"""« Ma lettre de motivation »: from the offer to « vous, moi, nous », one page each; bad input
refused; the PDF and the .docx read back on one page."""

import html

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Centre
from accounts.roles import ensure_roles
from accounts.services import learner_create
from jobsearch import limits, services
from jobsearch.models import CoverLetter

from .helpers import docx_paragraphs, pdf_pages


@pytest.fixture
def learner(db):
    ensure_roles()
    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    person, _code = learner_create(centre=centre, first_name="Hélène")
    return person


@pytest.fixture
def client_of(learner):
    client = Client()
    client.force_login(learner)
    return client


def shown(response):
    return html.unescape(response.content.decode())


def step_url(letter, key):
    return reverse("jobsearch:letter_step", args=[letter.pk, key])


def test_a_letter_from_an_offer_to_the_pdf(client_of, learner):
    cv = services.cv_create(user=learner)
    services.cv_update(
        cv=cv, step="identite", data={"last_name": "Gaëlle-Müller", "town": "Issoudun"}
    )
    assert "Commencer ma lettre" in shown(client_of.get(reverse("jobsearch:letter_list")))
    response = client_of.post(reverse("jobsearch:letter_new"))
    letter = CoverLetter.objects.get(user=learner)
    assert response["Location"] == step_url(letter, "offre")
    assert letter.sender.startswith("Hélène Gaëlle-Müller\nIssoudun")  # from the CV
    offer = "La mairie recrute un agent d'entretien des espaces verts (H/F), 24 h par semaine."
    response = client_of.post(
        step_url(letter, "offre"),
        {"job_title": "Agent d'entretien", "employer": "Mairie d'Issoudun",
         "offer_text": offer, "title": "Lettre mairie"},
    )  # fmt: skip
    assert response["Location"] == step_url(letter, "coordonnees")
    client_of.post(
        step_url(letter, "coordonnees"),
        {"sender": letter.sender, "recipient": "Monsieur le Maire\nMairie d'Issoudun"},
    )
    page = client_of.get(step_url(letter, "vous"))
    assert offer in shown(page)  # the offer is there to reread while writing
    client_of.post(step_url(letter, "vous"), {"about_you": "Votre ville est la mienne."})
    client_of.post(step_url(letter, "moi"), {"about_me": "J'ai entretenu un grand jardin."})
    response = client_of.post(step_url(letter, "nous"), {"about_us": "Rencontrons-nous."})
    assert response["Location"] == reverse("jobsearch:letter_detail", args=[letter.pk])

    page = shown(client_of.get(reverse("jobsearch:letter_detail", args=[letter.pk])))
    assert "Objet : candidature — Agent d'entretien" in page
    assert "Il tient sur une page" in page
    pdf = client_of.get(reverse("jobsearch:letter_pdf", args=[letter.pk]))
    (text,) = pdf_pages(pdf.content)
    for part in (
        "Hélène Gaëlle-Müller",
        "Monsieur le Maire",
        "Votre ville est la mienne.",
        "J'ai entretenu un grand jardin.",
        "Rencontrons-nous.",
        "Madame, Monsieur,",
    ):
        assert part in text, part  # fmt: skip
    paragraphs = docx_paragraphs(
        client_of.get(reverse("jobsearch:letter_docx", args=[letter.pk])).content
    )
    assert "J'ai entretenu un grand jardin." in paragraphs
    assert "Hélène Gaëlle-Müller" in paragraphs

    client_of.post(reverse("jobsearch:letter_design", args=[letter.pk]), {"design": "bandeau"})
    pdf = client_of.get(reverse("jobsearch:letter_pdf", args=[letter.pk]))
    assert "Hélène Gaëlle-Müller" in pdf_pages(pdf.content)[0]
    client_of.post(reverse("jobsearch:letter_copy", args=[letter.pk]))
    assert CoverLetter.objects.filter(user=learner).count() == 2


@pytest.mark.parametrize(
    ("key", "data", "message"),
    [
        ("offre", {"job_title": "", "title": "Lettre"}, "Écrivez le poste que vous demandez"),
        ("offre", {"job_title": "x", "title": ""}, "Donnez un nom à cette lettre"),
        ("offre", {"job_title": "x", "title": "L", "offer_text": "y" * (limits.OFFER + 1)},
         "C'est trop long"),
        ("moi", {"about_me": "z" * (limits.TEXT + 1)}, "C'est trop long"),
    ],
)  # fmt: skip
def test_bad_answers_are_refused(client_of, learner, key, data, message):
    letter = services.letter_create(user=learner)
    before = CoverLetter.objects.values().get(pk=letter.pk)
    response = client_of.post(step_url(letter, key), data)
    assert response.status_code == 400
    assert message in shown(response)
    assert CoverLetter.objects.values().get(pk=letter.pk) == before


def test_no_more_than_the_limit(client_of, learner):
    for _ in range(limits.DOCUMENTS):
        services.letter_create(user=learner)
    response = client_of.post(reverse("jobsearch:letter_new"), follow=True)
    assert "supprimez-en un" in shown(response)
    assert CoverLetter.objects.filter(user=learner).count() == limits.DOCUMENTS
