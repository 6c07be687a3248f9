"""Mentoring in a real browser. The facilitator creates a learner and a mentor account and
pairs them; the learner accepts, asks a question on a step of a lesson; the mentor answers and
writes a tip; the learner reads the answer and marks it solved; the facilitator approves the
tip in the admin and the learner finds it on the lesson. Every site page on the way passes
axe-core (WCAG A/AA)."""

import re
import secrets
import string

import pytest

from .conftest import FACILITATOR, axe_violations, screenshot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect


def tag():
    return "".join(secrets.choice(string.ascii_lowercase) for _ in range(6)).capitalize()


def nav(page):
    return page.get_by_role("navigation", name="Menu principal")


def flash(page):
    """The site's message after a post (exercises have status regions of their own)."""
    return page.locator("div.messages")


def card_of(page, first_name):
    card = page.locator("li.access-card").filter(has_text=first_name)
    expect(card).to_have_count(1)
    username, code = card.locator("dd.access-card__value").all_inner_texts()
    return username, code


@pytest.fixture
def audit(axe):
    violations = []

    def check(page, name):
        violations.extend(axe_violations(axe, page))
        screenshot(page, f"mentoring-{name}")

    check.violations = violations
    return check


def facilitator_sets_up(site_url, page, audit, learner_name, mentor_name):
    """Creates a learner and a mentor account and proposes the pairing; returns both cards."""
    sign_in(page, site_url, *FACILITATOR)
    nav(page).get_by_role("link", name="Apprenants").click()
    page.get_by_role("link", name="Créer des comptes").click()
    page.get_by_label("Prénoms des apprenants, un par ligne").fill(learner_name)
    page.get_by_role("button", name="Créer les comptes et les cartes").click()
    expect(page).to_have_url(re.compile(r"/cartes/$"))
    learner_card = card_of(page, learner_name)

    nav(page).get_by_role("link", name=re.compile("^Accompagnement")).click()
    expect(page.locator("h1")).to_contain_text("Accompagnement")
    audit(page, "hub")
    # A bad first name first: the error is said plainly, nothing is created.
    page.get_by_label("Prénom de l'ange gardien").fill("1234")
    page.get_by_role("button", name="Créer le compte et sa carte").click()
    expect(page.locator(".field-error")).to_contain_text("n'est pas un prénom")
    audit(page, "hub-error")
    page.get_by_label("Prénom de l'ange gardien").fill(mentor_name)
    page.get_by_role("button", name="Créer le compte et sa carte").click()
    expect(page).to_have_url(re.compile(r"/cartes/$"))
    mentor_card = card_of(page, mentor_name)

    nav(page).get_by_role("link", name=re.compile("^Accompagnement")).click()
    page.get_by_label("Ange gardien", exact=True).select_option(
        label=f"{mentor_name} ({mentor_card[0]})"
    )
    page.get_by_label("Apprenant", exact=True).select_option(
        label=f"{learner_name} ({learner_card[0]})"
    )
    page.get_by_role("button", name="Proposer le binôme").click()
    expect(flash(page)).to_contain_text("Binôme proposé")
    expect(page.locator(".mentee-card").filter(has_text=mentor_name)).to_contain_text(
        "en attente de l'accord de l'apprenant"
    )
    audit(page, "hub-paired")
    return learner_card, mentor_card


