"""What an import created, in plain words, for the command and the admin page."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def report_lines(report):
    if report.checked_only:
        lines = [_("Ce fichier créerait :")]
    elif report.published:
        lines = [_("Créé et publié :")]
    else:
        lines = [_("Créé en brouillon :")]
    pages, images, documents = len(report.pages), report.images, report.documents
    exercises, activities, terms = report.exercises, report.activities, report.terms_created
    # The pages always; the rest only when there are some.
    lines.append(ngettext("%(count)s page", "%(count)s pages", pages) % {"count": pages})
    counts = [
        (images, ngettext("%(count)s image", "%(count)s images", images)),
        (documents, ngettext("%(count)s document", "%(count)s documents", documents)),
        (exercises, ngettext("%(count)s exercice", "%(count)s exercices", exercises)),
        (activities, ngettext("%(count)s activité H5P", "%(count)s activités H5P", activities)),
        (terms, ngettext("%(count)s mot du glossaire", "%(count)s mots du glossaire", terms)),
    ]
    lines += [text % {"count": n} for n, text in counts if n]
    return lines
