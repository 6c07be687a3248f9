"""Reads for the positioning pages: the track of each area, results, sessions to come."""

from django.db.models import OuterRef, Q, Subquery

from courses.models import CoursePage
from workshops.selectors import upcoming_sessions

from .items import Area
from .models import PositioningResult, PositioningSettings

# The demo's tracks (demo/content), used for an area the settings leave empty.
FALLBACK_SLUGS = {
    Area.PC: "bases-ordinateur",
    Area.INTERNET: "naviguer-internet",
    Area.OFFICE: "email-bureautique",
    Area.PHOTOS: "retoucher-ses-photos",
    Area.EADMIN: "demarches-en-ligne",
    Area.JOBS: "chercher-un-emploi",
}
NEXT_SESSIONS = 5


def area_tracks(site):
    """{area: live CoursePage}, from the site's settings, else the demo slug; two queries."""
    chosen = PositioningSettings.for_site(site)
    chosen_ids = {area: getattr(chosen, f"track_{area}_id") for area in Area.ORDER}
    missing_slugs = [FALLBACK_SLUGS[area] for area, pk in chosen_ids.items() if pk is None]
    # Public only: a course kept for facilitators is never suggested.
    pages = list(
        CoursePage.objects.live()
        .public()
        .filter(Q(pk__in=[pk for pk in chosen_ids.values() if pk]) | Q(slug__in=missing_slugs))
        .order_by("path")
    )
    by_pk = {page.pk: page for page in pages}
    by_slug = {}
    for page in pages:
        by_slug.setdefault(page.slug, page)  # the first in the tree if a slug repeats
    tracks = {}
    for area, pk in chosen_ids.items():
        page = by_pk.get(pk) if pk else by_slug.get(FALLBACK_SLUGS[area])
        if page is not None:
            tracks[area] = page
    return tracks


def tracks_in_order(track_ids, tracks):
    """The pages of `track_ids` among the known `tracks`, in the order of the ids."""
    by_pk = {page.pk: page for page in tracks}
    return [by_pk[pk] for pk in track_ids if pk in by_pk]


def latest_result_of(user):
    return PositioningResult.objects.filter(user=user).first()


def latest_results(learners):
    """The latest result of each of `learners` (a queryset), with the person: one query."""
    latest = (
        PositioningResult.objects.filter(user=OuterRef("user"))
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    return list(
        PositioningResult.objects.filter(user__in=learners, pk=Subquery(latest))
        .select_related("user", "taken_with")
        .order_by("user__first_name", "user__username")
    )


def next_sessions(*, centre_id, track_ids):
    """The next sessions of the suggested tracks in the centre, with the places left."""
    if centre_id is None or not track_ids:
        return []
    return upcoming_sessions(centre_id=centre_id, track_ids=track_ids, limit=NEXT_SESSIONS)
