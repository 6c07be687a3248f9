"""Reads that feed the partner pages, each in a known number of queries."""

from accounts import scope

from .models import Agent


def agents_of_centres(user):
    """The agents serving the centres this person facilitates, with their organisation and
    centres: two queries."""
    agents = Agent.objects.select_related("user", "organisation").prefetch_related("centres")
    ids = scope.centre_ids(user)
    if ids is not scope.EVERY_CENTRE:
        agents = agents.filter(centres__in=sorted(ids)).distinct()
    return list(agents.order_by("organisation__name", "user__last_name", "user__first_name"))
