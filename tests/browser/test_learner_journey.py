"""A whole workshop in a real browser: the facilitator signs in, creates a group of learners
and prints their access cards; a learner signs in with a card, follows lessons, signs out, and
finds where to resume. Every page on the way passes axe-core (WCAG A/AA)."""

import re
import secrets
import string

import pytest

from .conftest import FACILITATOR, axe_violations, fill_sign_in, screenshot

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

FIRST_NAMES = ("Aïcha", "Bernard", "Chloé", "Didier", "Élodie", "Fatou", "Gérard", "Hélène")


def group_of_first_names():
    """Eight first names nobody else in the shared demo site has (letters only)."""
    tag = "".join(secrets.choice(string.ascii_lowercase) for _ in range(6)).capitalize()
    return [f"{name} {tag}" for name in FIRST_NAMES]


def audit(axe, page, name, violations):
    violations += axe_violations(axe, page)
    screenshot(page, f"journey-{name}")


def nav(page):
    return page.get_by_role("navigation", name="Menu principal")


def sign_out(page):
    """Signs out from the "Mon compte" page."""
    page.get_by_role("button", name="Me déconnecter").click()
    # Waits for the page the sign-out leads to (is_visible() would look at the old one).
    expect(nav(page).get_by_role("link", name="Se connecter")).to_be_visible()
    assert nav(page).get_by_role("link", name="Mon compte").count() == 0


def finish_lesson(page):
    page.get_by_role("button", name="J'ai terminé cette leçon").click()
    assert "Leçon terminée" in page.locator("#fin-de-lecon").inner_text()
    assert page.get_by_role("button", name="J'ai terminé cette leçon").count() == 0


def facilitator_creates_cards(site_url, page, axe, violations, first_names):
    """The facilitator's part; returns the username and code of the first card."""
    page.goto(f"{site_url}/")
    nav(page).get_by_role("link", name="Se connecter").click()
    expect(page).to_have_url(f"{site_url}/connexion/")
    assert page.locator("h1").inner_text() == "Se connecter"
    audit(axe, page, "sign-in", violations)
    fill_sign_in(page, *FACILITATOR)
    expect(page).to_have_url(f"{site_url}/")
    assert nav(page).get_by_role("link", name="Mon compte").is_visible()
    audit(axe, page, "home-facilitator", violations)

    nav(page).get_by_role("link", name="Apprenants").click()
    expect(page).to_have_url(re.compile(r"/animation/apprenants/$"))
    assert page.locator("h1").inner_text().startswith("Apprenants")
    audit(axe, page, "learner-list", violations)

    page.get_by_role("link", name="Créer des comptes").click()
    expect(page).to_have_url(re.compile(r"/animation/apprenants/ajouter/$"))
    audit(axe, page, "learner-add", violations)
    names_field = page.get_by_label("Prénoms des apprenants, un par ligne")
    create = page.get_by_role("button", name="Créer les comptes et les cartes")

    names_field.fill("1234")
    create.click()
    expect(page).to_have_url(re.compile(r"/animation/apprenants/ajouter/$"))
    assert "« 1234 » n'est pas un prénom" in page.locator(".field-error").inner_text()
    audit(axe, page, "learner-add-error", violations)

    names_field.fill("\n".join(first_names))
    create.click()
    expect(page).to_have_url(re.compile(r"/cartes/$"))
    expect(page.get_by_role("status").filter(has_text="8 comptes créés")).to_be_visible()
    cards = page.locator("li.access-card")
    assert cards.count() == 8
    # Role-based: a CSS "svg" under the cards would also match the Wagtail userbar's icons.
    qr_label = "Code QR qui ouvre la page de connexion de "
    assert page.get_by_role("img", name=re.compile(f"^{qr_label}")).count() == 8
    for index, name in enumerate(first_names):
        card = cards.nth(index)
        assert card.locator(".access-card__name").inner_text() == name
        qr_code = card.get_by_role("img", name=f"{qr_label}{name}", exact=True)
        assert qr_code.evaluate("element => element.localName") == "svg"
    audit(axe, page, "cards", violations)

    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert not page.locator(".site-footer").is_visible()
    assert not page.locator("h1").is_visible()
    assert not page.get_by_role("button", name="Imprimer les cartes").is_visible()
    assert all(cards.nth(index).is_visible() for index in range(8))
    page.emulate_media(media="screen")
    assert page.locator(".site-header").is_visible()
    assert page.get_by_role("button", name="Imprimer les cartes").is_visible()

    card = cards.filter(has_text=first_names[0])
    username, code = card.locator("dd.access-card__value").all_inner_texts()
    assert re.fullmatch(r"[a-z]+\d{2}", username), username
    assert re.fullmatch(r"[a-z2-9]{4} [a-z2-9]{4}", code), code

    page.get_by_role("link", name="Retour aux apprenants").click()
    table = page.get_by_role("table")
    for name in first_names:
        assert table.get_by_role("link", name=name, exact=True).count() == 1
    assert table.get_by_role("cell", name=username, exact=True).count() == 1

    nav(page).get_by_role("link", name="Mon compte").click()
    assert page.locator("h1").inner_text() == "Mon compte"
    audit(axe, page, "account-facilitator", violations)
    sign_out(page)
    return username, code


