"""The player's origin serves the SCORM player page and the package files; the site's origin
takes what the learner's browser commits. The middleware keeps each address on its origin."""

import logging
import mimetypes
import posixpath

from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.http import require_GET, require_POST
from pasapas.http import PostRefused, csrf_refusal, expired_json, read_json_post

from exercises import records
from exercises.h5p.storage import open_file
from exercises.placement import answerable_lesson, live_lesson_holding, required_in_lesson

from .cmi import CMIError, parse_commit
from .models import ScormPackage
from .origins import read_player_address

logger = logging.getLogger(__name__)

# A commit holds the whole CMI data: 64 000 characters of suspend data, interactions…
MAX_COMMIT_BODY = 256 * 1024
CONTENT_TYPES = {"js": "text/javascript", "css": "text/css", "json": "application/json"}


# --- The player's origin -----------------------------------------------------------------


def _player_policy(site):
    """The player page: its script and scorm-again, the package in a frame of the same
    origin, framed by the site only; it fetches nothing."""
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "frame-src 'self'",
            f"frame-ancestors {site}",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


# Package content is authored elsewhere and often inline-scripted: it runs as it was made,
# but only here, on the player's origin, where there is no session, cookie or token to steal,
# and it may reach nothing but this origin.
CONTENT_POLICY = "; ".join(
    [
        "default-src 'self' data: blob:",
        "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
    ]
)


def _refused(message, status=400):
    return HttpResponse(message, status=status, content_type="text/plain; charset=utf-8")


def _toc(items, key):
    """The table of contents with each launchable item's address on the player's origin."""
    base = reverse("scorm:content_file", args=[key, "x"])[:-1]
    return [
        {
            "identifier": item["identifier"],
            "title": item["title"],
            "url": f"{base}{item['launch']}{item.get('parameters') or ''}"
            if item.get("launch")
            else "",
            "sco": item.get("scorm_type", "sco") == "sco",
            "children": _toc(item.get("children") or [], key),
        }
        for item in items
    ]


@require_GET
@xframe_options_exempt  # framed by the site only: frame-ancestors in the policy says so
def player(request, package_id):
    package = get_object_or_404(ScormPackage.objects.filter(live=True), pk=package_id)
    address = read_player_address(request.GET.get("site"), package.pk)
    if address is None:
        return _refused(
            _(
                "Cette adresse du lecteur n'est pas valable ou a expiré : rechargez la page de "
                "la leçon."
            )
        )
    site, lesson_id, language = address
    with translation.override(language):
        return _player(request, package, site, lesson_id)


def _player(request, package, site, lesson_id):
    if live_lesson_holding(lesson_id, "scorm_package", package.pk) is None:
        return _refused(
            _("Ce module ne fait plus partie de cette leçon : rechargez la page de la leçon.")
        )
    toc = _toc(package.items, package.content_key)
    config = {
        "version": "1.2" if package.version == "1.2" else "2004",
        "siteOrigin": site,
        "toc": toc,
        "messages": {
            "loading": _("Chargement du module…"),
            "finished": _("Vous avez fini cette partie. Choisissez la suite dans le sommaire."),
        },
    }
    context = {
        "package": package,
        "config": config,
        "toc": toc,
        "several": len(package.launchable()) > 1,
        "runtime": static(
            "scorm-again/scorm12.min.js"
            if package.version == "1.2"
            else "scorm-again/scorm2004.min.js"
        ),
    }
    response = render(request, "scorm/player.html", context)
    response["Content-Security-Policy"] = _player_policy(site)
    response["Cache-Control"] = "private, no-cache"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_GET
@xframe_options_exempt
def content_file(request, key, path):
    """A file of one upload (its key changes on each upload: cached for good). Framed by the
    player page, itself framed by the site: X-Frame-Options would refuse that chain, and the
    files hold nothing of anyone's, on an origin with no session."""
    package = ScormPackage.objects.filter(content_key=key).only("content_path").first()
    if package is None:
        raise Http404
    try:
        opened = open_file(package.content_path, path)
    except OSError:  # a name the file system refuses (too long…): no such file
        opened = None
    if opened is None:
        raise Http404
    extension = posixpath.splitext(path)[1].lower().lstrip(".")
    content_type = CONTENT_TYPES.get(extension) or mimetypes.types_map.get(f".{extension}")
    response = FileResponse(opened, content_type=content_type or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = CONTENT_POLICY
    response["Cross-Origin-Resource-Policy"] = "same-origin"
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


# --- The site's origin: what the learner's browser commits ----------------------------------


def _refuse(message, status=400):
    return JsonResponse({"error": message}, status=status)


@csrf_refusal(expired_json)
@require_POST
def commit(request, package_id):
    """CMI data the package committed (Commit, Terminate/Finish, or the page left)."""
    if not request.user.is_authenticated:
        return _refuse(_("Connectez-vous pour que vos résultats soient enregistrés."), 403)
    try:
        data = read_json_post(request, max_bytes=MAX_COMMIT_BODY)
    except PostRefused as refused:
        return _refuse(refused.message, status=refused.status)
    package = ScormPackage.objects.filter(pk=package_id, live=True).first()
    if package is None:
        return _refuse(_("Ce module n'existe pas."), 404)
    lesson = answerable_lesson(request, data.get("lesson"), "scorm_package", package.pk)
    if lesson is None:
        return _refuse(_("Ce module ne fait pas partie de cette leçon."))
    launchable = package.launchable()
    sco = data.get("sco")
    if not isinstance(sco, str) or sco not in {item["identifier"] for item in launchable}:
        return _refuse(_("Cette partie n'appartient pas à ce module."))
    attempt_id = data.get("attempt")
    if attempt_id is not None and (type(attempt_id) is not int or attempt_id < 1):
        return _refuse(
            _("Les données envoyées par le module sont invalides : rien n'a été enregistré.")
        )
    try:
        parsed = parse_commit("1.2" if package.version == "1.2" else "2004", data.get("data"))
    except CMIError as error:
        return _refuse(str(error))
    # Terminate/Finish ends the attempt, unless the package asked to be resumed (« suspend »,
    # a learner leaving mid-way): that one is neither a try counted nor a new start.
    finished = data.get("finished") is True and parsed.exit != "suspend"
    scos = [item["identifier"] for item in launchable if item.get("scorm_type", "sco") == "sco"]
    try:
        outcome = records.scorm_commit_record(
            user=request.user,
            package=package,
            lesson=lesson,
            sco=sco,
            attempt_id=attempt_id,
            parsed=parsed,
            finished=finished,
            scos=scos,
            required=required_in_lesson(lesson),
        )
    except records.AttemptRefused as refused:
        return _refuse(str(refused), 403)
    result = outcome.result
    message = ""
    if result is not None:
        message = (
            _("Bravo, c'est réussi ! Votre résultat est enregistré.")
            if result.passed
            else _("Votre progression est enregistrée. Vous pouvez reprendre quand vous voulez.")
        )
        if outcome.lesson_completed:
            message += " " + _("Tout est fait dans cette leçon : elle est terminée.")
    return JsonResponse(
        {
            "recorded": True,
            # After a Terminate/Finish that ends it, the next launch is a new attempt.
            "attempt": None if finished else outcome.attempt.pk,
            "completed": bool(result is not None and result.passed),
            "score": result.best_score if result is not None else None,
            "message": message,
            "lesson_completed": outcome.lesson_completed,
        }
    )
