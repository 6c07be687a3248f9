"""The « SCORM » lesson block: places a package, played in the isolated player. « À réussir »
by default: a module is usually a whole course of its own, the lesson's point."""

import json

from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from exercises import records
from exercises.h5p.origins import player_is_isolated, player_origin
from exercises.rendering import per_request

from .cmi import resume_data
from .origins import player_url


def _json_for_script(value):
    """JSON inside a <script> element, which must never close it."""
    text = json.dumps(value)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")


def _saved(package, attempts):
    """What the player resumes, by SCO: the attempts not ended (left, or suspended)."""
    version = "1.2" if package.version == "1.2" else "2004"
    saved = {}
    for sco, attempt in (attempts or {}).items():
        if attempt.finished_at is None:
            saved[sco] = {"attempt": attempt.pk, "cmi": resume_data(version, attempt)}
    return saved


def package_context(request, package, lesson):
    results = per_request(request, "_scorm_results", lesson, records.scorm_results_in_lesson)
    attempts = per_request(request, "_scorm_attempts", lesson, records.scorm_attempts_in_lesson)
    signed_in = bool(request is not None and request.user.is_authenticated)
    live_lesson = lesson is not None and not getattr(request, "is_preview", False)
    playable = request is not None and live_lesson and player_is_isolated(request)
    return {
        "package": package,
        "lesson": lesson,
        "result": results.get(package.pk),
        "saved_json": _json_for_script(_saved(package, attempts.get(package.pk))),
        "signed_in": signed_in,
        "playable": playable,
        "player_url": player_url(request, package.pk, lesson.pk) if playable else "",
        "player_origin": player_origin(),
        "commit_url": reverse("scorm:commit", args=[package.pk]),
        "csrf_token": get_token(request) if signed_in else "",
        "preview": lesson is None,
    }


class ScormPackageBlock(blocks.StructBlock):
    """Places a SCORM package in a lesson; a required one completes the lesson once passed."""

    package = SnippetChooserBlock("scorm.ScormPackage", label=_("Module SCORM"))
    required = blocks.BooleanBlock(
        label=_("À réussir pour terminer la leçon"),
        required=False,
        default=True,
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        page = (parent_context or {}).get("page")
        context["preview"] = page is None
        package = value.get("package")
        if package is not None and package.live:
            context.update(package_context(request, package, page))
            context["placed_required"] = bool(value.get("required"))
        return context

    class Meta:
        icon = "folder-open-inverse"
        label = _("SCORM")
        template = "scorm/blocks/package.html"
        description = _(
            "Un module SCORM 1.2 ou 2004 (Articulate, iSpring, eXeLearning, Adapt…), déposé "
            "dans « Paquets SCORM »."
        )
        preview_value = staticmethod(lambda: {"package": _first_package(), "required": True})


def _first_package():
    from .models import ScormPackage

    return ScormPackage.objects.order_by("pk").first()
