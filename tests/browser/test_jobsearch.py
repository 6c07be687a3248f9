"""« Mon CV » in Chromium: a learner with no CV builds one from the account page, question by
question (a mistake first), adds a photo, prints the PDF, shares it with the employment service
and writes a cover letter; the demo's counsellor comments on the CV and proposes an offer (a bad
link first), the learner reads both, answers « Ça m'intéresse » and starts a letter from the
offer, and the counsellor sees the answer. Every page passes axe-core at 320 px in the default
theme and at 1280 px in high contrast, the pages of the exchange and the offer in the other
theme too, and nothing scrolls sideways."""

import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from .conftest import (
    axe_violations,
    create_learners,
    new_context,
    screenshot,
    sign_in,
    signed_in,
)
from .test_accessibility import overflow

pytestmark = pytest.mark.browser

RUNS = [(320, "default"), (1280, "contrast")]


@pytest.fixture(scope="module")
def job_seekers(browser, site_url):
    return create_learners(browser, site_url, ["Gisèle", "Ngọc"])


@pytest.fixture(scope="module")
def counsellor(site_manage):
    """The demo's « Conseiller emploi », with a password of this run (the served site is not
    in DEBUG, so the demo gave it a random one)."""
    password = "conseil-" + "x7Kp2mQ9"
    site_manage(
        "shell",
        "-c",
        "from django.contrib.auth import get_user_model; "
        "u = get_user_model().objects.get(username='conseiller'); "
        f"u.set_password('{password}'); u.save()",
    )
    return ("conseiller", password)


def _photo(tmp_path):
    path = tmp_path / "moi.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (900, 1200), (120, 140, 170)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(("width", "theme"), RUNS, ids=[f"{w}-{t}" for w, t in RUNS])
