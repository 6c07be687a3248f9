"""Reads about H5P that feed pages and checks, each in one query."""

from datetime import timedelta

from django.utils import timezone

from .models import H5PState, XAPIStatement


def statements_in_last_minutes(user, activity, minutes):
    since = timezone.now() - timedelta(minutes=minutes)
    return XAPIStatement.objects.filter(user=user, activity=activity, created_at__gte=since).count()


def states_in_lesson(user, lesson):
    """The learner's saved places in a lesson's activities, by activity id."""
    return dict(
        H5PState.objects.filter(user=user, lesson_id=lesson.pk).values_list("activity_id", "state")
    )
