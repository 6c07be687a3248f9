"""What a screen reader meets before the content (issue 28, item 10): the page's title names it
once, headings never skip a level, a count is read once, and a language's name is marked with
the language it is written in."""

from bs4 import BeautifulSoup

from progress import services as progress_services


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def heading_levels(soup):
    return [int(h.name[1]) for h in soup.select("main h1, main h2, main h3, main h4, main h5")]


def skipped(levels):
    return [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]


def test_the_home_page_title_says_the_site_name_once(client, people):
    for path in ("/", "/ateliers/"):
        title = soup_of(client, path).title.get_text()
        assert title.count("Pas à Pas") == 1, title
    assert soup_of(client, "/").title.get_text() == "Accueil — Pas à Pas"


def test_catalogue_and_my_path_headings_skip_no_level(client, people):
    learner = people["learner_a"]
    progress_services.lesson_visit(user=learner, lesson=people["lessons"][0])
    catalogue = soup_of(client, "/ateliers/")
    assert heading_levels(catalogue)[:2] == [1, 2]
    assert skipped(heading_levels(catalogue)) == []
    client.force_login(learner)
    for path in ("/", "/ateliers/", "/mon-parcours/"):
        levels = heading_levels(soup_of(client, path))
        assert levels.count(1) == 1, path
        assert skipped(levels) == [], path
    my_path = soup_of(client, "/mon-parcours/")
    assert my_path.select_one(".progress-item__title").name == "h2"


def test_the_progress_count_is_the_bars_name_and_is_read_once(client, people):
    learner = people["learner_a"]
    progress_services.lesson_visit(user=learner, lesson=people["lessons"][0])
    client.force_login(learner)
    item = soup_of(client, "/mon-parcours/").select_one(".progress-item")
    bar = item.select_one("progress")
    name = item.find(id=bar["aria-labelledby"])
    assert name.get_text() == "0 leçon terminée sur 3"
    # Shown to the eye, hidden from the reading order: the bar says it.
    assert name["aria-hidden"] == "true"
    assert item.select("label") == []


def test_each_language_is_named_in_its_own_language(client, people):
    options = soup_of(client, "/").select("#language-select option")
    assert [(o["value"], o["lang"], o.get_text()) for o in options] == [
        ("fr", "fr", "Français"),
        ("en", "en", "English"),
    ]
    assert client.post("/langue/", {"language": "en", "next": "/"}).status_code == 302
    options = soup_of(client, "/").select("#language-select option")
    assert [o.get_text() for o in options] == ["Français", "English"]
    assert soup_of(client, "/").html["lang"] == "en"
