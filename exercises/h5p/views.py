"""The player's origin serves the player page and the package files; the site's origin takes
the learner's statements and state. Each view checks it runs on its own origin (middleware)."""

import logging
import mimetypes
import posixpath

from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST
from pasapas.http import PostRefused, csrf_refusal, expired_json, read_json_post
from pasapas.json_limits import JSONRefused, loads_bounded

from exercises import records
from exercises.placement import answerable_lesson, live_lesson_holding, required_in_lesson

from . import services
from .bundles import open_bundle
from .integration import ContentMissing, h5p_integration
from .models import H5PActivity, H5PLibrary
from .origins import player_origin, read_player_address, site_origin
from .player_policy import file_policy, player_policy
from .storage import open_file
from .validation import CONTENT_EXTENSIONS, LIBRARY_EXTENSIONS
from .video import allowed_origins
from .xapi import StatementError, parse_statement

logger = logging.getLogger(__name__)

MAX_STATEMENT_BODY = 64 * 1024
MAX_STATE_BODY = 64 * 1024

CONTENT_TYPES = {
    "js": "text/javascript",
    "css": "text/css",
    "json": "application/json",
    "svg": "image/svg+xml",
    "woff": "font/woff",
    "woff2": "font/woff2",
    "ttf": "font/ttf",
    "otf": "font/otf",
    "eot": "application/vnd.ms-fontobject",
    "vtt": "text/vtt",
    "webvtt": "text/vtt",
    "txt": "text/plain",
    "md": "text/plain",
    "textile": "text/plain",
    "diff": "text/plain",
    "patch": "text/plain",
    "csv": "text/plain",
    "gltf": "model/gltf+json",
    "glb": "model/gltf-binary",
}
# Files a browser could run as a document of their own (scripts in an SVG, XML or PDF, a
# Flash movie). Never served by the site; on the player's host under a sandboxing policy,
# and, but for SVG images (which H5P shows inline), as downloads.
RUNNABLE_ELSEWHERE = {"svg", "xml", "swf", "pdf"}
DOWNLOAD_ONLY = RUNNABLE_ELSEWHERE - {"svg"}


def activity_iri(request, activity_id):
    """The xAPI identifier of an activity: an address of the site, stable across uploads."""
    return request.build_absolute_uri(reverse("h5p:activity", args=[activity_id]))


# --- The player's origin -----------------------------------------------------------------


@require_GET
@xframe_options_exempt  # framed by the site only: frame-ancestors in the policy says so
def player(request, activity_id):
    activity = get_object_or_404(
        H5PActivity.objects.filter(live=True).select_related("main_library"), pk=activity_id
    )
    address = read_player_address(request.GET.get("site"), activity.pk)
    if address is None:
        return _player_refused(
            _(
                "Cette adresse du lecteur n'est pas valable ou a expiré : rechargez la page de "
                "la leçon."
            )
        )
    site, lesson_id = address
    if (
        lesson_id is not None
        and live_lesson_holding(lesson_id, "h5p_activity", activity.pk) is None
    ):
        return _player_refused(
            _("Cette activité ne fait plus partie de cette leçon : rechargez la page de la leçon.")
        )
    language = str(activity.h5p_json.get("language") or "")
    # "und" (undetermined) is what editors write by default: the centre's language then.
    language = language if language and language != "und" else "fr"
    activity_iri = f"{site}{reverse('h5p:activity', args=[activity.pk])}"
    try:
        integration = h5p_integration(activity, activity_iri=activity_iri, language=language)
    except (ContentMissing, OSError):
        logger.exception("H5P: the player of activity %s could not be prepared", activity.pk)
        return _player_refused(
            _(
                "Les fichiers de cette activité sont introuvables ou illisibles : prévenez "
                "l'équipe d'animation."
            ),
            status=503,
        )
    config = {
        "contentId": str(activity.pk),
        "integration": integration,
        "siteOrigin": site,
        "activityIri": activity_iri,
        "activityId": activity.pk,
        "messages": {
            "loading": _("Chargement de l'activité…"),
            "failed": _(
                "Cette activité ne s'est pas ouverte. Rechargez la page ; si cela continue, "
                "prévenez l'équipe d'animation."
            ),
        },
    }
    context = {"activity": activity, "config": config, "language": language}
    response = render(request, "h5p/player.html", context)
    response["Content-Security-Policy"] = player_policy(site, allowed_origins())
    response["Cache-Control"] = "private, no-cache"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _player_refused(message, status=400):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def _serve(opened, extension, *, immutable, content_type=None):
    if opened is None:
        raise Http404
    content_type = (
        content_type or CONTENT_TYPES.get(extension) or mimetypes.types_map.get(f".{extension}")
    )
    if extension == "swf":
        content_type = "application/octet-stream"  # no plug-in gets to play it
    response = FileResponse(
        opened,
        content_type=content_type or "application/octet-stream",
        as_attachment=extension in DOWNLOAD_ONLY,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = file_policy()
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Cache-Control"] = (
        "public, max-age=31536000, immutable" if immutable else "public, max-age=3600"
    )
    return response


def _extension(path):
    return posixpath.splitext(path)[1].lower().lstrip(".")


@require_GET
def content_file(request, key, path):
    """h5p.json and the files under content/ of one upload (its key changes on each upload,
    so these never change: cached for good)."""
    activity = H5PActivity.objects.filter(content_key=key).only("content_path").first()
    if activity is None:
        raise Http404
    extension = _extension(path)
    if path != "h5p.json" and not (path.startswith("content/") and extension in CONTENT_EXTENSIONS):
        raise Http404
    return _serve(open_file(activity.content_path, path), extension, immutable=True)


