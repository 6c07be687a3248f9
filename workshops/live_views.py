"""The live room: the facilitator's screen and its poll, the learner's « J'ai besoin d'aide ».

Each write answers JSON to a script (fetch) and redirects back otherwise, so every button
works without JavaScript."""

import hashlib
import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpResponse, HttpResponseNotModified, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from pasapas.http import next_url, wants_json

from accounts.permissions import facilitator_required

from . import live
from .models import Enrolment, Session
from .permissions import can_manage_session


def _managed_session(request, pk):
    """The session, for a facilitator of its centre (or an admin); anyone else: 404."""
    session = get_object_or_404(
        Session.objects.select_related("track", "goto_lesson", "room"), pk=pk
    )
    if not can_manage_session(request.user, session):
        raise Http404("not a session of this centre")
    return session


def _answer(request, fallback, payload, status=200, message=None, level=messages.SUCCESS):
    if wants_json(request):
        body = dict(payload)
        if message:
            body["message"] = str(message)
        return JsonResponse(body, status=status)
    if message:
        messages.add_message(request, level, message)
    return redirect(next_url(request, fallback))


# The facilitator ---------------------------------------------------------------------------


@facilitator_required
@require_GET
def room(request, pk):
    session = _managed_session(request, pk)
    snapshot = live.room_snapshot(session, request=request)
    return render(
        request,
        "workshops/live_room.html",
        {
            "session": session,
            "snapshot": snapshot,
            "lessons": list(live.track_lessons(session).only("title", "path", "depth")),
        },
    )


def _etag(snapshot):
    data = json.dumps(snapshot, sort_keys=True, cls=DjangoJSONEncoder).encode()
    return data, '"' + hashlib.blake2b(data, digest_size=12).hexdigest() + '"'


@facilitator_required
@require_GET
def room_state(request, pk):
    """The poll behind the room page: 304 when nothing changed since the last answer."""
    session = _managed_session(request, pk)
    snapshot = live.room_snapshot(session, request=request)
    data, etag = _etag(snapshot)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(data, content_type="application/json")
    for name, value in headers.items():
        response[name] = value
    return response


@facilitator_required
@require_POST
def room_hand_lower(request, pk, enrolment_pk):
    session = _managed_session(request, pk)
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("user"), pk=enrolment_pk, session=session
    )
    live.hand_lower(enrolment=enrolment)
    name = enrolment.user.first_name if enrolment.user else ""
    return _answer(
        request,
        reverse("workshops:room", args=[session.pk]),
        {"enrolment": enrolment.pk, "hand_raised": False},
        message=_("Main baissée pour %(name)s.") % {"name": name},
    )


@facilitator_required
@require_POST
def room_goto(request, pk):
    session = _managed_session(request, pk)
    fallback = reverse("workshops:room", args=[session.pk])
    if request.POST.get("clear"):
        live.goto_clear(session=session)
        return _answer(
            request, fallback, {"goto": None}, message=_("Plus de leçon proposée au groupe.")
        )
    try:
        live.goto_set(session=session, lesson=request.POST.get("lesson"))
    except ValidationError as error:
        return _answer(
            request,
            fallback,
            {"error": error.messages[0]},
            status=400,
            message=error.messages[0],
            level=messages.ERROR,
        )
    return _answer(
        request,
        fallback,
        {"goto": live.goto_of(session, request)},
        message=_("Tout le monde est invité à aller à « %(title)s ».")
        % {"title": session.goto_lesson.title},
    )


# The learner -------------------------------------------------------------------------------


def _learner_place(request, pk):
    """The signed-in learner's place (with a seat) in the session; anyone else: 404."""
    enrolment = live.live_enrolment(user=request.user, session_id=pk)
    if enrolment is None:
        raise Http404("no place in this session")
    return enrolment


def _closed(request, enrolment, message):
    return _answer(
        request,
        "/",
        {"on": False, "error": str(message), "session": enrolment.session_id},
        status=409,
        message=message,
        level=messages.ERROR,
    )


def _signed_in(view):
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            if wants_json(request):
                return JsonResponse({"error": "sign-in"}, status=401)
            return redirect_to_login(request.get_full_path())
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@_signed_in
@require_POST
def hand_raise(request, pk):
    enrolment = _learner_place(request, pk)
    try:
        live.hand_raise(enrolment=enrolment)
    except ValidationError as error:
        return _closed(request, enrolment, error.messages[0])
    return _answer(
        request,
        "/",
        {"on": True, "hand_raised": True, "hand_raised_at": live.iso(enrolment.hand_raised_at)},
        message=_("Main levée : la personne qui anime arrive."),
    )


@_signed_in
@require_POST
def hand_lower(request, pk):
    """The learner lowers their own hand (they found it alone)."""
    enrolment = _learner_place(request, pk)
    if not live.is_on(enrolment.session):
        return _closed(
            request,
            enrolment,
            _("La séance n'a pas lieu en ce moment."),
        )
    live.hand_lower(enrolment=enrolment)
    return _answer(request, "/", {"on": True, "hand_raised": False}, message=_("Main baissée."))


@_signed_in
@require_GET
def learner_state(request, pk):
    enrolment = _learner_place(request, pk)
    state = live.learner_state(
        enrolment.session, request.user, enrolment=enrolment, request=request
    )
    if not state["on"]:
        return JsonResponse(
            {
                **state,
                "error": _("La séance n'a pas lieu en ce moment."),
            },
            status=409,
        )
    response = JsonResponse(state)
    response["Cache-Control"] = "private, no-store"
    return response
