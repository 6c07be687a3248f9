"""« Par où commencer ? »: one question a page, then the tracks and the next workshops.

Views stay thin: the questions are in items.py, the session in flow.py, the scoring in
scoring.py, the write in services.py and the reads in selectors.py."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Site

from accounts.models import SignupSettings
from accounts.permissions import facilitator_required, learners_visible_to
from courses.models import CoursePage
from workshops.permissions import may_sign_up_alone

from . import flow, scoring, selectors, services
from .items import STEPS, Area, Kind, item_at
from .models import PositioningResult


def _site(request):
    return Site.find_for_request(request) or Site.objects.get(is_default_site=True)


def _learner_of(request, state):
    """The learner a facilitator is taking it with, if they still may."""
    if not state.get("learner"):
        return None
    return learners_visible_to(request.user).filter(pk=state["learner"]).first()


@require_http_methods(["GET", "POST"])
def start(request):
    if request.method == "POST":
        flow.start(request.session)
        return redirect("positioning:step", step=1)
    state = request.session.get(flow.IN_PROGRESS)
    resume = None
    if isinstance(state, dict) and state.get("answers"):
        resume = min(flow.first_open_step(state["answers"]), STEPS)
    return render(request, "positioning/start.html", {"steps": STEPS, "resume": resume})


@require_http_methods(["GET", "POST"])
def step(request, step):
    item = item_at(step)
    if item is None:
        raise Http404("no such step")
    state = flow.current(request.session)
    answers = state["answers"]
    open_step = flow.first_open_step(answers)
    if step > open_step:
        messages.info(
            request,
            _("Répondons d'abord à la question %(n)s.") % {"n": open_step},
        )
        return redirect("positioning:step", step=min(open_step, STEPS))
    if request.method == "POST" or "lien" in request.GET:
        if request.method == "POST":
            try:
                value = flow.read_answer(item, request.POST)
            except flow.AnswerError as error:
                messages.error(request, str(error))
                return redirect("positioning:step", step=step)
        elif item.kind == Kind.LINK and request.GET["lien"] == state["token"]:
            value = flow.DONE
        else:
            messages.error(request, str(flow.OLD_LINK))
            return redirect("positioning:step", step=step)
        flow.record(request.session, item, value)
        if step < STEPS:
            return redirect("positioning:step", step=step + 1)
        return _finish(request, state)
    learner = _learner_of(request, state)
    return render(
        request,
        "positioning/step.html",
        {
            "item": item,
            "step": step,
            "steps": STEPS,
            "previous": answers.get(item.key),
            "token": state["token"],
            "learner": learner,
        },
    )


def _finish(request, state):
    answers = state["answers"]
    if flow.first_open_step(answers) <= STEPS:
        # Going back then forward can leave a gap only if the session was tampered with.
        return redirect("positioning:step", step=flow.first_open_step(answers))
    tracks = selectors.area_tracks(_site(request))
    ids_by_area = {area: page.pk for area, page in tracks.items()}
    learner = _learner_of(request, state)
    if state.get("learner") and learner is None:
        raise Http404("learner not visible")
    person = learner or (request.user if request.user.is_authenticated else None)
    try:
        answers = services.clean_answers(answers)
    except ValidationError:
        # Only validated answers enter the session: a bad one means it was tampered with.
        flow.start(request.session, learner=learner)
        messages.error(request, str(flow.BROKEN))
        return redirect("positioning:step", step=1)
    if person is not None:
        result = services.positioning_result_create(
            user=person,
            answers=answers,
            track_ids_by_area=ids_by_area,
            taken_with=request.user if learner else None,
        )
        summary = {"result": result.pk}
    else:
        levels = scoring.levels_for(answers)
        summary = {
            "result": None,
            "answers": answers,
            "levels": levels,
            "track_ids": [
                ids_by_area[a] for a in scoring.suggested_areas(levels) if a in ids_by_area
            ],
            # When it was made: only a recent one may be kept after signing in (see keep).
            "at": timezone.now().timestamp(),
        }
    flow.finish(request.session, summary)
    return redirect("positioning:result")


def _may_see(user, result):
    if result.user_id == user.pk:
        return True
    return learners_visible_to(user).filter(pk=result.user_id).exists()


def _shown_result(request):
    """The result this browser just made, else the signed-in person's latest one."""
    summary = request.session.get(flow.FINISHED)
    if isinstance(summary, dict) and summary.get("result"):
        result = (
            PositioningResult.objects.select_related("user", "taken_with")
            .filter(pk=summary["result"])
            .first()
        )
        if result is not None and request.user.is_authenticated and _may_see(request.user, result):
            return result
    elif isinstance(summary, dict) and isinstance(summary.get("answers"), dict):
        try:
            answers = services.clean_answers(summary["answers"])
        except ValidationError:
            return None
        levels = scoring.levels_for(answers)
        return PositioningResult(
            answers=answers, levels=levels, suggested_track_ids=summary.get("track_ids", [])
        )
    if request.user.is_authenticated:
        return selectors.latest_result_of(request.user)
    return None