def test_a_learner_builds_a_cv_and_prints_it(
    site_url, browser, axe, job_seekers, counsellor, tmp_path, width, theme
):
    who = job_seekers[RUNS.index((width, theme))]
    context = new_context(browser, site_url, theme, viewport={"width": width, "height": 800})
    page = context.new_page()
    sign_in(page, site_url, *who)
    violations, wide = [], []

    def check(name):
        violations.extend(axe_violations(axe, page))
        if overflow(page) > 0:
            wide.append(name)
        screenshot(page, f"jobsearch-{width}-{theme}-{name}")

    def go_on():
        page.get_by_role("button", name=re.compile("^(Enregistrer|Envoyer) et ")).first.click()

    page.goto(f"{site_url}/mon-compte/")
    page.get_by_role("link", name="Mon CV", exact=True).click()
    page.wait_for_url(re.compile(r"/mon-cv/$"))
    check("list-empty")
    page.get_by_role("button", name="Commencer mon CV").click()
    page.wait_for_url(re.compile(r"/question/identite/$"))
    assert page.get_by_text("Question 1 sur 9").is_visible()
    check("identity")
    # A mistake first: the summary takes the focus and leads to the field.
    page.get_by_label("Votre nom de famille").fill("Lê-Rousseau")
    page.get_by_label("Votre adresse e-mail (si vous en avez une)").fill("gisele@")
    go_on()
    summary = page.locator("#form-errors")
    summary.wait_for()
    assert "Cette adresse e-mail n'est pas complète" in summary.inner_text()
    check("identity-error")
    page.get_by_label("Votre adresse e-mail (si vous en avez une)").fill("")
    page.get_by_label("Votre ville").fill("Châteauroux")
    page.get_by_label("Votre numéro de téléphone").fill("06 12 34 56 78")
    go_on()
    page.wait_for_url(re.compile(r"/question/emploi/$"))
    check("job")
    page.get_by_label("L'emploi que vous cherchez").fill("Aide à domicile")
    go_on()
    page.wait_for_url(re.compile(r"/question/experiences/$"))
    check("experiences")
    page.get_by_label("M'occuper d'un proche, de ma famille").check()
    page.get_by_label("Ce que vous faisiez").fill("Aide à mon père pendant huit ans")
    page.get_by_role("button", name="Ajouter", exact=True).click()
    page.get_by_text("C'est ajouté.").wait_for()
    check("experiences-added")
    page.get_by_role("button", name="Question suivante").click()
    page.wait_for_url(re.compile(r"/question/formations/$"))
    check("trainings")
    page.get_by_role("link", name="Passer cette question →").click()
    page.wait_for_url(re.compile(r"/question/competences/$"))
    check("skills")
    page.get_by_label("Ponctuel, on peut compter sur moi").check()
    page.get_by_text("Aide aux personnes (aide à domicile, garde d'enfants)").click()
    page.get_by_label("Préparer des repas").check()
    go_on()
    page.wait_for_url(re.compile(r"/question/langues/$"))
    check("languages")
    go_on()
    page.wait_for_url(re.compile(r"/question/permis/$"))
    check("licence")
    page.get_by_label("Permis B", exact=True).check()
    go_on()
    page.wait_for_url(re.compile(r"/question/loisirs/$"))
    check("interests")
    go_on()
    page.wait_for_url(re.compile(r"/question/photo/$"))
    check("photo")
    page.get_by_label("Votre photo").set_input_files(str(_photo(tmp_path)))
    go_on()
    page.get_by_text("La photo est sur votre CV.").wait_for()
    check("photo-added")
    go_on()
    page.wait_for_url(re.compile(r"/mon-cv/\d+/$"))
    check("cv")
    main = page.locator("main").inner_text()
    assert "Il tient sur une page" in main
    assert "Aide à mon père pendant huit ans (aide à un proche)" in main

    link = page.get_by_role("link", name="Imprimer (PDF)")
    response = page.request.get(f"{site_url}{link.get_attribute('href')}")
    assert response.headers["content-type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.body()))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    first_name = "Gisèle" if width == 320 else "Ngọc"
    assert f"{first_name} Lê-Rousseau" in text
    assert "Préparer des repas" in text

    # Shared with the centre's employment service, with the date shown.
    page.get_by_role("button", name="Partager avec le service emploi").click()
    page.get_by_text("C'est partagé").wait_for()
    assert "Partagé le " in page.locator("main").inner_text()
    check("cv-shared")

    # The employment service reads the CV, comments on it and proposes an offer.
    first_name = "Gisèle" if width == 320 else "Ngọc"
    offer_title = f"Aide à domicile {width}"
    seen = {"counsellor": [], "learner": [page.url]}
    adviser_context, adviser = signed_in(
        browser, site_url, counsellor, theme, viewport={"width": width, "height": 800}
    )

    def adviser_check(name):
        violations.extend(axe_violations(axe, adviser))
        if overflow(adviser) > 0:
            wide.append(name)
        screenshot(adviser, f"jobsearch-{width}-{theme}-{name}")
        seen["counsellor"].append(adviser.url)

    adviser.goto(f"{site_url}/mon-compte/")
    adviser.get_by_role("link", name="Service emploi : documents partagés").click()
    adviser.wait_for_url(re.compile(r"/service-emploi/$"))
    adviser_check("service-list")
    adviser.get_by_role("link", name=f"{first_name} Lê-Rousseau").click()
    adviser.wait_for_url(re.compile(r"/service-emploi/cv/\d+/$"))
    adviser.get_by_label("Votre message").fill("Ajoutez vos horaires possibles, c'est apprécié.")
    adviser.get_by_role("button", name="Envoyer le commentaire").click()
    adviser.get_by_text("Votre message est envoyé.").wait_for()
    adviser_check("service-cv-commented")
    adviser.get_by_role("link", name="← Documents partagés").click()
    adviser.get_by_role("link", name="Offres d'emploi proposées aux personnes").click()
    adviser.wait_for_url(re.compile(r"/service-emploi/offres/$"))
    adviser_check("service-offers")
    adviser.get_by_role("link", name="Ajouter une offre").click()
    adviser.wait_for_url(re.compile(r"/nouvelle/$"))
    adviser_check("offer-new")
    adviser.get_by_label("Le poste").fill(offer_title)
    adviser.get_by_label("L'employeur").fill("ADMR de l'Indre")
    adviser.get_by_label("Le lieu de travail").fill("Déols")
    adviser.get_by_label("CDI (sans date de fin)").check()
    adviser.get_by_label("Le lien vers l'annonce (si elle est sur Internet)").fill("javascript:x")
    adviser.get_by_label("Ce qu'il faut savoir (si vous le voulez)").fill("24 h par semaine.")
    adviser.get_by_role("button", name="Enregistrer l'offre").click()
    adviser.locator("#form-errors").wait_for()
    assert "Ce lien n'est pas une adresse web" in adviser.locator("#form-errors").inner_text()
    adviser_check("offer-new-error")
    adviser.get_by_label("Le lien vers l'annonce (si elle est sur Internet)").fill(
        "https://emploi.example.fr/admr"
    )
    adviser.get_by_role("button", name="Enregistrer l'offre").click()
    adviser.wait_for_url(re.compile(r"/service-emploi/offres/\d+/$"))
    adviser_check("offer")
    adviser.get_by_label("Chercher une personne par son nom ou son identifiant").fill(who[0])
    adviser.get_by_role("button", name="Chercher", exact=True).click()
    adviser.wait_for_url(re.compile(r"\?nom="))
    adviser_check("offer-search")
    adviser.get_by_label(re.compile(re.escape(f"({who[0]})"))).check()
    adviser.get_by_role("button", name="Proposer l'offre aux personnes cochées").click()
    adviser.get_by_text("L'offre est proposée.").wait_for()
    assert "Pas encore de réponse" in adviser.locator("main").inner_text()
    adviser_check("offer-proposed")
    offer_url = adviser.url

    # The learner sees the comment on her CV, then the offer marked new, and answers.
    page.reload()
    assert "Ajoutez vos horaires possibles" in page.locator("#echange").inner_text()
    assert page.locator("#echange .badge").inner_text() == "nouveau"
    check("cv-comment")
    page.goto(f"{site_url}/mon-cv/")
    page.get_by_role("link", name=re.compile("^Offres proposées 1 nouvelle")).click()
    page.wait_for_url(re.compile(r"/mes-offres/$"))
    offer = page.locator("li.offers__offer").filter(has_text=offer_title)
    assert "nouvelle" in offer.locator("h2").inner_text()
    check("offers")
    seen["learner"].append(page.url)
    offer.get_by_role("button", name=re.compile("^Ça m'intéresse")).click()
    page.get_by_text("C'est noté : le service emploi sait que l'offre vous intéresse.").wait_for()
    assert "Votre réponse : ça vous intéresse." in offer.inner_text()
    check("offers-answered")
    adviser.goto(offer_url)
    assert "Ça l'intéresse" in adviser.locator("main").inner_text()
    adviser_check("offer-answered")
    adviser_context.close()

    # A letter from the offer: the offer is already in it.
    offer.get_by_role("button", name=re.compile("^Écrire une lettre pour cette offre")).click()
    page.wait_for_url(re.compile(r"/question/offre/$"))
    assert page.get_by_label("Le poste que vous demandez").input_value() == offer_title
    assert (
        "24 h par semaine."
        in page.get_by_label("Le texte de l'offre (si vous l'avez)").input_value()
    )
    check("letter-from-offer")

    # The pages of the exchange and the offer in the other theme, at the same width.
    other = "contrast" if theme == "default" else "default"
    for role, person in (("counsellor", counsellor), ("learner", who)):
        again, again_page = signed_in(
            browser, site_url, person, other, viewport={"width": width, "height": 800}
        )
        for address in dict.fromkeys(seen[role]):
            again_page.goto(address)
            violations.extend(axe_violations(axe, again_page))
            if overflow(again_page) > 0:
                wide.append(f"{other}:{address}")
        screenshot(again_page, f"jobsearch-{width}-{other}-{role}-last")
        again.close()

    # The cover letter: from the offer to the preview, one question a page.
    page.goto(f"{site_url}/ma-lettre/")
    check("letters")
    page.get_by_role("button", name="Écrire une autre lettre").click()
    page.wait_for_url(re.compile(r"/question/offre/$"))
    check("letter-offer")
    page.get_by_label("Le poste que vous demandez").fill("Aide à domicile")
    page.get_by_label("Le texte de l'offre (si vous l'avez)").fill("L'ADMR recrute (H/F).")
    go_on()
    page.wait_for_url(re.compile(r"/question/coordonnees/$"))
    go_on()
    page.wait_for_url(re.compile(r"/question/vous/$"))
    check("letter-you")
    page.get_by_label("Vous : pourquoi cet employeur ?").fill("Votre association me plaît.")
    go_on()
    page.wait_for_url(re.compile(r"/question/moi/$"))
    go_on()
    page.wait_for_url(re.compile(r"/question/nous/$"))
    go_on()
    page.wait_for_url(re.compile(r"/ma-lettre/\d+/$"))
    assert "Votre association me plaît." in page.locator("main").inner_text()
    check("letter")
    context.close()
    assert violations == []
    assert wide == []
