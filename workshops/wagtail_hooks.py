"""Rooms are set once per centre, in the admin beside the other snippets; a facilitator sees
and changes their own centre's rooms only (accounts.admin_scope)."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.admin_scope import CentreScopedViewSetMixin

from .models import Room


class RoomViewSet(CentreScopedViewSetMixin, SnippetViewSet):
    model = Room
    icon = "home"
    menu_label = _("Salles")
    add_to_admin_menu = False
    list_display = ["name", "centre", "computers"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("centre")


register_snippet(RoomViewSet)
