"""The partner organisations in the Wagtail admin: a snippet facilitators keep up to date."""

from django.contrib import messages
from django.db import transaction
from django.db.models import ProtectedError
from django.http import HttpResponseRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, SnippetViewSet

from accounts.admin_scope import protected_message

from .models import Organisation


class OrganisationDeleteView(DeleteView):
    """An organisation with agents, permanences or questions says so instead of failing;
    nothing is half-deleted."""

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError as error:
            messages.error(self.request, protected_message(error))
            return HttpResponseRedirect(self.request.get_full_path())


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organismes partenaires")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "service"]
    delete_view_class = OrganisationDeleteView


register_snippet(OrganisationViewSet)
