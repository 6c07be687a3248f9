"""« Mon CV »: built one question at a time through the pages, with every bad input refused in
plain French and nothing half-written; the PDF and the .docx read back."""

import html

import pytest
from django.urls import reverse

from jobsearch import limits, services
from jobsearch.models import CV, Entry

from .helpers import docx_page_breaks, docx_paragraphs, pdf_pages, picture, upload


def shown(response):
    """The page's text as read (apostrophes and accents unescaped)."""
    return html.unescape(response.content.decode())


def step_url(cv, key):
    return reverse("jobsearch:cv_step", args=[cv.pk, key])


def test_a_learner_builds_a_cv_question_by_question(client_of, learner):
    response = client_of.get(reverse("jobsearch:cv_list"))
    assert "Commencer mon CV" in shown(response)
    response = client_of.post(reverse("jobsearch:cv_new"))
    cv = CV.objects.get(user=learner)
    assert response["Location"] == step_url(cv, "identite")
    assert cv.first_name == "Françoise"

    response = client_of.post(
        step_url(cv, "identite"),
        {"first_name": "Françoise", "last_name": "Nguyễn-Lefèvre", "town": "Châteauroux",
         "phone": "06 12 34 56 78", "email": ""},
    )  # fmt: skip
    assert response["Location"] == step_url(cv, "emploi")
    client_of.post(
        step_url(cv, "emploi"),
        {"job_sought": "Aide à domicile", "title": "CV aide à domicile", "summary": ""},
    )
    # Experiences: paid or not, added one by one, then on.
    for nature, title in (("proche", "Aide à ma mère pendant dix ans"), ("emploi", "Cuisinière")):
        response = client_of.post(
            step_url(cv, "experiences"),
            {"add": "1", "ligne-nature": nature, "ligne-title": title, "ligne-place": "Déols",
             "ligne-period": "1998 – 2008", "ligne-description": "Repas, courses, rendez-vous."},
        )  # fmt: skip
        assert response["Location"] == step_url(cv, "experiences")
    response = client_of.post(step_url(cv, "experiences"), {"continue": "1"})
    assert response["Location"] == step_url(cv, "formations")
    client_of.post(
        step_url(cv, "formations"),
        {"add": "1", "ligne-title": "CAP cuisine", "ligne-period": "1979"},
    )
    client_of.post(step_url(cv, "formations"), {"continue": "1"})
    client_of.post(
        step_url(cv, "competences"),
        {"skills": ["repas", "ponctuel"], "other_skills": "Coudre\nRéparer un vélo"},
    )
    client_of.post(step_url(cv, "langues"), {"languages": "Français : langue maternelle"})
    client_of.post(step_url(cv, "permis"), {"licence": "b_voiture", "licence_other": ""})
    client_of.post(step_url(cv, "loisirs"), {"interests": "Chorale\nJardinage"})
    response = client_of.post(step_url(cv, "photo"), {"photo": upload(picture(1200, 900))})
    assert response["Location"] == step_url(cv, "photo")
    response = client_of.post(step_url(cv, "photo"), {"continue": "1"})
    assert response["Location"] == reverse("jobsearch:cv_detail", args=[cv.pk])

    cv.refresh_from_db()
    assert cv.last_step == "photo"
    assert cv.entries.filter(kind=Entry.Kind.EXPERIENCE).count() == 2
    assert cv.skills == ["repas", "ponctuel"]
    page = client_of.get(reverse("jobsearch:cv_detail", args=[cv.pk]))
    assert "Nguyễn-Lefèvre" in shown(page)
    assert "Il tient sur une page" in shown(page)
    assert "Aide à ma mère pendant dix ans (aide à un proche)" in shown(page)

    pdf = client_of.get(reverse("jobsearch:cv_pdf", args=[cv.pk]))
    assert pdf["Content-Type"] == "application/pdf"
    assert "no-store" in pdf["Cache-Control"]
    pages = pdf_pages(pdf.content)
    assert len(pages) == 1
    for text in (
        "Françoise Nguyễn-Lefèvre",
        "Aide à domicile",
        "Châteauroux",
        "CAP cuisine",
        "Préparer des repas",
        "Réparer un vélo",
        "Permis B et une voiture",
        "Chorale",
    ):
        assert text in pages[0], text  # fmt: skip

    docx = client_of.get(reverse("jobsearch:cv_docx", args=[cv.pk]))
    assert "attachment" in docx["Content-Disposition"]
    assert ".docx" in docx["Content-Disposition"]
    paragraphs = docx_paragraphs(docx.content)
    assert "Françoise Nguyễn-Lefèvre" in paragraphs
    assert "Compétences" in paragraphs
    assert "•  Préparer des repas" in paragraphs
    assert docx_page_breaks(docx.content) == 0
    photo = client_of.get(reverse("jobsearch:cv_photo", args=[cv.pk]))
    assert photo["Content-Type"] == "image/jpeg"


