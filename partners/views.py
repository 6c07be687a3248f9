"""Partner pages: the facilitators' agents page and invitation, the agent's first sign-in.

Bad input shows the form again with the reason; what a person may not see answers 404."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import PasswordResetConfirmView, redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from pasapas.http import next_url

from accounts.permissions import facilitator_required

from . import permissions, selectors, services
from .forms import AgentInviteForm, PermanenceForm
from .models import Permanence


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
            "questions": selectors.questions_of_centres(request.user),
            "frequent_to_review": selectors.frequent_questions_to_review(request.user),
            "reports": selectors.open_reports(request.user),
            "invited": invited,
            "invitation_url": invitation_url,
        },
        status=status,
    )


@facilitator_required
@require_POST
def agent_remove(request, pk):
    """« Retirer de notre centre »: the agent keeps their account and their other centres."""
    agent = selectors.agent_of_centres(request.user, pk)
    if agent is None or not permissions.can_manage_agents(request.user):
        return render(
            request,
            "mentoring/refused.html",
            {
                "message": _("Cet agent ne sert pas votre centre."),
                "back_url": reverse("partners:agents"),
            },
            status=404,
        )
    services.agent_remove_from_centre(by=request.user, agent=agent)
    messages.success(
        request,
        _("%(name)s ne répond plus aux apprenants de votre centre. Son compte reste ouvert.")
        % {"name": agent.user.get_full_name()},
    )
    return redirect("partners:agents")


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


# --- the agent's space and permanences -------------------------------------------------------


def agent_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not permissions.is_agent(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def _agent_page(request, form=None, status=200):
    agent = permissions.agent_of(request.user)
    if form is None:
        form = PermanenceForm(centre_ids=agent.centre_ids)
    return render(
        request,
        "partners/agent_home.html",
        {
            "agent": agent,
            "permanences": selectors.permanences_of_agent(request.user),
            "form": form,
            **_agent_questions_context(request),
        },
        status=status,
    )


def _agent_questions_context(request):
    return {"questions": selectors.questions_for_agent(request.user)}


@agent_required
def agent_home(request):
    return _agent_page(request)


@agent_required
@require_POST
def permanence_add(request):
    agent = permissions.agent_of(request.user)
    form = PermanenceForm(request.POST, centre_ids=agent.centre_ids)
    if not form.is_valid():
        return _agent_page(request, form, 400)
    data = form.cleaned_data
    try:
        services.permanence_create(
            agent_user=request.user,
            centre=data["centre"],
            session=data.get("session"),
            starts_at=data.get("starts_at"),
            ends_at=data.get("ends_at"),
            place=data.get("place", ""),
        )
    except ValidationError as error:
        form.add_error(None, error)
        return _agent_page(request, form, 400)
    messages.success(request, _("La permanence est annoncée aux apprenants du centre."))
    return redirect("partners:agent_home")


def _permanence(request, pk):
    return Permanence.objects.filter(pk=pk).select_related("organisation").first()


def _unknown_permanence(request):
    return render(
        request,
        "mentoring/refused.html",
        {"message": _("Cette permanence n'existe pas, ou plus."), "back_url": "/"},
        status=404,
    )


@login_required
@require_POST
def permanence_delete(request, pk):
    permanence = _permanence(request, pk)
    if permanence is None or not permissions.can_remove_permanence(request.user, permanence):
        return _unknown_permanence(request)
    services.permanence_delete(by=request.user, permanence=permanence)
    messages.success(request, _("La permanence est retirée."))
    return redirect(next_url(request, reverse("partners:agent_home")))


@login_required
@require_POST
def visit(request, pk):
    """« Je viendrai avec une question », or « finalement, je ne viendrai pas »."""
    permanence = _permanence(request, pk)
    if permanence is None or not permissions.can_say_coming(request.user, permanence):
        return _unknown_permanence(request)
    coming = request.POST.get("coming") != "0"
    try:
        services.visit_set(learner=request.user, permanence=permanence, coming=coming)
    except services.Refused as error:
        return render(
            request,
            "mentoring/refused.html",
            {"message": error.message, "back_url": "/"},
            status=400,
        )
    if coming:
        messages.success(
            request,
            _("C'est noté : l'agent saura que vous venez. Pensez à apporter vos papiers."),
        )
    else:
        messages.success(request, _("C'est noté : vous ne viendrez pas à cette permanence."))
    return redirect(next_url(request, reverse("workshops:my_sessions")))
