"""Reads that feed the partner pages, each in a known number of queries."""

from datetime import timedelta
from uuid import uuid4

from django.core.cache import cache
from django.db.models import Prefetch
from django.utils import timezone

from accounts import scope
from courses.models import LessonTag

from . import permissions
from .models import Agent, Organisation, Permanence, Visit


def agents_of_centres(user):
    """The agents serving the centres this person facilitates, with their organisation and
    centres: two queries."""
    agents = Agent.objects.select_related("user", "organisation").prefetch_related("centres")
    ids = scope.centre_ids(user)
    if ids is not scope.EVERY_CENTRE:
        agents = agents.filter(centres__in=sorted(ids)).distinct()
    return list(agents.order_by("organisation__name", "user__last_name", "user__first_name"))


def _upcoming(now=None):
    now = now or timezone.now()
    return Permanence.objects.filter(ends_at__gt=now).select_related("organisation")


def _with_visits(user, permanences):
    """Marks the permanences this learner said they would come to: one query."""
    permanences = list(permanences)
    if permanences and user.is_authenticated:
        coming = set(
            Visit.objects.filter(
                learner=user, permanence__in=[p.pk for p in permanences]
            ).values_list("permanence_id", flat=True)
        )
        for permanence in permanences:
            permanence.coming = permanence.pk in coming
    return permanences


def permanences_for_learner(user, *, days=None, organisation_ids=None, limit=6):
    """The coming permanences at the learner's centre (within `days` if given): two queries."""
    if not user.is_authenticated or user.centre_id is None:
        return []
    permanences = _upcoming().filter(centre_id=user.centre_id)
    if days is not None:
        permanences = permanences.filter(starts_at__lt=timezone.now() + timedelta(days=days))
    if organisation_ids is not None:
        permanences = permanences.filter(organisation_id__in=organisation_ids)
    return _with_visits(user, permanences[:limit])


ORGANISATIONS_STAMP = "partners:organisations-stamp"


def organisations_changed():
    """A new stamp: every lesson reads its services again (receivers call it)."""
    cache.set(ORGANISATIONS_STAMP, uuid4().hex, None)


def organisations_for_lesson(lesson):
    """The organisations whose lesson theme is one of the lesson's themes. Kept in the cache
    with the lesson's publication and the organisations' stamp: no query on most views, one
    when either changed."""
    stamp = cache.get_or_set(ORGANISATIONS_STAMP, lambda: uuid4().hex, None)
    published = lesson.last_published_at.timestamp() if lesson.last_published_at else 0
    key = f"partners:lesson-services:{lesson.pk}:{lesson.live_revision_id}:{published}:{stamp}"
    found = cache.get(key)
    if found is None:
        themes = LessonTag.objects.filter(content_object_id=lesson.pk).values("tag__name")
        found = list(Organisation.objects.filter(lesson_theme__in=themes).exclude(lesson_theme=""))
        cache.set(key, found, 300)
    return found


def permanences_of_agent(user):
    """The coming permanences of the agent's organisation at the centres they serve, with the
    first names of who said they would come: two queries."""
    agent = permissions.agent_of(user)
    if agent is None:
        return []
    return list(
        _upcoming()
        .filter(organisation_id=agent.organisation_id, centre_id__in=sorted(agent.centre_ids))
        .select_related("centre", "agent")
        .prefetch_related(
            Prefetch(
                "visits",
                queryset=Visit.objects.select_related("learner").order_by("created_at"),
            )
        )
    )
