"""Glossary terms: written once, reused in any lesson."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from courses.glossary_links import forget_terms


class GlossaryTerm(index.Indexed, models.Model):
    term = models.CharField(_("mot"), max_length=80, unique=True)
    definition = models.TextField(
        _("définition"), help_text=_("Deux phrases au plus, avec des mots de tous les jours.")
    )

    search_fields = [index.SearchField("term"), index.SearchField("definition")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("mot du glossaire")
        verbose_name_plural = _("glossaire")

    def __str__(self):
        return self.term

    # Lessons link the words they hold (courses/glossary_links.py): a change empties the
    # shared cache of words, and the lesson blocks cached with the old words are not read again.
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        forget_terms()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        forget_terms()
        return result
