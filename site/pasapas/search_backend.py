"""Wagtail's database search backend, with every query string safe on SQLite.

On SQLite, modelsearch writes each typed term into an FTS5 query as a quoted string, without
doubling the double quotes inside it: a search for « "abc » in any admin list was an FTS5
syntax error, a server error. FTS5 escapes a quote inside a string by doubling it, so doing
that to every term and phrase is enough: whatever is typed stays text, never syntax.
PostgreSQL and the others are left exactly as the database backend builds them."""

from functools import cache

from django.db import connection
from modelsearch.backends import database
from modelsearch.query import Phrase, PlainText


def _quoted(text):
    return text.replace('"', '""')


class _QuotesEscaped:
    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            words = " ".join(_quoted(term) for term in query.query_string.split())
            query = PlainText(words, operator=query.operator, boost=query.boost)
        elif isinstance(query, Phrase):
            query = Phrase(_quoted(query.query_string))
        return super().build_search_query_content(query, config=config)


@cache
def _safe_sqlite_compilers():
    # Imported only on SQLite: the module is the SQLite backend's own.
    from modelsearch.backends.database.sqlite import sqlite

    class SafeSearch(_QuotesEscaped, sqlite.SQLiteSearchQueryCompiler):
        pass

    class SafeAutocomplete(_QuotesEscaped, sqlite.SQLiteAutocompleteQueryCompiler):
        pass

    return sqlite.SQLiteSearchBackend, SafeSearch, SafeAutocomplete


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks for in a backend module)
    backend = database.SearchBackend(params)
    if connection.vendor != "sqlite":
        return backend
    sqlite_backend, search, autocomplete = _safe_sqlite_compilers()
    if isinstance(backend, sqlite_backend):  # not the fallback without FTS5
        backend.query_compiler_class = search
        backend.autocomplete_query_compiler_class = autocomplete
    return backend
