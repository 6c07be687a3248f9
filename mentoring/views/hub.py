"""The facilitator's mentoring pages: the hub (pairings, mentors), and the centre's questions."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import new_cards
from accounts.permissions import facilitator_required

from .. import permissions, selectors, services
from ..forms import MentorCreateForm, MentorGrantForm, PairingForm
from ..models import Pairing
from .form_submit import submit
from .responses import refuse


def _hub_forms(request, data=None, prefix_bound=None):
    mentors, learners = selectors.people_of_centre(request.user)
    mentor_ids = {person.pk for person in mentors}
    user_model = get_user_model()
    mentor_qs = user_model.objects.filter(pk__in=mentor_ids)
    learner_qs = user_model.objects.filter(pk__in=[person.pk for person in learners])
    candidates = learner_qs.exclude(pk__in=mentor_ids)
    forms = {
        "pairing": PairingForm(
            data if prefix_bound == "pairing" else None,
            mentors=mentor_qs,
            learners=learner_qs,
            prefix="pairing",
        ),
        "grant": MentorGrantForm(
            data if prefix_bound == "grant" else None, candidates=candidates, prefix="grant"
        ),
        "create": MentorCreateForm(data if prefix_bound == "create" else None, prefix="create"),
    }
    return forms, mentors, learners


def _hub(request, hub_forms=None):
    forms, mentors, learners = hub_forms or _hub_forms(request)
    pairings = selectors.pairings_of_centre(request.user)
    by_mentor = {}
    for pairing in pairings:
        by_mentor.setdefault(pairing.mentor_id, []).append(pairing)
    for mentor in mentors:
        mentor.active_pairings = by_mentor.get(mentor.pk, [])
    return render(
        request,
        "mentoring/hub.html",
        {
            "forms": forms,
            "mentors": mentors,
            "learner_count": len(learners),
            "counts": selectors.hub_counts(request.user),
            "no_centre": request.user.centre_id is None and not request.user.is_superuser,
        },
    )


def _hub_submit(request, prefix, *, act, done):
    """One of the hub's three forms, posted: on a refusal the hub shows again with it."""
    hub_forms = _hub_forms(request, request.POST, prefix)
    return submit(
        request,
        hub_forms[0][prefix],
        act=act,
        done=done,
        show=lambda _status: _hub(request, hub_forms),
    )


@facilitator_required
def hub(request):
    return _hub(request)


def _people(request, pk):
    """Someone of the facilitator's centre (404 otherwise)."""
    person = get_user_model().objects.filter(pk=pk).first()
    if person is None or not permissions.facilitates(request.user, person):
        return None
    return person


@facilitator_required
@require_POST
def pairing_create(request):
    return _hub_submit(
        request,
        "pairing",
        act=lambda data: services.pairing_propose(
            by=request.user, mentor=data["mentor"], learner=data["learner"]
        ),
        done=lambda pairing: (
            _(
                "Binôme proposé. %(learner)s doit maintenant l'accepter, depuis « Mon ange "
                "gardien »."
            )
            % {"learner": selectors.person_name(pairing.learner)},
            "mentoring:hub",
        ),
    )


@facilitator_required
@require_POST
def pairing_end(request, pk):
    pairing = Pairing.objects.select_related("learner").filter(pk=pk).first()
    if pairing is None or not permissions.can_manage_pairing(request.user, pairing):
        return refuse(request, _("Ce binôme n'existe pas."), 404)
    try:
        services.pairing_end(by=request.user, pairing=pairing)
    except services.Refused as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Le binôme est terminé."))
    return redirect("mentoring:hub")


@facilitator_required
@require_POST
def mentor_grant(request):
    return _hub_submit(
        request,
        "grant",
        act=lambda data: services.mentor_role_grant(by=request.user, person=data["person"]),
        done=lambda person: (
            _("%(name)s est maintenant ange gardien.") % {"name": selectors.person_name(person)},
            "mentoring:hub",
        ),
    )


@facilitator_required
@require_POST
def mentor_create(request):
    if request.user.centre_id is None:
        messages.error(
            request,
            _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
        )
        return redirect("mentoring:hub")

    def create(data):
        created = services.mentor_create(by=request.user, first_name=data["first_name"])
        new_cards.remember(request.session, [created])

    return _hub_submit(
        request,
        "create",
        act=create,
        done=lambda _result: (
            _("Compte d'ange gardien créé. Imprimez sa carte d'accès."),
            "accounts:cards",
        ),
    )


@facilitator_required
@require_POST
def mentor_revoke(request, pk):
    person = _people(request, pk)
    if person is None:
        return refuse(request, _("Cette personne n'existe pas."), 404)
    services.mentor_role_revoke(by=request.user, mentor=person)
    messages.success(
        request,
        _("%(name)s n'est plus ange gardien ; ses binômes sont terminés.")
        % {"name": selectors.person_name(person)},
    )
    return redirect("mentoring:hub")


@facilitator_required
def centre_questions(request):
    show_all = request.GET.get("toutes") == "1"
    return render(
        request,
        "mentoring/centre_questions.html",
        {
            "threads": selectors.centre_threads(request.user, only_open=not show_all),
            "show_all": show_all,
        },
    )
