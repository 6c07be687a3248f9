"""Glossary words in a lesson's text become links that open their definition in place: written
once by facilitators, found in any lesson without marking them up."""

import hashlib
import re
import secrets

from bs4 import BeautifulSoup, NavigableString
from django.core.cache import cache
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import gettext as _

# Never inside a link, a heading, code or a form control: a word there is not for reading.
_SKIPPED = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "button", "label", "dfn"}
# In the shared cache (Redis, or the file cache of one machine's workers): a word added,
# changed or deleted empties it, so every process sees the change on its next page.
_KEY = "glossary-terms"


def _glossary():
    """(version, [(term, definition)]): read from the database once after each change."""
    found = cache.get(_KEY)
    if found is None:
        from .models import GlossaryTerm

        terms = list(GlossaryTerm.objects.values_list("term", "definition"))
        version = hashlib.md5(repr(terms).encode(), usedforsecurity=False).hexdigest()[:12]
        found = (version, terms)
        cache.set(_KEY, found, None)
    return found


def glossary_terms():
    """[(term, definition)]: the filter runs on every text block rendered, and one query each
    would grow with the lesson."""
    return _glossary()[1]


def glossary_version():
    """Changes with any word or definition: part of the cache key of the blocks that link them."""
    return _glossary()[0]


def forget_terms():
    cache.delete(_KEY)


def _pattern(terms):
    # Longest first, so "barre des tâches" wins over "barre"; a plural s or x is the same word.
    words = sorted((term for term, _ in terms), key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<![\w-])({alternatives})(?:s|x)?(?![\w-])", re.IGNORECASE)


def _popover(word, term, definition, page_url):
    slug = slugify(term)
    pop_id = f"lexique-{slug}-{secrets.token_hex(4)}"
    href = f"{page_url}#{slug}"
    return format_html(
        '<a class="glossary-link" href="{href}" data-popover="{id}">{word}</a>'
        '<span class="glossary-popover" id="{id}" popover role="dialog" tabindex="-1" '
        'aria-labelledby="{id}-t"><span class="glossary-popover__term" id="{id}-t">{term}</span>'
        '<span class="glossary-popover__text">{definition}</span>'
        '<span class="glossary-popover__actions">'
        '<button type="button" class="button" popovertarget="{id}" popovertargetaction="hide">'
        "{close}</button> "
        '<a href="{href}">{more}</a></span></span>',
        href=href,
        id=pop_id,
        word=word,
        term=term,
        definition=definition,
        close=_("Fermer"),
        more=_("Voir tout le glossaire"),
    )


def link_terms(html, terms=None):
    """Each glossary word's first appearance in this piece of text, linked to its definition."""
    terms = glossary_terms() if terms is None else terms
    if not terms or not html:
        return html
    by_word = {term.casefold(): (term, definition) for term, definition in terms}
    pattern = _pattern(terms)
    page_url = reverse("courses:glossary")
    soup = BeautifulSoup(str(html), "html.parser")
    done = set()
    for text in list(soup.find_all(string=True)):
        if not isinstance(text, NavigableString) or any(
            parent.name in _SKIPPED for parent in text.parents
        ):
            continue
        pieces, last = [], 0
        for match in pattern.finditer(text):
            key = match.group(1).casefold()
            if key in done or key not in by_word:
                continue
            done.add(key)
            pieces.append(str(text[last : match.start()]))
            pieces.append(
                BeautifulSoup(_popover(match.group(0), *by_word[key], page_url), "html.parser")
            )
            last = match.end()
        if pieces:
            pieces.append(str(text[last:]))
            for piece in pieces:
                text.insert_before(piece if not isinstance(piece, str) else NavigableString(piece))
            text.extract()
    return str(soup)
