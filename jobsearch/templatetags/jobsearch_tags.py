"""The home page notice: documents untouched for two years, about to be deleted."""

from django import template

from .. import selectors
from ..services import NOTICE_FOR

register = template.Library()


@register.inclusion_tag("jobsearch/includes/stale_notice.html", takes_context=True)
def stale_documents_notice(context):
    request = context.get("request")
    user = getattr(request, "user", None)
    documents = selectors.stale_documents_of(user) if user is not None else []
    deadline = None
    if documents:
        deadline = min(document.stale_notice_at for document in documents) + NOTICE_FOR
    return {"documents": documents, "deadline": deadline, "csrf_token": context.get("csrf_token")}


@register.simple_tag(takes_context=True)
def is_counsellor(context):
    """Whether the person is the employment service of their centre (a link on « Mon compte »)."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return bool(user is not None and selectors.is_counsellor(user))


@register.inclusion_tag("jobsearch/offers/offers_link.html", takes_context=True)
def offers_link(context):
    """« Offres proposées » with the number of new ones, where the learner sees their CVs and
    letters (one query, nothing shown when no offer was ever proposed)."""
    from .. import offer_selectors

    request = context.get("request")
    user = getattr(request, "user", None)
    total, new = offer_selectors.proposals_count(user) if user is not None else (0, 0)
    return {"total": total, "new": new}
