"""Partner agents in a real browser. The facilitator invites a CAF agent, who chooses a
password; a learner sees the CAF's permanence on the lesson about the CAF, says they will come,
asks the CAF a question (a social-security number in it is masked, and they are told why); the
agent answers and proposes the answer as a frequent question; the facilitator publishes it and
the learner finds it on the lesson. Every page on the way passes axe-core (WCAG A/AA)."""

import re
import secrets

import pytest

from .conftest import FACILITATOR, axe_violations, create_learners, screenshot, sign_in

pytestmark = pytest.mark.browser
expect = pytest.importorskip("playwright.sync_api").expect

NIR = "1 85 05 78 006 084 91"  # a valid key: 97 − (1850578006084 mod 97) = 91


@pytest.fixture
def audit(axe):
    violations = []

    def check(page, name):
        violations.extend(axe_violations(axe, page))
        screenshot(page, f"partners-{name}")

    check.violations = violations
    return check


def flash(page):
    return page.locator("div.messages")


def test_a_question_to_the_caf_becomes_a_frequent_question(site_url, browser, audit, demo_paths):
    caf_lesson = next(path for path in demo_paths["lessons"] if "caisse-allocations" in path)
    name = "Odette" + "".join(secrets.choice("abcdefghij") for _ in range(5))
    (learner_card,) = create_learners(browser, site_url, [name])
    contexts = [browser.new_context(viewport={"width": 375, "height": 812}) for _ in range(3)]
    facilitator, learner, agent = (context.new_page() for context in contexts)
    email = f"agent{secrets.randbelow(10**6)}@caf.example"
    password = f"Une-phrase-{secrets.token_hex(4)}"
    try:
        # The facilitator invites a CAF agent; the agent chooses a password with the link.
        sign_in(facilitator, site_url, *FACILITATOR)
        facilitator.goto(f"{site_url}/animation/partenaires/")
        facilitator.get_by_label("Organisme").select_option(
            label="Caisse d'allocations familiales de l'Indre"
        )
        facilitator.get_by_label("Prénom").fill("Agnès")
        facilitator.get_by_label("Nom", exact=True).fill("Martin")
        facilitator.get_by_label("Adresse e-mail professionnelle").fill(email)
        facilitator.get_by_role("button", name="Inviter l'agent").click()
        expect(flash(facilitator)).to_contain_text("peut maintenant répondre")
        audit(facilitator, "invited")
        link = facilitator.locator("code.invitation-link").inner_text()
        agent.goto(link)
        agent.get_by_label("Nouveau mot de passe", exact=True).fill(password)
        agent.get_by_label("Confirmation du nouveau mot de passe").fill(password)
        audit(agent, "invitation")
        agent.get_by_role("button", name="Enregistrer mon mot de passe").click()
        expect(flash(agent)).to_contain_text("Votre mot de passe est enregistré")

        # The learner sees the CAF's permanence on the lesson and says they will come.
        sign_in(learner, site_url, *learner_card)
        learner.goto(f"{site_url}{caf_lesson}")
        services = learner.locator("#services")
        expect(services).to_contain_text("Un agent de la CAF sera là")
        audit(learner, "lesson")
        services.get_by_role(
            "button", name=re.compile("^Je viendrai avec une question")
        ).first.click()
        expect(flash(learner)).to_contain_text("l'agent saura que vous venez")
        expect(learner.locator("#services")).to_contain_text("Vous avez dit que vous viendrez")

        # The question, with a social-security number typed without thinking.
        learner.locator("#services").get_by_role("link", name="Poser une question à la CAF").click()
        learner.get_by_role("button", name="Envoyer ma question").click()
        expect(learner.locator(".field-error")).to_contain_text("Le message est vide")
        expect(learner.locator("#form-errors")).to_be_focused()
        audit(learner, "ask-empty")
        learner.get_by_label("Votre question").fill(
            f"Mon aide au logement a baissé ce mois-ci, pourquoi ? Mon numéro est {NIR}."
        )
        learner.get_by_role("button", name="Envoyer ma question").click()
        expect(flash(learner)).to_contain_text("carte Vitale")
        expect(learner.locator(".posts")).to_contain_text("[numéro de sécurité sociale caché]")
        expect(learner.locator(".posts")).not_to_contain_text("006 084")
        audit(learner, "question-sent")

        # The agent signs in, answers, and proposes a frequent question.
        sign_in(agent, site_url, email, password)
        menu = agent.locator("#site-nav")  # folded behind « Menu » on a phone
        expect(
            menu.get_by_role("link", name="Espace partenaire", include_hidden=True)
        ).to_have_count(1)
        agent.goto(f"{site_url}/partenaires/")
        expect(agent.locator("h1")).to_contain_text("la CAF")
        expect(agent.locator("main")).to_contain_text("1 personne a dit venir")
        audit(agent, "agent-home")
        agent.get_by_role("link", name=re.compile(rf"^{name} \(.*\) à la CAF")).click()
        agent.get_by_label("Votre message").fill(
            "Votre aide suit vos ressources des trois derniers mois. Venez à la permanence de "
            "mardi avec votre dernier courrier."
        )
        agent.get_by_role("button", name="Envoyer").click()
        expect(flash(agent)).to_contain_text("Votre message est envoyé")
        audit(agent, "answered")
        agent.get_by_role("link", name="En faire une question fréquente").click()
        agent.get_by_label("La question, pour tout le monde").fill(
            "Pourquoi mon aide au logement baisse-t-elle ?"
        )
        audit(agent, "frequent-form")
        agent.get_by_role("button", name="Proposer la question fréquente").click()
        expect(flash(agent)).to_contain_text("Un animateur du centre va relire")

        # The facilitator publishes it; the learner finds it on the lesson.
        facilitator.goto(f"{site_url}/animation/partenaires/")
        card = facilitator.locator("li").filter(has_text="Pourquoi mon aide au logement baisse")
        audit(facilitator, "review")
        card.get_by_role("button", name="Publier sur les leçons").click()
        expect(flash(facilitator)).to_contain_text("publiée sur les leçons")
        learner.goto(f"{site_url}{caf_lesson}")
        frequent = learner.locator("#questions-frequentes")
        expect(frequent).to_contain_text("Pourquoi mon aide au logement baisse-t-elle ?")
        frequent.locator("summary").first.click()
        expect(frequent).to_contain_text("Votre aide suit vos ressources")
        expect(learner.locator("#services")).to_contain_text("Ma question à la CAF")
        audit(learner, "lesson-frequent")
    finally:
        for context in contexts:
            context.close()
    assert audit.violations == []
