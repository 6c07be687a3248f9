"""Search never fails, whatever is typed: the query language of the database (FTS5 on SQLite,
tsquery on PostgreSQL) never sees the visitor's characters as operators."""

import pytest

from courses.factories import LessonPageFactory

HOSTILE = [
    '"abc',
    'abc"',
    '"',
    '""',
    '"souris" "',
    "(",
    ")",
    "(souris",
    "souris)",
    "()",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "souris AND",
    "AND souris",
    "NOT souris",
    "souris OR",
    "souris OR OR clavier",
    "NEAR(souris clavier)",
    "NEAR(souris clavier, 2)",
    "souris NEAR/2 clavier",
    "souris*",
    "*",
    "**",
    "^souris",
    "^",
    "souris:",
    "title:souris",
    "{title}: souris",
    ":",
    "-souris",
    "+souris",
    "- -",
    "!souris",
    "souris & clavier",
    "souris | clavier",
    "souris <-> clavier",
    "souris:*",
    "'",
    "''",
    "l'ordinateur",
    "l’ordinateur",
    "\\",
    "souris\\",
    "%",
    "_",
    "[",
    "]",
    "{",
    "}",
    "~souris",
    "🖱️",
    "souris 🖱️",
    "鼠标",
    "فأرة",
    "\u202esiruos",
    "\u200b",
    "e\u0301cran",
    "ﬁchier",
    "ß",
    "İ",
    "x" * 100,
    "souris " * 14,
    "a " * 50,
    "\t",
    "souris\x00",
    "\x00",
]


@pytest.fixture
def lesson(make_course):
    course, _ = make_course(lessons=0, title="Les bases de l'ordinateur")
    return LessonPageFactory(
        parent=course,
        title="Tenir la souris",
        summary="Déplacer la flèche et cliquer.",
        body=[{"type": "text", "value": "<p>Posez la main sur la souris (sans serrer).</p>"}],
    )


@pytest.mark.parametrize("query", HOSTILE)
def test_search_never_fails(client, lesson, query):
    response = client.get("/recherche/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "raw", ["%22abc", "%ED%A0%80", "%FF%FE", "%00", "%", "%%22", "%22%28%2A", "%E2%80%AE%22"]
)
def test_search_never_fails_on_a_raw_query_string(client, lesson, raw):
    assert client.get(f"/recherche/?q={raw}").status_code == 200


@pytest.mark.parametrize(
    "query", ['"souris', "souris)", "souris*", "^souris", "-souris", "(souris"]
)
def test_a_word_among_stray_signs_is_still_found(client, lesson, query):
    assert "Tenir la souris" in client.get("/recherche/", {"q": query}).content.decode()
