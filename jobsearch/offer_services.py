"""Every write about job offers: the counsellor records, edits, closes and proposes them; the
learner answers. Each refusal is a ValidationError in plain French, and nothing is half
written (a proposal to several people is all or nothing)."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.roles import LEARNERS

from . import limits, services
from .offer_models import Answer, Offer, Proposal

OFFER_FIELDS = ("title", "employer", "place", "contract", "link", "closes_on", "description")


def offer_create(*, author, data):
    if author.centre_id is None:
        raise ValidationError(_("Votre compte n'est rattaché à aucun centre."))
    if Offer.objects.filter(centre_id=author.centre_id, closed_at__isnull=True).count() >= (
        limits.OFFERS
    ):
        raise ValidationError(
            _("Votre centre a déjà %(n)s offres ouvertes : fermez celles qui sont pourvues.")
            % {"n": limits.OFFERS}
        )
    return Offer.objects.create(
        centre_id=author.centre_id,
        author=author,
        **{name: data[name] for name in OFFER_FIELDS if name in data},
    )


def offer_update(*, offer, data):
    for name in OFFER_FIELDS:
        if name in data:
            setattr(offer, name, data[name])
    offer.save()
    return offer


def offer_close(*, offer):
    """« Fermer l'offre »: the post is filled; learners see it closed and cannot answer."""
    if offer.closed_at is None:
        offer.closed_at = timezone.now()
        offer.save(update_fields=["closed_at", "updated_at"])


def offer_reopen(*, offer):
    offer.closed_at = None
    offer.save(update_fields=["closed_at", "updated_at"])


@transaction.atomic
def offer_propose(*, offer, by, learner_ids):
    """Proposes an open offer to learners of the offer's centre. An id that is not an active
    learner of that centre refuses the whole lot (nobody is half told). Returns how many were
    newly proposed (one already proposed to is not proposed twice)."""
    if not offer.is_open():
        raise ValidationError(_("Cette offre est fermée : on ne peut plus la proposer."))
    wanted = set(learner_ids)
    if not wanted:
        raise ValidationError(_("Cochez au moins une personne."))
    learners = list(
        get_user_model()
        .objects.filter(
            pk__in=wanted, centre_id=offer.centre_id, is_active=True, groups__name=LEARNERS
        )
        .distinct()
    )
    if len(learners) != len(wanted):
        raise ValidationError(
            _("Une des personnes cochées n'est pas de votre centre : rien n'a été proposé.")
        )
    already = set(
        Proposal.objects.filter(offer=offer, learner_id__in=wanted).values_list(
            "learner_id", flat=True
        )
    )
    made = [
        Proposal(offer=offer, learner=learner, proposed_by=by)
        for learner in learners
        if learner.pk not in already
    ]
    Proposal.objects.bulk_create(made)
    return len(made)


def proposal_answer(*, proposal, answer):
    """« Ça m'intéresse » or « Non merci », changeable while the offer is open."""
    if answer not in (Answer.INTERESTED, Answer.DECLINED):
        raise ValidationError(_("Choisissez « Ça m'intéresse » ou « Non merci »."))
    if not proposal.offer.is_open():
        raise ValidationError(_("Cette offre est fermée : on ne peut plus y répondre."))
    proposal.answer = answer
    proposal.answered_at = timezone.now()
    proposal.save(update_fields=["answer", "answered_at"])


def proposals_mark_seen(*, user):
    """The learner opened « Offres proposées »: the offers are not new any more."""
    Proposal.objects.filter(learner=user, seen_at__isnull=True).update(seen_at=timezone.now())


def letter_from_offer(*, user, offer):
    """« Écrire une lettre pour cette offre »: a new letter with the offer already in it."""
    letter = services.letter_create(user=user)
    details = [
        offer.title,
        offer.employer,
        offer.place,
        offer.get_contract_display(),
        offer.link,
        offer.description,
    ]
    return services.letter_update(
        letter=letter,
        step="",
        data={
            "title": (_("Lettre %(title)s") % {"title": offer.title})[: limits.SHORT],
            "job_title": offer.title,
            "employer": offer.employer,
            "recipient": offer.employer,
            "offer_text": "\n".join(part for part in details if part)[: limits.OFFER],
        },
    )
