"""What partners add to other apps' pages (lessons, « Mes ateliers », the home page): read here
so that those apps never import partners."""

from django import template

from accounts.roles import AGENTS

from .. import permissions, selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def lesson_partners(context, page):
    """The services this lesson is about (cached), their coming permanences at the learner's
    centre, their approved frequent questions, the learner's questions to them here: four
    queries on a lesson about a service, none on the others."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    organisations = selectors.organisations_for_lesson(page)
    if not organisations:
        return {}
    ids = [organisation.pk for organisation in organisations]
    can_ask = permissions.can_ask(user)
    return {
        "organisations": organisations,
        "permanences": selectors.permanences_for_learner(user, organisation_ids=ids, limit=3)
        if permissions.is_learner(user)
        else [],
        "frequent": selectors.frequent_questions_for_lesson(organisations),
        "questions": selectors.questions_of_learner(user, organisation_ids=ids, lesson=page)
        if can_ask
        else [],
        "can_ask": can_ask,
    }


@register.simple_tag(takes_context=True)
def coming_permanences(context, days=None, limit=6):
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not permissions.is_learner(user):
        return []
    # An include without `days` passes an empty value: every coming permanence.
    return selectors.permanences_for_learner(user, days=int(days) if days else None, limit=limit)


@register.simple_tag(takes_context=True)
def partners_nav(context):
    """The menu's entries: the agent's space (with its count of questions with news, one
    query), the facilitators' agents page. The person's groups are already read for the menu
    (mentoring), so nobody else pays a query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if AGENTS not in permissions.group_names(user):
        return {"is_agent": False}
    # The menu asks twice (its cache key, then its entries): one query a page.
    if "_partners_nav" not in request.__dict__:
        request._partners_nav = {
            "is_agent": True,
            "unread": selectors.unread_count_for_agent(user),
        }
    return request._partners_nav
