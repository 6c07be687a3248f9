"""The reading-level check in the lesson editor: in a preview (the editor's preview panel,
where Wagtail's « Checks » run), each paragraph that deserves advice carries it as data
attributes, and three checks added to Wagtail's content checker list them beside its own
(alt text, headings, link text). Advice only: nothing blocks a save or a publication, and a
learner's page is never marked."""

from bs4 import BeautifulSoup
from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

from courses.readability import (
    DENSE_KIND,
    LONG_SENTENCE,
    LONG_SENTENCE_KIND,
    RARE_WORD_KIND,
    advise,
)

ATTRIBUTE = "data-lisibilite"
ADVICE_ATTRIBUTE = "data-lisibilite-conseil"
MARKED = ("p", "li")
ADVICE_CHECK = "pasapas-conseil-de-lecture"

RULES = {
    LONG_SENTENCE_KIND: (
        _("Lisibilité : phrase longue"),
        _(
            "Plus de %(count)s mots dans une phrase : coupez-la en deux. Un conseil, la page "
            "peut être publiée."
        )
        % {"count": LONG_SENTENCE},
    ),
    RARE_WORD_KIND: (
        _("Lisibilité : mot peu courant"),
        _(
            "Un mot long et rare pour un débutant : dites-le plus simplement, ou ajoutez-le "
            "au glossaire. Un conseil, la page peut être publiée."
        ),
    ),
    DENSE_KIND: (
        _("Lisibilité : paragraphe dense"),
        _(
            "Beaucoup de mots ou de phrases difficiles d'un bloc : aérez en plusieurs "
            "paragraphes ou en liste. Un conseil, la page peut être publiée."
        ),
    ),
}


def rule_id(kind):
    return f"pasapas-{kind}"


def known_words(request):
    """The glossary's terms, read once per preview."""
    if not hasattr(request, "_pasapas_glossary_words"):
        from courses.models import GlossaryTerm

        request._pasapas_glossary_words = frozenset(
            GlossaryTerm.objects.values_list("term", flat=True)
        )
    return request._pasapas_glossary_words


def mark(html, known=frozenset()):
    """``html`` with each paragraph or list item that deserves advice marked: its kinds of
    advice in ``data-lisibilite``, the advice itself in ``data-lisibilite-conseil``."""
    soup = BeautifulSoup(str(html), "html.parser")
    changed = False
    for element in soup.find_all(MARKED):
        if element.find(MARKED):
            continue  # a list item holding a paragraph: the paragraph is marked
        found = advise([element.get_text(" ")], known)
        if found:
            element[ATTRIBUTE] = " ".join(sorted({advice.kind for advice in found}))
            element[ADVICE_ATTRIBUTE] = " ".join(advice.message for advice in found)
            changed = True
    return str(soup) if changed else str(html)


class ReadingLevelCheckerItem(ContentCheckerItem):
    """Wagtail's checker, with the three reading-level checks beside its own."""

    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), *(rule_id(kind) for kind in RULES)]

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule_id(kind),
                    "impact": "minor",
                    "selector": f"[{ATTRIBUTE}~='{kind}']",
                    "tags": ["best-practice"],
                    "all": [ADVICE_CHECK],
                    "enabled": True,
                }
                for kind in RULES
            ),
        ]

    def get_axe_custom_checks(self, request):
        # axe-core's own « attribute has content » test, on an attribute no element carries:
        # it fails for every element selected, so each marked paragraph is reported.
        return [
            *super().get_axe_custom_checks(request),
            {
                "id": ADVICE_CHECK,
                "evaluate": "attr-non-space-content-evaluate",
                "options": {"attribute": "data-lisibilite-vu"},
            },
        ]

    def get_axe_messages(self, request):
        return {
            **super().get_axe_messages(request),
            **{
                rule_id(kind): {"error_name": name, "help_text": help_text}
                for kind, (name, help_text) in RULES.items()
            },
        }


def use_reading_checker(request, items, page):
    """The hook: Wagtail's checker replaced by the same one with the reading checks."""
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ReadingLevelCheckerItem):
            items[position] = ReadingLevelCheckerItem(in_editor=item.in_editor)
