"""The reading-level check in the editor: a preview marks the paragraphs that deserve advice
and Wagtail's checker lists them beside its own checks; a learner's page is never marked and
nothing blocks a publication."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory

from courses.factories import GlossaryTermFactory
from courses.reading_check import mark
from courses.tests.test_readability import HEAVY, PLAIN

pytestmark = pytest.mark.django_db


def test_mark_puts_the_advice_on_the_paragraph_that_needs_it():
    html = mark(f"<p>{PLAIN}</p><ul><li><p>{HEAVY}</p></li></ul>")
    soup = BeautifulSoup(html, "html.parser")
    plain, heavy = soup.find_all("p")
    assert not plain.has_attr("data-lisibilite")
    assert heavy["data-lisibilite"] == "mot-rare paragraphe-dense phrase-longue"
    assert "Phrase longue (28 mots)" in heavy["data-lisibilite-conseil"]
    assert not soup.find("li").has_attr("data-lisibilite")
    assert mark(f"<p>{PLAIN}</p>") == f"<p>{PLAIN}</p>"


def lesson_with(make_course, text):
    _, lessons = make_course(lessons=1)
    lesson = lessons[0].specific
    lesson.body = [{"type": "text", "value": f"<p>{text}</p>"}]
    lesson.save_revision().publish()
    return lesson


def test_the_preview_marks_and_the_checker_knows_the_three_checks(client, make_course, people):
    lesson = lesson_with(make_course, HEAVY)
    GlossaryTermFactory(term="dématérialisé")
    request = RequestFactory().get("/")
    request.user = people["facilitator"]
    preview = lesson.make_preview_request(
        original_request=request, extra_request_attrs={"in_preview_panel": True}
    )
    soup = BeautifulSoup(preview.content, "html.parser")
    marked = soup.select_one("main [data-lisibilite]")
    assert "phrase-longue" in marked["data-lisibilite"].split()
    # A glossary word is known: no advice names it.
    assert "dématérialisé" not in marked["data-lisibilite-conseil"]
    # The checker of the userbar (the same in the preview panel) lists the three checks.
    client.force_login(people["facilitator"])
    html = client.get(lesson.url).content.decode()
    assert not BeautifulSoup(html, "html.parser").select("[data-lisibilite]")
    # Inside the userbar's <template>, which CSS selectors do not enter.
    config = json.loads(
        re.search(r'id="checker-axe-configuration"[^>]*>(.*?)</script>', html, re.S).group(1)
    )
    run_only = config["options"]["runOnly"]
    assert {"pasapas-phrase-longue", "pasapas-mot-rare", "pasapas-paragraphe-dense"} <= set(
        run_only
    )
    assert "alt-text-quality" in run_only  # Wagtail's own checks stay
    rules = {rule["id"]: rule for rule in config["spec"]["rules"]}
    assert rules["pasapas-phrase-longue"]["selector"] == "[data-lisibilite~='phrase-longue']"
    assert rules["pasapas-phrase-longue"]["all"] == ["pasapas-conseil-de-lecture"]
    assert config["messages"]["pasapas-mot-rare"]["error_name"] == "Lisibilité : mot peu courant"
    assert "la page peut être publiée" in config["messages"]["pasapas-mot-rare"]["help_text"]


def test_a_learner_page_is_never_marked(client, make_course, people):
    lesson = lesson_with(make_course, HEAVY)
    client.force_login(people["learner_a"])
    html = client.get(lesson.url).content.decode()
    assert "Lorsque vous aurez complété" in html and "data-lisibilite" not in html
