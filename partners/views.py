"""Partner pages: the facilitators' agents page and invitation, the agent's first sign-in.

Bad input shows the form again with the reason; what a person may not see answers 404."""

from django.contrib import messages
from django.contrib.auth.views import PasswordResetConfirmView
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.permissions import facilitator_required

from . import permissions, selectors, services
from .forms import AgentInviteForm


@facilitator_required
def agents(request):
    """The agents serving the facilitator's centre, and the invitation form."""
    if not permissions.can_manage_agents(request.user):
        raise PermissionDenied
    form = AgentInviteForm(request.POST if request.method == "POST" else None)
    status, invited = 200, None
    if request.method == "POST" and form.is_valid() and request.user.centre_id is None:
        form.add_error(
            None,
            _("Votre compte n'est rattaché à aucun centre : l'agent ne saurait pas lequel servir."),
        )
        status = 400
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            agent = services.agent_invite(
                by=request.user,
                organisation=data["organisation"],
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
            )
        except services.Refused as error:
            form.add_error("email", error.message)
        else:
            invited = agent
            form = AgentInviteForm()
    elif request.method == "POST":
        status = 400
    if invited is not None and not invited.user.has_usable_password():
        invitation_url = request.build_absolute_uri(services.invitation_path(invited.user))
    else:
        invitation_url = ""
    if invited is not None:
        messages.success(
            request,
            _("%(name)s peut maintenant répondre aux apprenants de votre centre.")
            % {"name": invited.user.get_full_name()},
        )
    return render(
        request,
        "partners/agents.html",
        {
            "form": form,
            "agents": selectors.agents_of_centres(request.user),
            "invited": invited,
            "invitation_url": invitation_url,
        },
        status=status,
    )


class InvitationView(PasswordResetConfirmView):
    """The invited agent chooses a password; the link works once."""

    template_name = "partners/invitation.html"
    success_url = reverse_lazy("accounts:sign_in")
    post_reset_login = False
    title = gettext_lazy("Choisir votre mot de passe")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Votre mot de passe est enregistré. Connectez-vous avec votre adresse e-mail."),
        )
        return response


invitation = InvitationView.as_view()
