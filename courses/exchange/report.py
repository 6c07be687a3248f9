"""What an import created, in plain words, for the command and the admin page."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def report_lines(report):
    def count(n, one, many):
        return ngettext(one, many, n) % {"count": n}

    if report.checked_only:
        lines = [_("Ce fichier créerait :")]
    elif report.published:
        lines = [_("Créé et publié :")]
    else:
        lines = [_("Créé en brouillon :")]
    lines += [
        count(len(report.pages), "%(count)s page", "%(count)s pages"),
        count(report.images, "%(count)s image", "%(count)s images"),
        count(report.documents, "%(count)s document", "%(count)s documents"),
        count(report.exercises, "%(count)s exercice", "%(count)s exercices"),
        count(report.activities, "%(count)s activité H5P", "%(count)s activités H5P"),
        count(report.terms_created, "%(count)s mot du glossaire", "%(count)s mots du glossaire"),
    ]
    return lines