def test_stop_anywhere_and_come_back(client_of, learner):
    cv = services.cv_create(user=learner)
    response = client_of.post(
        step_url(cv, "emploi"), {"job_sought": "Vendeuse", "title": "Mon CV", "stop": "1"}
    )
    assert response["Location"] == reverse("jobsearch:cv_detail", args=[cv.pk])
    listing = client_of.get(reverse("jobsearch:cv_list"))
    assert step_url(cv, "experiences") in listing.text  # « Reprendre » goes to the next question


def test_a_cv_is_copied_with_its_lines(client_of, learner):
    cv = services.cv_create(user=learner)
    services.cv_update(cv=cv, step="emploi", data={"job_sought": "Vendeuse"})
    services.entry_add(cv=cv, kind=Entry.Kind.TRAINING, data={"title": "BEP vente"})
    response = client_of.post(reverse("jobsearch:cv_copy", args=[cv.pk]))
    copy = CV.objects.exclude(pk=cv.pk).get(user=learner)
    assert response["Location"] == step_url(copy, "emploi")
    assert copy.title == "Mon CV (copie)"
    assert list(copy.entries.values_list("title", flat=True)) == ["BEP vente"]
    assert cv.entries.count() == 1


BAD_STEPS = [
    ("identite", {"first_name": "", "last_name": ""}, "Écrivez votre prénom."),
    ("identite", {"first_name": "A", "last_name": "B", "email": "marie@"},
     "Cette adresse e-mail n'est pas complète"),
    ("identite", {"first_name": "A", "last_name": "B", "phone": "appelez-moi"},
     "Un numéro de téléphone n'a que des chiffres"),
    ("identite", {"first_name": "A" * 81, "last_name": "B"}, "C'est trop long"),
    ("emploi", {"job_sought": "", "title": "Mon CV"}, "Écrivez l'emploi que vous cherchez"),
    ("competences", {"skills": ["pirate"]}, "Ce choix n'est pas dans la liste."),
    ("permis", {"licence": "autre", "licence_other": ""}, "Écrivez quel permis vous avez."),
    ("permis", {"licence": "fusée"}, "Ce choix n'est pas dans la liste."),
    ("loisirs", {"interests": "x" * 601}, "C'est trop long"),
]  # fmt: skip


@pytest.mark.parametrize(("key", "data", "message"), BAD_STEPS)
def test_bad_answers_are_refused_in_plain_french(client_of, learner, key, data, message):
    cv = services.cv_create(user=learner)
    before = CV.objects.values().get(pk=cv.pk)
    response = client_of.post(step_url(cv, key), data)
    assert response.status_code == 400
    assert message in shown(response)
    assert "Le formulaire n'est pas envoyé" in shown(response)
    assert CV.objects.values().get(pk=cv.pk) == before


def test_a_bad_line_is_refused_and_nothing_is_added(client_of, learner):
    cv = services.cv_create(user=learner)
    response = client_of.post(
        step_url(cv, "experiences"), {"add": "1", "ligne-nature": "", "ligne-title": ""}
    )
    assert response.status_code == 400
    assert "Dites ce que c'était" in shown(response)
    assert "Écrivez au moins quelques mots." in shown(response)
    assert not cv.entries.exists()


def test_control_characters_are_dropped(client_of, learner):
    cv = services.cv_create(user=learner)
    client_of.post(step_url(cv, "emploi"), {"job_sought": "Vendeuse\x07\x00", "title": "CV"})
    cv.refresh_from_db()
    # A NUL byte is refused by Django outright; nothing half-written either way.
    assert "\x00" not in cv.job_sought and "\x07" not in cv.job_sought


BAD_PHOTOS = [
    (b"%PDF-1.4 not a picture", "Ce fichier n'est pas une photo que nous savons lire"),
    (picture(fmt="BMP"), "Ce fichier n'est pas une photo que nous savons lire"),
    (picture(9000, 6000, fmt="PNG"), "Cette photo est trop grande"),
    (b"\xff\xd8\xff" + b"0" * (limits.PHOTO_BYTES + 1), "Cette photo est trop lourde"),
]


@pytest.mark.parametrize(("data", "message"), BAD_PHOTOS)
def test_bad_photos_are_refused_and_the_old_one_kept(client_of, learner, data, message):
    cv = services.cv_create(user=learner)
    services.cv_photo_set(cv=cv, upload=upload(picture()))
    kept = bytes(CV.objects.get(pk=cv.pk).photo)
    response = client_of.post(step_url(cv, "photo"), {"photo": upload(data)})
    assert response.status_code == 400
    assert message in shown(response)
    assert bytes(CV.objects.get(pk=cv.pk).photo) == kept