@require_GET
def library_file(request, folder, path):
    name, _sep, version = folder.rpartition("-")
    major, _dot, minor = version.partition(".")
    if not (name and major.isdigit() and minor.isdigit()):
        raise Http404
    library = (
        H5PLibrary.objects.filter(machine_name=name, major=int(major), minor=int(minor))
        .only("storage_path")
        .first()
    )
    extension = _extension(path)
    if library is None or extension not in LIBRARY_EXTENSIONS:
        raise Http404
    return _serve(open_file(library.storage_path, path), extension, immutable=False)


@require_GET
def bundle_file(request, name, extension):
    """An activity's aggregated script or stylesheet: named by a hash of what it holds, so
    cached for good (a library updated makes another bundle, under another name)."""
    return _serve(
        open_bundle(name, extension),
        extension,
        immutable=True,
        content_type=f"{CONTENT_TYPES[extension]}; charset=utf-8",
    )


# --- The site's origin: what the learner's browser reports -----------------------------------


def _refuse(message, status=400):
    return JsonResponse({"error": message}, status=status)


def _read_post(request, activity_id, cap):
    """The checks both endpoints make, in order; returns (activity, lesson, data) or a
    response that refuses the post."""
    if not request.user.is_authenticated:
        return _refuse(
            _("Connectez-vous pour que vos résultats soient enregistrés."),
            status=403,
        )
    try:
        data = read_json_post(request, max_bytes=cap)
    except PostRefused as refused:
        return _refuse(refused.message, status=refused.status)
    activity = H5PActivity.objects.filter(pk=activity_id, live=True).first()
    if activity is None:
        return _refuse(_("Cette activité n'existe pas."), 404)
    lesson = answerable_lesson(request, data.get("lesson"), "h5p_activity", activity.pk)
    if lesson is None:
        return _refuse(_("Cette activité ne fait pas partie de cette leçon."))
    return activity, lesson, data


@csrf_refusal(expired_json)
@require_POST
def statement(request, activity_id):
    checked = _read_post(request, activity_id, MAX_STATEMENT_BODY)
    if isinstance(checked, JsonResponse):
        return checked
    activity, lesson, data = checked
    try:
        parsed = parse_statement(
            data.get("statement"),
            activity_iri=activity_iri(request, activity.pk),
            site_origin=site_origin(request),
            user=request.user,
        )
    except StatementError as error:
        return _refuse(str(error))
    try:
        outcome = records.h5p_statement_record(
            user=request.user,
            activity=activity,
            lesson=lesson,
            parsed=parsed,
            required=required_in_lesson(lesson),
        )
    except records.TooManyStatements as refused:
        return _refuse(str(refused), 429)
    result = outcome.result
    message = ""
    if result is not None:
        message = (
            _("Bravo, c'est réussi ! Votre résultat est enregistré.")
            if result.passed
            else _("Votre réponse est enregistrée. Vous pouvez réessayer autant que vous voulez.")
        )
        if outcome.lesson_completed:
            message += " " + _("Tout est fait dans cette leçon : elle est terminée.")
    return JsonResponse(
        {
            "recorded": True,
            "completed": bool(result is not None and result.passed),
            "score": result.best_score if result is not None else None,
            "message": message,
            "lesson_completed": outcome.lesson_completed,
        }
    )


@csrf_refusal(expired_json)
@require_POST
def state(request, activity_id):
    checked = _read_post(request, activity_id, MAX_STATE_BODY)
    if isinstance(checked, JsonResponse):
        return checked
    activity, lesson, data = checked
    value = data.get("state")
    if value is None:
        value = ""
    if not isinstance(value, str) or len(value) > services.MAX_STATE_CHARS:
        return _refuse(_("L'état envoyé est illisible."))
    if value:
        try:
            loads_bounded(value, max_bytes=services.MAX_STATE_CHARS)
        except JSONRefused as refused:
            return _refuse(str(refused))
        except ValueError:
            return _refuse(_("L'état envoyé est illisible."))
    records.h5p_state_save(user=request.user, activity=activity, lesson=lesson, state=value)
    return JsonResponse({"saved": True})


@require_GET
@never_cache
def activity(request, activity_id):
    """The activity's xAPI identifier resolves to a plain description, never to its files."""
    item = get_object_or_404(H5PActivity, pk=activity_id)
    return JsonResponse({"id": item.pk, "title": item.title, "player": player_origin()})


@csrf_refusal(expired_json)
@require_POST
def viewed(request, activity_id):
    """The learner opened an activity: done if it is « à consulter » (nothing to answer)."""
    checked = _read_post(request, activity_id, MAX_STATE_BODY)
    if isinstance(checked, JsonResponse):
        return checked
    activity, lesson, _data = checked
    outcome = records.h5p_activity_viewed(
        user=request.user, activity=activity, lesson=lesson, required=required_in_lesson(lesson)
    )
    if outcome is None:
        return JsonResponse({"recorded": False, "completed": False, "message": ""})
    message = _("C'est fait : vous avez consulté cette activité.")
    if outcome.lesson_completed:
        message += " " + _("Tout est fait dans cette leçon : elle est terminée.")
    return JsonResponse(
        {
            "recorded": True,
            "completed": True,
            "message": message,
            "lesson_completed": outcome.lesson_completed,
        }
    )
