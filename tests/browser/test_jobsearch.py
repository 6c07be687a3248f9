"""« Mon CV » in Chromium: a learner with no CV builds one from the account page, question by
question (a mistake first), adds a photo, prints the PDF, shares it with the employment service
and writes a cover letter; every page passes axe-core, at 320 px in the default theme and at
1280 px in high contrast, and nothing scrolls sideways."""

import io
import re

import pytest
from PIL import Image
from pypdf import PdfReader

from .conftest import axe_violations, create_learners, new_context, screenshot, sign_in
from .test_accessibility import overflow

pytestmark = pytest.mark.browser

RUNS = [(320, "default"), (1280, "contrast")]


@pytest.fixture(scope="module")
def job_seekers(browser, site_url):
    return create_learners(browser, site_url, ["Gisèle", "Ngọc"])


def _photo(tmp_path):
    path = tmp_path / "moi.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (900, 1200), (120, 140, 170)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


@pytest.mark.parametrize(("width", "theme"), RUNS, ids=[f"{w}-{t}" for w, t in RUNS])
def test_a_learner_builds_a_cv_and_prints_it(
    site_url, browser, axe, job_seekers, tmp_path, width, theme
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

    # The cover letter: from the offer to the preview, one question a page.
    page.goto(f"{site_url}/ma-lettre/")
    check("letters-empty")
    page.get_by_role("button", name="Commencer ma lettre").click()
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
