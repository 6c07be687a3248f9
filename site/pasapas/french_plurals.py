"""French is the source language: its message ids have no French catalogue to translate
them, and gettext then falls back to the English rule (1 singular, anything else plural):
« 0 passages », « 0 leçons terminées ». French says « 0 passage »: this fallback gives the
French rule (0 and 1 singular) to every id that no catalogue translates."""

import gettext

from django.utils.translation import trans_real


class FrenchSource(gettext.NullTranslations):
    """The message ids themselves, chosen with the French plural rule."""

    def ngettext(self, msgid1, msgid2, n):
        try:
            return msgid2 if abs(n) > 1 else msgid1
        except TypeError:
            return msgid2

    def npgettext(self, context, msgid1, msgid2, n):
        return self.ngettext(msgid1, msgid2, n)


def ensure_french_rule(language):
    """Add the fallback to the language's translation, once (Django rebuilds the translations
    when settings change in tests, hence the check on every request: a dictionary lookup)."""
    if not language.startswith("fr"):
        return
    translation = trans_real.translation(language)
    if getattr(translation, "_french_rule", False):
        return
    translation.add_fallback(FrenchSource())
    translation._french_rule = True
