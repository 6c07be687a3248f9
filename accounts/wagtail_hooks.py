from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import scope
from .admin_scope import CentreScopedViewSetMixin
from .models import Centre
from .roles import is_facilitator


class LearnersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_facilitator(request.user)


@hooks.register("register_admin_menu_item")
def learners_menu_item():
    # The learner pages are on the public site: large, plain, and printable cards.
    return LearnersMenuItem(
        _("Apprenants et cartes"), reverse("accounts:learner_list"), icon_name="group", order=250
    )


class CentreViewSet(CentreScopedViewSetMixin, SnippetViewSet):
    model = Centre
    icon = "home"
    menu_label = _("Centres")
    add_to_settings_menu = True
    list_display = ["name", "slug"]


register_snippet(CentreViewSet)


@hooks.register("before_bulk_action")
def keep_bulk_actions_within_the_centre(request, action_type, objects, action):
    """Bulk actions (delete, activate, roles…) touch only what the person reaches: one object of
    another centre in the selection refuses the whole action, before anything is written."""
    if any(
        scope.is_centre_owned(obj.__class__) and not scope.reaches(request.user, obj)
        for obj in objects
    ):
        raise Http404
