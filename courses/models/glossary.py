"""Glossary terms: written once, reused in any lesson."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


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