def _centre_id(request, result):
    if result.centre_id:
        return result.centre_id
    if request.user.is_authenticated and request.user.centre_id:
        return request.user.centre_id
    return SignupSettings.for_request(request).self_signup_centre_id


def result(request):
    shown = _shown_result(request)
    if shown is None:
        return redirect("positioning:start")
    tracks = selectors.tracks_in_order(
        shown.suggested_track_ids,
        CoursePage.objects.live().filter(pk__in=shown.suggested_track_ids),
    )
    sessions = selectors.next_sessions(
        centre_id=_centre_id(request, shown), track_ids=[page.pk for page in tracks]
    )
    return render(
        request,
        "positioning/result.html",
        {
            "result": shown,
            "levels": level_rows(shown.levels),
            "tracks": tracks,
            "sessions": sessions,
            "to_show": scoring.to_show(shown.answers),
            "for_someone_else": shown.user_id
            and request.user.is_authenticated
            and shown.user_id != request.user.pk,
            "stored": shown.pk is not None,
            # The person whose result it is may sign up from here, if their centre lets them.
            "can_join": shown.user_id in (None, request.user.pk)
            and may_sign_up_alone(request.user),
        },
    )


# A result made before signing in can be kept for this long: on a shared PC of the centre,
# an older one is more likely someone else's.
KEEP_HOURS = 3


@require_POST
def keep(request):
    """The result made on this computer before signing in, kept when its owner asks."""
    if not request.user.is_authenticated:
        return redirect_to_login(reverse("positioning:result"))
    summary = request.session.get(flow.FINISHED)
    if not isinstance(summary, dict) or not isinstance(summary.get("answers"), dict):
        messages.info(
            request,
            _("Il n'y a pas de résultat à garder sur cet ordinateur."),
        )
        return redirect("positioning:result")
    made_at = summary.get("at")
    if not isinstance(made_at, (int, float)) or (
        timezone.now().timestamp() - made_at > KEEP_HOURS * 3600
    ):
        request.session.pop(flow.FINISHED, None)
        messages.error(
            request,
            _(
                "Ce résultat date de plus de %(hours)s heures : il n'est pas gardé. Refaites "
                "« Par où commencer ? », c'est rapide."
            )
            % {"hours": KEEP_HOURS},
        )
        return redirect("positioning:start")
    ids_by_area = {area: page.pk for area, page in selectors.area_tracks(_site(request)).items()}
    try:
        result = services.positioning_result_create(
            user=request.user, answers=summary["answers"], track_ids_by_area=ids_by_area
        )
    except ValidationError:
        request.session.pop(flow.FINISHED, None)
        messages.error(request, str(flow.BROKEN))
        return redirect("positioning:start")
    flow.finish(request.session, {"result": result.pk})
    messages.success(
        request,
        _("C'est gardé : votre résultat est enregistré, et l'équipe d'animation peut le voir."),
    )
    return redirect("positioning:result")


def level_rows(levels):
    return [
        {
            "area": area,
            "label": Area.LABELS[area],
            "level": levels.get(area),
            "level_label": scoring.Level.LABELS.get(levels.get(area), ""),
        }
        for area in Area.ORDER
        if area in levels
    ]


@facilitator_required
def results(request):
    visible = learners_visible_to(request.user)
    learners = list(visible.order_by("first_name", "username"))
    latest = {row.user_id: row for row in selectors.latest_results(visible)}
    track_ids = {pk for row in latest.values() for pk in row.suggested_track_ids}
    tracks = {page.pk: page for page in CoursePage.objects.filter(pk__in=track_ids)}
    rows = []
    for learner in learners:
        row = latest.get(learner.pk)
        rows.append(
            {
                "learner": learner,
                "result": row,
                "levels": level_rows(row.levels) if row else [],
                "tracks": [tracks[pk] for pk in row.suggested_track_ids if pk in tracks]
                if row
                else [],
            }
        )
    return render(
        request,
        "positioning/results.html",
        {"rows": rows, "areas": [(Area.SHORT_LABELS[a], Area.LABELS[a]) for a in Area.ORDER]},
    )


@facilitator_required
@require_http_methods(["GET", "POST"])
def with_learner(request, learner_pk):
    learner = get_object_or_404(learners_visible_to(request.user), pk=learner_pk)
    if request.method == "POST":
        flow.start(request.session, learner=learner)
        return redirect("positioning:step", step=1)
    return render(
        request,
        "positioning/with_learner.html",
        {"learner": learner, "steps": STEPS, "results_url": reverse("positioning:results")},
    )
