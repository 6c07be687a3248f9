from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Exercise


class ExerciseViewSet(SnippetViewSet):
    model = Exercise
    icon = "form"
    menu_label = _("Exercices")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["title", "type_label", "updated_at"]
    search_fields = ["title", "instructions"]


register_snippet(ExerciseViewSet)