def test_facilitator_creates_cards_and_a_learner_follows_lessons(site_url, browser, page, axe):
    violations = []
    first_names = group_of_first_names()
    username, code = facilitator_creates_cards(site_url, page, axe, violations, first_names)

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    learner = context.new_page()
    try:
        # A mistyped code first ("0" is never in a code): the error is shown, accessibly.
        learner.goto(f"{site_url}/connexion/?u={username}")
        assert learner.get_by_label("Identifiant", exact=True).input_value() == username
        fill_sign_in(learner, username, "0000 0000")
        expect(learner).to_have_url(re.compile(r"/connexion/\?u="))
        # The error summary takes the focus and says what is wrong.
        summary = learner.locator("#form-errors")
        assert "ne correspond pas" in summary.inner_text()
        expect(summary).to_be_focused()
        audit(axe, learner, "sign-in-error", violations)

        fill_sign_in(learner, username, code)
        expect(learner).to_have_url(f"{site_url}/")
        assert learner.locator("h1").inner_text() == f"Bonjour {first_names[0]} !"
        assert learner.get_by_role("link", name=re.compile("^Reprendre")).count() == 0
        audit(axe, learner, "home-learner", violations)

        learner.get_by_role("region", name="Les ateliers").get_by_role("link").first.click()
        course_title = learner.locator("h1").inner_text()
        learner.get_by_role("link", name="Commencer la première leçon").click()
        eyebrow = learner.locator(".eyebrow").inner_text()
        assert "leçon 1 sur" in eyebrow
        total = int(re.search(r"leçon 1 sur (\d+)", eyebrow)[1])
        assert total >= 3
        finish_lesson(learner)

        learner.get_by_role("link", name="Leçon suivante").click()
        assert f"leçon 2 sur {total}" in learner.locator(".eyebrow").inner_text()
        finish_lesson(learner)

        learner.get_by_role("link", name="Leçon suivante").click()
        assert f"leçon 3 sur {total}" in learner.locator(".eyebrow").inner_text()
        third_title = learner.locator("h1").inner_text()
        third_url = learner.url
        assert learner.get_by_role("button", name="J'ai terminé cette leçon").is_visible()

        nav(learner).get_by_role("link", name="Mon parcours").click()
        assert learner.locator("h1").inner_text() == "Mon parcours"
        item = learner.locator(".progress-item").filter(
            has=learner.get_by_role("heading", name=course_title, exact=True)
        )
        assert item.count() == 1
        bar = item.get_by_label(f"2 leçons terminées sur {total}", exact=True)
        assert bar.evaluate("element => element.localName") == "progress"
        assert bar.evaluate("element => element.value") == 2
        audit(axe, learner, "my-path", violations)

        nav(learner).get_by_role("link", name="Mon compte").click()
        assert learner.locator("h1").inner_text() == "Mon compte"
        assert username in learner.locator(".facts").inner_text()
        audit(axe, learner, "account-learner", violations)
        sign_out(learner)

        nav(learner).get_by_role("link", name="Se connecter").click()
        fill_sign_in(learner, username, code)
        expect(learner).to_have_url(f"{site_url}/")
        audit(axe, learner, "home-resume", violations)
        assert violations == []

        # The lesson opened last, not the last one finished, is where to resume.
        resume = learner.get_by_role("link", name=re.compile("^Reprendre : "))
        expect(resume).to_have_text(f"Reprendre : {third_title}")
        resume.click()
        expect(learner).to_have_url(re.compile(f"^{re.escape(third_url)}(#.*)?$"))
        assert learner.locator("h1").inner_text() == third_title
    finally:
        context.close()
