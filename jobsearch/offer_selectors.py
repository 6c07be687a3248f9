"""Reads for the job offers. A counsellor reaches their own centre's offers only; a learner
reaches an offer only through a proposal made to them: any other id is a 404."""

from django.contrib.auth import get_user_model
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404

from accounts.roles import LEARNERS

from .offer_models import Answer, Offer, Proposal


def offers_of_centre(user):
    """The counsellor's centre's offers, with how many were proposed and who answered what
    (one query whatever the number of offers)."""
    return list(
        Offer.objects.filter(centre_id=user.centre_id).annotate(
            proposed=Count("proposals"),
            interested=Count("proposals", filter=Q(proposals__answer=Answer.INTERESTED)),
            declined=Count("proposals", filter=Q(proposals__answer=Answer.DECLINED)),
        )
    )


def offer_of_centre(user, pk):
    return get_object_or_404(Offer.objects.filter(centre_id=user.centre_id), pk=pk)


def proposals_of_offer(offer):
    return list(
        Proposal.objects.filter(offer=offer)
        .select_related("learner")
        .order_by("learner__first_name", "learner__last_name", "pk")
    )


def learners_of_centre(user, search=""):
    """The active learners of the counsellor's centre, by first name, that a search narrows
    (first name, last name, the name they go by, or the username that tells two Maries apart)."""
    rows = get_user_model().objects.filter(
        centre_id=user.centre_id, is_active=True, groups__name=LEARNERS
    )
    for word in search.split()[:5]:
        rows = rows.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | Q(display_name__icontains=word)
            | Q(username__icontains=word)
        )
    return list(rows.order_by("first_name", "last_name", "pk").distinct())


def proposals_for(user):
    """The offers proposed to this learner, newest first, with their offer (one query)."""
    return list(Proposal.objects.filter(learner=user).select_related("offer"))


def proposal_for(user, offer_id):
    return get_object_or_404(
        Proposal.objects.filter(learner=user).select_related("offer"), offer_id=offer_id
    )


def proposals_count(user):
    """(all, new) offers proposed to the person, in one query (for their CV and letter lists
    and « Mon compte »)."""
    if not user.is_authenticated:
        return 0, 0
    counts = Proposal.objects.filter(learner=user).aggregate(
        total=Count("pk"), new=Count("pk", filter=Q(seen_at__isnull=True))
    )
    return counts["total"], counts["new"]