def test_question_answer_solved_and_an_approved_tip(site_url, browser, page, audit, demo_paths):
    learner_name, mentor_name = f"Odile {tag()}", f"Gaston {tag()}"
    learner_card, mentor_card = facilitator_sets_up(
        site_url, page, audit, learner_name, mentor_name
    )
    lesson_url = f"{site_url}{demo_paths['paths']['lesson']}"

    contexts = [browser.new_context(viewport={"width": 1280, "height": 900}) for _ in range(2)]
    learner, mentor = (context.new_page() for context in contexts)
    try:
        # The learner accepts the mentor.
        sign_in(learner, site_url, *learner_card)
        nav(learner).get_by_role("link", name=re.compile("^Mon ange gardien")).click()
        expect(learner.locator("h1")).to_have_text("Mon ange gardien")
        audit(learner, "consent")
        learner.get_by_role("button", name="Oui, j'accepte").click()
        expect(flash(learner)).to_contain_text("votre ange gardien peut")
        audit(learner, "consent-accepted")

        # A question on a step of the lesson.
        learner.goto(lesson_url)
        step_link = learner.get_by_role("link", name=re.compile("^Poser une question sur cette"))
        assert step_link.count() >= 1
        step_link.first.click()
        expect(learner.get_by_label("Votre question", exact=True)).to_be_visible()
        step_choice = learner.get_by_label("Sur quelle partie ?")
        assert step_choice.input_value() != ""  # the step is chosen already
        learner.get_by_label("Votre question", exact=True).fill("")
        learner.get_by_role("button", name="Envoyer ma question").click()
        expect(learner.locator(".field-error")).to_contain_text("Le message est vide")
        # Issue 28: the summary takes the focus, the title says there is an error.
        expect(learner.locator("#form-errors")).to_be_focused()
        expect(learner).to_have_title(re.compile(r"^Erreur : J'ai une question"))
        audit(learner, "ask-empty")
        learner.get_by_label("Votre question", exact=True).fill(
            "Je ne vois pas ce bouton sur mon écran. <b>Aidez-moi</b>"
        )
        learner.get_by_role("button", name="Envoyer ma question").click()
        expect(flash(learner)).to_contain_text("Votre question est envoyée")
        thread = learner.locator("article.thread")
        expect(thread).to_contain_text("<b>Aidez-moi</b>")  # shown as typed, never as markup
        expect(thread).to_contain_text("En attente de réponse")
        audit(learner, "lesson-question")

        # The mentor finds it and answers.
        sign_in(mentor, site_url, *mentor_card)
        expect(nav(mentor).get_by_role("link", name=re.compile("^Mes apprenants"))).to_contain_text(
            "1 nouvelle question"
        )
        nav(mentor).get_by_role("link", name=re.compile("^Mes apprenants")).click()
        expect(mentor.locator(".mentee-card")).to_contain_text(learner_name)
        audit(mentor, "mentees")
        mentor.locator(".thread-card__title a").first.click()
        expect(mentor.locator("h1")).to_have_text(f"Question de {learner_name}")
        mentor.get_by_label("Votre message", exact=True).fill(
            "Il est en bas de l'écran, à gauche. Voir aussi www.service-public.fr"
        )
        mentor.get_by_role("button", name="Envoyer").click()
        expect(flash(mentor)).to_contain_text("Votre message est envoyé")
        expect(mentor.get_by_role("link", name="www.service-public.fr")).to_have_attribute(
            "rel", "nofollow noopener noreferrer"
        )
        audit(mentor, "thread-answered")

        # The mentor writes a tip on the same lesson.
        mentor.goto(lesson_url)
        tip_field = mentor.get_by_label("Votre conseil", exact=True)
        if not tip_field.is_visible():  # open at first, while the mentor has written none
            mentor.locator("summary", has_text="Écrire un conseil pour cette leçon").click()
        tip_text = f"Gardez la souris bien à plat ({tag()})."
        tip_field.fill(tip_text)
        mentor.get_by_role("button", name="Envoyer mon conseil").click()
        expect(flash(mentor)).to_contain_text("Votre conseil est envoyé")
        expect(mentor.locator(".own-tip")).to_contain_text("En attente de relecture")
        audit(mentor, "lesson-tip-pending")

        # The learner reads the answer and marks the question solved.
        learner.goto(f"{site_url}/")
        expect(nav(learner).get_by_role("link", name=re.compile("^Mes questions"))).to_contain_text(
            "1 réponse nouvelle"
        )
        nav(learner).get_by_role("link", name=re.compile("^Mes questions")).click()
        audit(learner, "my-questions")
        learner.goto(lesson_url)
        thread = learner.locator("article.thread")
        expect(thread).to_contain_text("Il est en bas de l'écran, à gauche.")
        expect(thread).to_contain_text(f"{mentor_name} (ange gardien)")
        expect(thread.locator(".badge")).to_have_text("Nouveau")
        thread.get_by_role("button", name="C'est résolu").click()
        expect(flash(learner)).to_contain_text("question résolue")
        expect(learner.locator("article.thread")).to_contain_text("Résolue")
        audit(learner, "lesson-solved")

        # The facilitator approves the tip in the admin's queue.
        page.goto(f"{site_url}/admin/mentoring/conseils/?status=pending")
        page.get_by_role("link", name=re.compile(re.escape(tip_text[:20]))).click()
        page.get_by_role("button", name="Approuver").click()
        expect(page.locator("body")).to_contain_text("Conseil approuvé")

        # Every learner now sees it on the lesson, signed with the mentor's first name.
        learner.goto(lesson_url)
        tips = learner.get_by_role("region", name=re.compile("conseil"))
        expect(tips).to_contain_text(tip_text)
        expect(tips).to_contain_text(f"— {mentor_name}, ange gardien")
        audit(learner, "lesson-tip-approved")
        learner.locator("#conseils").scroll_into_view_if_needed()
        screenshot(learner, "mentoring-lesson-thread-and-tip")

        mentor.goto(f"{site_url}/mes-apprenants/")
        audit(mentor, "mentees-after")
        assert audit.violations == []
    finally:
        for context in contexts:
            context.close()
