"""Rooms are set once per centre, in the admin beside the other snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Room


class RoomViewSet(SnippetViewSet):
    model = Room
    icon = "home"
    menu_label = _("Salles")
    add_to_admin_menu = False
    list_display = ["name", "centre", "computers"]

    def get_queryset(self, request):
        rooms = Room.objects.select_related("centre")
        if request.user.is_superuser:
            return rooms
        return rooms.filter(centre_id=request.user.centre_id)


register_snippet(RoomViewSet)
