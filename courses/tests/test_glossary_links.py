"""Glossary words in lessons: linked once per text, opened in place, never where a word is not
for reading; the page costs the same queries whatever the size of the glossary."""

from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.factories import GlossaryTermFactory
from courses.glossary_links import link_terms

TERMS = [
    ("Souris", "Le petit appareil qui déplace la flèche."),
    ("barre des tâches", "La bande en bas de l'écran."),
    ("barre", "Un trait."),
    ("clic", "Appuyer une fois <vite>."),
]


def links(html):
    return BeautifulSoup(html, "html.parser").select("a.glossary-link")


def test_first_appearance_is_linked_with_its_definition_ready():
    html = link_terms("<p>Prenez la souris. La souris bouge.</p>", TERMS)
    soup = BeautifulSoup(html, "html.parser")
    [link] = soup.select("a.glossary-link")
    assert link.get_text() == "souris" and link["href"] == "/glossaire/#souris"
    popover = soup.find(id=link["data-popover"])
    assert popover.has_attr("popover") and popover["role"] == "dialog"
    assert popover.find(id=popover["aria-labelledby"]).get_text() == "Souris"
    assert "déplace la flèche" in popover.get_text()
    assert popover.find("button")["popovertarget"] == popover["id"]
    assert soup.get_text().count("La souris bouge.") == 1


def test_longest_word_wins_plurals_count_and_case_is_forgiven():
    html = link_terms("<p>Deux SOURIS et la barre des tâches, puis une barre.</p>", TERMS)
    assert [a.get_text() for a in links(html)] == ["SOURIS", "barre des tâches", "barre"]


def test_words_inside_other_words_links_headings_and_code_stay_plain():
    html = link_terms(
        '<h2>La souris</h2><p><a href="/x">un clic</a> <code>clic</code> cliquer '
        "souriceau barre-outil</p>",
        TERMS,
    )
    assert links(html) == []


def test_text_is_kept_exactly_and_definitions_are_escaped():
    html = link_terms("<p>Un clic &amp; un <b>autre</b> &lt;mot&gt;.</p>", TERMS)
    soup = BeautifulSoup(html, "html.parser")
    for popover in soup.select(".glossary-popover"):
        popover.decompose()
    assert soup.p.decode_contents() == (
        'Un <a class="glossary-link" data-popover="'
        + soup.a["data-popover"]
        + '" href="/glossaire/#clic">clic</a> &amp; un <b>autre</b> &lt;mot&gt;.'
    )
    assert "&lt;vite&gt;" in html


def test_no_glossary_leaves_the_text_alone():
    assert link_terms("<p>La souris</p>", []) == "<p>La souris</p>"


def test_a_lesson_links_its_words_and_loads_the_script(client, make_course):
    GlossaryTermFactory(term="Souris", definition="Le petit appareil qui déplace la flèche.")
    _, lessons = make_course(lessons=1)
    html = client.get(lessons[0].url).content.decode()
    assert "js/glossary.js" in html


def test_lesson_queries_do_not_grow_with_the_glossary(client, make_course):
    _, lessons = make_course(lessons=1)
    GlossaryTermFactory(term="Souris", definition="Un appareil.")

    def count():
        from django.core.cache import cache

        cache.clear()  # the text blocks render afresh, as after a publication
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lessons[0].url).status_code == 200
        return len(captured)

    client.get(lessons[0].url)
    few = count()
    for n in range(40):
        GlossaryTermFactory(term=f"mot{n}", definition="Un mot.")
    client.get(lessons[0].url)  # the words are read again once, after a change
    assert count() == few


def test_a_new_word_shows_in_lessons_at_once(client, make_course):
    from django.core.cache import cache

    _, lessons = make_course(lessons=1)
    body_text = BeautifulSoup(client.get(lessons[0].url).content, "html.parser")
    word = body_text.select_one(".lesson__body .rich-text p").get_text().split()[0].strip(".,")
    GlossaryTermFactory(term=word, definition="Défini à l'instant.")
    cache.clear()
    assert "Défini à l'instant." in client.get(lessons[0].url).content.decode()
