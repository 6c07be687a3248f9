"""A learner's mentors: the pairings proposed to them, accepted, refused or ended."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import selectors, services
from ..models import Pairing
from .responses import refuse


@login_required
def my_mentors(request):
    return render(
        request,
        "mentoring/my_mentors.html",
        {"pairings": selectors.pairings_of_learner(request.user)},
    )


@login_required
@require_POST
def pairing_decide(request, pk, decision):
    pairing = Pairing.objects.filter(pk=pk, learner=request.user).first()
    if pairing is None:
        return refuse(
            request,
            _("Ce binôme n'existe pas."),
            404,
            reverse("mentoring:my_mentors"),
        )
    try:
        if decision == "accepter":
            services.pairing_accept(learner=request.user, pairing=pairing)
            messages.success(
                request,
                _("C'est fait : votre ange gardien peut maintenant vous aider."),
            )
        else:
            services.pairing_end(by=request.user, pairing=pairing)
            messages.success(
                request,
                _("C'est fait : cette personne ne voit plus rien de votre parcours.")
                if pairing.accepted_at
                else _("C'est noté : vous avez dit non, merci."),
            )
    except services.Refused as error:
        messages.error(request, error.message)
    return redirect("mentoring:my_mentors")
