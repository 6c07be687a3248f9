"""Search over courses and lessons, theme (tag) pages and the glossary, with bad input."""

import pytest
from bs4 import BeautifulSoup

from courses.factories import GlossaryTermFactory, LessonPageFactory


@pytest.fixture
def lessons(make_course):
    course, _ = make_course(lessons=0, title="Les bases de l'ordinateur")
    mouse = LessonPageFactory(
        parent=course,
        title="Tenir la souris",
        summary="Déplacer la flèche et cliquer.",
        body=[{"type": "text", "value": "<p>Posez la main sur la souris, sans serrer.</p>"}],
    )
    keyboard = LessonPageFactory(
        parent=course,
        title="Le clavier",
        summary="Écrire des lettres et des chiffres.",
        body=[{"type": "text", "value": "<p>Les touches des majuscules et des accents.</p>"}],
    )
    mouse.tags.add("souris")
    mouse.save_revision().publish()
    return course, mouse, keyboard


def test_search_finds_a_lesson_by_a_french_word(client, lessons):
    _, mouse, keyboard = lessons
    response = client.get("/recherche/", {"q": "souris"})
    html = response.content.decode()
    assert response.status_code == 200
    assert mouse.title in html
    assert keyboard.title not in html
    assert "Les bases de l&#x27;ordinateur" in html  # the lesson's course is named


def test_search_finds_words_of_the_body(client, lessons):
    html = client.get("/recherche/", {"q": "majuscules"}).content.decode()
    assert "Le clavier" in html


@pytest.mark.postgres
def test_search_uses_french_stemming_on_postgresql(client, lessons):
    # "touche" (singular) finds "touches"; "déplacer" finds "Déplacer".
    html = client.get("/recherche/", {"q": "touche"}).content.decode()
    assert "Le clavier" in html


def test_search_with_nothing_found_says_so_kindly(client, lessons):
    html = client.get("/recherche/", {"q": "hélicoptère"}).content.decode()
    assert "Rien trouvé" in html


def test_search_ignores_drafts(client, lessons):
    _, mouse, _ = lessons
    mouse.unpublish()
    assert "Tenir la souris" not in client.get("/recherche/", {"q": "souris"}).content.decode()


@pytest.mark.parametrize(
    "query",
    ["x" * 5000, "' OR 1=1 --", "<script>alert(1)</script>", "%00", "souris" * 20, "   "],
)
def test_search_survives_bad_input(client, lessons, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if len(query) > 100:
        assert "Votre recherche est trop longue" in html and "too long" not in html
        client.cookies["pasapas_language"] = "en"
        html = client.get("/recherche/", {"q": query}).content.decode()
        assert "Your search is too long: 100 characters at most." in html


def test_search_page_two_out_of_range_is_harmless(client, lessons):
    response = client.get("/recherche/", {"q": "souris", "page": "999"})
    assert response.status_code == 200
    response = client.get("/recherche/", {"q": "souris", "page": "abc"})
    assert response.status_code == 200


def test_tag_page_lists_tagged_lessons(client, lessons):
    _, mouse, keyboard = lessons
    html = client.get("/themes/souris/").content.decode()
    assert mouse.title in html and keyboard.title not in html
    assert "souris" in client.get("/themes/").content.decode()


def test_lesson_links_to_its_tag_page(client, lessons):
    _, mouse, _ = lessons
    assert 'href="/themes/souris/"' in client.get(mouse.url).content.decode()


def test_unknown_tag_is_a_404(client, lessons):
    assert client.get("/themes/n-existe-pas/").status_code == 404


def test_tag_of_a_draft_is_not_listed(client, lessons):
    _, mouse, _ = lessons
    mouse.unpublish()
    assert "/themes/souris/" not in client.get("/themes/").content.decode()


def test_glossary_page(client, db):
    GlossaryTermFactory(term="Navigateur", definition="Le programme qui ouvre les sites.")
    html = client.get("/glossaire/").content.decode()
    assert "<dfn>Navigateur</dfn>" in html


def test_glossary_page_is_grouped_by_letter_in_french_order(client, db):
    for term in ["Écran", "Email", "Zoom", "clavier", "Arobase", "4G"]:
        GlossaryTermFactory(term=term, definition=f"Le mot {term}.")
    soup = BeautifulSoup(client.get("/glossaire/").content, "html.parser")
    letters = [h.get_text() for h in soup.select("h2.glossary-group__letter")]
    assert letters == ["#", "A", "C", "E", "Z"]
    assert [a["href"] for a in soup.select(".glossary-letters a")][1] == "#lettre-A"
    e_words = [d.get_text() for d in soup.select("#lettre-E ~ dl dfn")]
    assert e_words == ["Écran", "Email"]
    assert soup.find(id="ecran").dfn.get_text() == "Écran"


def test_empty_glossary_says_so(client, db):
    assert "Le glossaire est vide" in client.get("/glossaire/").content.decode()
