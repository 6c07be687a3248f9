"""The lesson block that places an H5P activity, played in the isolated player."""

import json

from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from exercises import records
from exercises.cached_chooser import CachedSnippetChooserBlock
from exercises.rendering import per_request

from .origins import player_is_isolated, player_origin, player_url
from .video import blocked_hosts


def _json_for_script(value):
    """JSON inside a <script> element, which must never close it."""
    text = json.dumps(value)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def activity_context(request, activity, lesson):
    results = per_request(request, "_h5p_results", lesson, records.h5p_results_in_lesson)
    states = per_request(request, "_h5p_states", lesson, records.h5p_states_in_lesson)
    signed_in = bool(request is not None and request.user.is_authenticated)
    playable = request is not None and player_is_isolated(request)
    return {
        "activity": activity,
        "lesson": lesson,
        "result": results.get(activity.pk),
        "state_json": _json_for_script(states.get(activity.pk)),
        "signed_in": signed_in,
        "playable": playable,
        "player_url": player_url(request, activity.pk, _live_lesson_id(request, lesson))
        if playable
        else "",
        "player_origin": player_origin(),
        "statement_url": reverse("h5p:statement", args=[activity.pk]),
        "state_url": reverse("h5p:state", args=[activity.pk]),
        "viewed_url": reverse("h5p:viewed", args=[activity.pk]),
        "csrf_token": get_token(request) if signed_in else "",
        "preview": lesson is None,
        "blocked_media": blocked_hosts(activity.external_media),
    }


def _live_lesson_id(request, lesson):
    """The lesson the player's address is signed for; none in an editor's preview (a draft
    may hold activities its live version does not)."""
    if lesson is None or getattr(request, "is_preview", False):
        return None
    return lesson.pk


class H5PActivityBlock(blocks.StructBlock):
    """Places an H5P activity in a lesson. Required activities complete the lesson once done."""

    activity = CachedSnippetChooserBlock("h5p.H5PActivity", label=_("Activité H5P"))
    required = blocks.BooleanBlock(
        label=_("À faire pour terminer la leçon"),
        required=False,
        default=True,
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = (parent_context or {}).get("page")
        context["preview"] = page is None
        activity = value.get("activity")
        if activity is not None and activity.live:  # unpublished: not shown to learners
            context.update(activity_context(request, activity, page))
            context["placed_required"] = bool(value.get("required"))
        return context

    class Meta:
        icon = "media"
        label = _("Activité H5P")
        template = "h5p/blocks/activity.html"
        description = _(
            "Une activité interactive faite dans un éditeur H5P (Lumi, h5p.org…), "
            "déposée dans « Activités H5P »."
        )
        preview_value = staticmethod(lambda: {"activity": _first_activity(), "required": True})


def _first_activity():
    from .models import H5PActivity

    return H5PActivity.objects.order_by("pk").first()
