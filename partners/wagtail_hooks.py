"""The partner organisations in the Wagtail admin: a snippet facilitators keep up to date."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organismes partenaires")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "service"]


register_snippet(OrganisationViewSet)
