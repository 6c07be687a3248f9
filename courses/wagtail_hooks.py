from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_panels import WritingGuidePanel
from .models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "snippet"
    menu_label = _("Glossaire")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "definition"]
    # The model's search index names the fields searched: naming them here too breaks every
    # search of this list on SQLite (Wagtail's SQLite backend cannot search chosen fields).


register_snippet(GlossaryTermViewSet)


@hooks.register("construct_homepage_panels")
def add_writing_guide(request, panels):
    panels.insert(0, WritingGuidePanel())


# The reading-level advice beside Wagtail's own checks (courses/reading_check.py).
from wagtail import hooks as _reading_hooks  # noqa: E402

from .reading_check import use_reading_checker  # noqa: E402

_reading_hooks.register("construct_wagtail_userbar", use_reading_checker)
