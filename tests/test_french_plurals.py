"""Counts in French: 0 and 1 take the singular, no « (s) » or « (e) » in what people read, and
words that fit everyone where the person's gender is unknown."""

import re
from pathlib import Path

from django.utils import translation
from django.utils.translation import ngettext

from courses.models.mixins import format_minutes
from progress import services as progress_services

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", ".venv-lrs", "node_modules", "locale", "tests", ".git", "media", "static_root"}


def test_zero_takes_the_singular_on_the_pages(client, people):
    learner = people["learner_a"]
    progress_services.lesson_visit(user=learner, lesson=people["lessons"][0])
    client.force_login(learner)
    html = client.get("/mon-parcours/").content.decode()
    assert "0 leçon terminée sur 3" in html
    assert "3 leçons à terminer" in html
    # And in the code's own messages, once a page set the language up.
    with translation.override("fr"):
        assert ngettext("%(n)s place", "%(n)s places", 0) == "%(n)s place"
        assert ngettext("%(n)s place", "%(n)s places", 2) == "%(n)s places"


def test_english_keeps_its_own_rule(client, people):
    client.get("/")
    with translation.override("en"):
        assert ngettext("%(n)s marque-page", "%(n)s marque-pages", 0) == "%(n)s marque-pages"


def test_durations_do_not_break_between_hours_and_minutes():
    assert format_minutes(185) == "3\u00a0h\u00a005"
    assert format_minutes(25) == "25\u00a0min"


def test_no_inclusive_brackets_in_templates():
    """« leçon(s) », « inscrit(e) »: plural forms and neutral words instead."""
    found = []
    for path in ROOT.rglob("*.html"):
        if SKIP & set(path.relative_to(ROOT).parts):
            continue
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if re.search(r"[a-zé]\((e|s|es|e\)s)\)", line):
                found.append(f"{path.relative_to(ROOT)}:{number}")
    assert found == []


def test_the_live_bar_and_the_room_fit_everyone():
    bar = (ROOT / "workshops/templates/workshops/includes/live_bar.html").read_text()
    room = (ROOT / "workshops/templates/workshops/live_room.html").read_text()
    assert "J'ai besoin d'aide" in bar and "bloqué" not in bar
    assert "Où en est-il" not in room