def test_the_photo_is_cropped_small_and_can_be_removed(client_of, learner):
    from io import BytesIO

    from PIL import Image

    cv = services.cv_create(user=learner)
    client_of.post(step_url(cv, "photo"), {"photo": upload(picture(3000, 1000, fmt="PNG"))})
    cv.refresh_from_db()
    image = Image.open(BytesIO(bytes(cv.photo)))
    assert (image.format, image.size) == ("JPEG", limits.PHOTO_SIZE)
    client_of.post(step_url(cv, "photo"), {"remove": "1"})
    cv.refresh_from_db()
    assert cv.photo is None
    assert client_of.get(reverse("jobsearch:cv_photo", args=[cv.pk])).status_code == 404


def test_a_long_cv_says_it_runs_over_one_page(client_of, learner):
    cv = services.cv_create(user=learner)
    services.cv_update(cv=cv, step="identite", data={"first_name": "Éloïse", "last_name": "Ça"})
    for number in range(limits.ENTRIES):
        services.entry_add(
            cv=cv,
            kind=Entry.Kind.EXPERIENCE,
            data={"nature": "emploi", "title": f"Emploi {number}", "description": "Longue " * 60},
        )
    page = client_of.get(reverse("jobsearch:cv_detail", args=[cv.pk]))
    assert "Attention : il tient sur" in shown(page)
    pdf = client_of.get(reverse("jobsearch:cv_pdf", args=[cv.pk]))
    assert len(pdf_pages(pdf.content)) > 1
    with pytest.raises(Exception, match="déjà 20 lignes"):
        services.entry_add(cv=cv, kind=Entry.Kind.TRAINING, data={"title": "De trop"})


def test_both_designs_print(client_of, learner):
    cv = services.cv_create(user=learner)
    services.cv_update(cv=cv, step="identite", data={"first_name": "Zoé", "last_name": "Łukasz"})
    response = client_of.post(reverse("jobsearch:cv_design", args=[cv.pk]), {"design": "bandeau"})
    cv.refresh_from_db()
    assert cv.design == "bandeau"
    assert (
        "Zoé Łukasz"
        in pdf_pages(client_of.get(reverse("jobsearch:cv_pdf", args=[cv.pk])).content)[0]
    )
    response = client_of.post(reverse("jobsearch:cv_design", args=[cv.pk]), {"design": "néon"})
    assert response.status_code == 302
    cv.refresh_from_db()
    assert cv.design == "bandeau"


def test_delete_asks_then_deletes(client_of, learner):
    cv = services.cv_create(user=learner)
    assert "Oui, supprimer" in client_of.get(reverse("jobsearch:cv_delete", args=[cv.pk])).text
    client_of.post(reverse("jobsearch:cv_delete", args=[cv.pk]))
    assert not CV.objects.filter(pk=cv.pk).exists()


def test_unknown_question_is_a_404(client_of, learner):
    cv = services.cv_create(user=learner)
    assert client_of.get(step_url(cv, "astrologie")).status_code == 404


def test_a_line_typed_but_not_added_is_kept_on_the_way_out(client_of, learner):
    cv = services.cv_create(user=learner)
    response = client_of.post(
        step_url(cv, "formations"), {"continue": "1", "ligne-title": "Certificat d'études"}
    )
    assert response["Location"] == step_url(cv, "competences")
    assert list(cv.entries.values_list("title", flat=True)) == ["Certificat d'études"]
    # Half a line (no title): the learner stays, told what is missing; nothing is added.
    response = client_of.post(step_url(cv, "formations"), {"stop": "1", "ligne-place": "Déols"})
    assert response.status_code == 400
    assert "Écrivez au moins quelques mots." in shown(response)
    assert cv.entries.count() == 1


def test_pages_cost_the_same_queries_whatever_the_cv_holds(client_of, learner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cv = services.cv_create(user=learner)
    addresses = [
        reverse("jobsearch:cv_detail", args=[cv.pk]),
        step_url(cv, "experiences"),
        reverse("jobsearch:cv_list"),
        reverse("jobsearch:cv_pdf", args=[cv.pk]),
    ]

    def counts():
        found = []
        for address in addresses:
            with CaptureQueriesContext(connection) as queries:
                assert client_of.get(address).status_code == 200
            found.append(len(queries))
        return found

    services.entry_add(cv=cv, kind=Entry.Kind.EXPERIENCE, data={"title": "Un"})
    services.cv_copy(cv=cv)
    counts()  # the first visit fills the shared caches (a role set's permissions)
    small = counts()
    for number in range(8):
        services.entry_add(cv=cv, kind=Entry.Kind.EXPERIENCE, data={"title": f"L{number}"})
        services.cv_create(user=learner)
    assert counts() == small
