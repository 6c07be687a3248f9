"""Every search the admin makes goes through the configured backend (pasapas.search_backend):
on SQLite, what is typed (a lone quote first) must never be read as FTS5 syntax."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.search.utils import parse_query_string

HOSTILE = [
    '"',
    '"abc',
    'abc"',
    'a"b"c',
    '""',
    '"""',
    "*",
    "abc*",
    "(",
    ")",
    "(abc",
    "NOT",
    "abc NOT",
    "AND OR NOT",
    "NEAR(a b)",
    "title:abc",
    "{title body}: abc",
    "^abc",
    "-abc",
    "+",
    "l'ordinateur",
    "'",
    "\\",
    '\\"',
    "%",
    "%s %d",
    "🙂",
    "a" * 300,
]


@pytest.fixture
def superuser_client(client, db):
    admin = get_user_model().objects.create_superuser("chef", password="chef-pass-123")
    client.force_login(admin)
    return client


@pytest.mark.django_db
@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_reach_no_query_language(query):
    home = Page.objects.filter(depth=2).first()
    # Plain searches, autocomplete, and the admin's parsed form (quotes make phrases).
    list(Page.objects.search(query))
    list(Page.objects.search(query, operator="or"))
    list(Page.objects.autocomplete(query))
    filters, parsed = parse_query_string(query)
    list(Page.objects.search(parsed))
    assert Page.objects.filter(pk=home.pk).exists()


@pytest.mark.django_db
def test_admin_lists_search_with_a_quote(superuser_client):
    for query in ('"abc', '"', "abc*(", "NOT"):
        for url in ("/admin/images/", "/admin/documents/", "/admin/pages/search/", "/admin/users/"):
            response = superuser_client.get(url, {"q": query})
            assert response.status_code == 200, (url, query)


@pytest.mark.django_db
def test_words_are_still_found_with_their_quotes_around():
    home = Page.objects.filter(depth=2).first()
    home.title = "Bienvenue au centre"
    home.save()
    for query in ("Bienvenue", '"Bienvenue', 'Bienvenue"', '"Bienvenue au"', "bienvenue*"):
        assert home.pk in [page.pk for page in Page.objects.search(query)], query
    phrase = parse_query_string('"au centre"')[1]
    assert home.pk in [page.pk for page in Page.objects.search(phrase)]
    assert not list(Page.objects.search('"ailleurs'))
