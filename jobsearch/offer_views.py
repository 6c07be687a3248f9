"""Job offers. The counsellor's pages (under /service-emploi/offres/) list, write, close and
propose their centre's offers and show who answered what; the learner's page « Offres
proposées » (/mes-offres/) shows the offers proposed to them, each with « Ça m'intéresse » and
« Non merci ». A counsellor of another centre gets a 404 for an offer id, and a learner a 404
for any offer not proposed to them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import flow
from . import offer_selectors as selectors
from . import offer_services as services
from .offer_forms import AnswerForm, OfferForm, ProposeForm
from .offer_models import Answer
from .service_views import counsellor_required
from .views import _first_error

SEARCH_MAX = 100


# --- The counsellor's side --------------------------------------------------------------------


@counsellor_required
def offer_list(request):
    offers = selectors.offers_of_centre(request.user)
    today = timezone.localdate()
    for offer in offers:
        offer.open = offer.is_open(today)
    return render(request, "jobsearch/offers/service_list.html", {"offers": offers})


@counsellor_required
@require_http_methods(["GET", "POST"])
def offer_new(request):
    form = OfferForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            offer = services.offer_create(author=request.user, data=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, _first_error(error))
        else:
            messages.success(request, _("L'offre est enregistrée. Choisissez à qui la proposer."))
            return redirect("jobsearch:offer_manage", offer_id=offer.pk)
    return render(
        request,
        "jobsearch/offers/service_form.html",
        {"form": form, "offer": None},
        status=400 if request.method == "POST" else 200,
    )


@counsellor_required
@require_http_methods(["GET", "POST"])
def offer_edit(request, offer_id):
    offer = selectors.offer_of_centre(request.user, offer_id)
    form = OfferForm(request.POST or None, instance=offer)
    if request.method == "POST" and form.is_valid():
        services.offer_update(offer=offer, data=form.cleaned_data)
        messages.success(request, _("L'offre est enregistrée."))
        return redirect("jobsearch:offer_manage", offer_id=offer.pk)
    return render(
        request,
        "jobsearch/offers/service_form.html",
        {"form": form, "offer": offer},
        status=400 if request.method == "POST" else 200,
    )


def _manage_page(request, offer, propose_form=None, status=200):
    search = request.GET.get("nom", "")[:SEARCH_MAX].strip()
    proposals = selectors.proposals_of_offer(offer)
    already = {proposal.learner_id for proposal in proposals}
    learners = [
        learner
        for learner in selectors.learners_of_centre(request.user, search)
        if learner.pk not in already
    ]
    return render(
        request,
        "jobsearch/offers/service_offer.html",
        {
            "offer": offer,
            "open": offer.is_open(),
            "proposals": proposals,
            "learners": learners,
            "search": search,
            "form": propose_form,
            "answers": Answer,
        },
        status=status,
    )


@counsellor_required
def offer_manage(request, offer_id):
    offer = selectors.offer_of_centre(request.user, offer_id)
    return _manage_page(request, offer)


@counsellor_required
@require_POST
def offer_propose(request, offer_id):
    offer = selectors.offer_of_centre(request.user, offer_id)
    if not offer.is_open():
        messages.error(request, _("Cette offre est fermée : on ne peut plus la proposer."))
        return redirect("jobsearch:offer_manage", offer_id=offer.pk)
    form = ProposeForm(request.POST, learners=selectors.learners_of_centre(request.user))
    if not form.is_valid():
        return _manage_page(request, offer, form, status=400)
    try:
        made = services.offer_propose(
            offer=offer, by=request.user, learner_ids=form.cleaned_data["learners"]
        )
    except ValidationError as error:
        form.add_error(None, _first_error(error))
        return _manage_page(request, offer, form, status=400)
    if made:
        messages.success(
            request,
            _("L'offre est proposée. Elle apparaît dans « Offres proposées » de chacun."),
        )
    else:
        messages.info(request, _("L'offre leur était déjà proposée : rien n'a changé."))
    return redirect("jobsearch:offer_manage", offer_id=offer.pk)


@counsellor_required
@require_POST
def offer_close(request, offer_id):
    offer = selectors.offer_of_centre(request.user, offer_id)
    if "reopen" in request.POST:
        services.offer_reopen(offer=offer)
        messages.success(request, _("L'offre est rouverte."))
    else:
        services.offer_close(offer=offer)
        messages.success(request, _("L'offre est fermée : on ne peut plus y répondre."))
    return redirect("jobsearch:offer_manage", offer_id=offer.pk)


# --- The learner's side -----------------------------------------------------------------------


@login_required
def my_offers(request):
    proposals = selectors.proposals_for(request.user)
    today = timezone.localdate()
    for proposal in proposals:
        proposal.open = proposal.offer.is_open(today)
        proposal.new = proposal.seen_at is None
    if any(proposal.new for proposal in proposals):
        services.proposals_mark_seen(user=request.user)
    return render(
        request, "jobsearch/offers/my_offers.html", {"proposals": proposals, "answers": Answer}
    )


@login_required
@require_POST
def offer_answer(request, offer_id):
    proposal = selectors.proposal_for(request.user, offer_id)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["answer"][0])
    else:
        try:
            services.proposal_answer(proposal=proposal, answer=form.cleaned_data["answer"])
        except ValidationError as error:
            messages.error(request, _first_error(error))
        else:
            if proposal.answer == Answer.INTERESTED:
                messages.success(
                    request, _("C'est noté : le service emploi sait que l'offre vous intéresse.")
                )
            else:
                messages.success(request, _("C'est noté : cette offre ne vous intéresse pas."))
    return redirect(reverse("jobsearch:my_offers") + f"#offre-{proposal.offer_id}")


@login_required
@require_POST
def offer_letter(request, offer_id):
    """« Écrire une lettre pour cette offre »: the letter starts with the offer in it."""
    proposal = selectors.proposal_for(request.user, offer_id)
    try:
        letter = services.letter_from_offer(user=request.user, offer=proposal.offer)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect(reverse("jobsearch:my_offers") + f"#offre-{proposal.offer_id}")
    messages.success(
        request, _("L'offre est déjà dans votre lettre : vérifiez-la, puis continuez.")
    )
    return redirect("jobsearch:letter_step", letter_id=letter.pk, question=flow.LETTER_STEPS[0].key)
