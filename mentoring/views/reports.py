"""Reports of a message or a tip, and the facilitator's list where they are handled."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import facilitator_required

from .. import selectors, services
from ..forms import ReportForm
from .form_submit import submit
from .responses import refuse


def report_form(request, target, back_url):
    """The report form for `target` ({"message": …} or {"tip": …}), once its view has checked
    that the person may see and report it."""
    form = ReportForm(request.POST or None)
    return submit(
        request,
        form,
        act=lambda data: services.report_create(
            reporter=request.user, reason=data["reason"], **target
        ),
        done=lambda _result: (
            _("Merci. L'équipe d'animation va regarder ce message."),
            back_url,
        ),
        show=lambda status: render(
            request,
            "mentoring/report.html",
            {"form": form, "back_url": back_url, **target},
            status=status,
        ),
    )


@facilitator_required
def reports(request):
    return render(
        request, "mentoring/reports.html", {"reports": selectors.open_reports(request.user)}
    )


@facilitator_required
@require_POST
def report_handle(request, pk):
    report = (
        selectors.reports_visible_to(request.user)
        .select_related("message__thread__learner", "tip__mentor")
        .filter(pk=pk)
        .first()
    )
    if report is None:
        return refuse(request, _("Ce signalement n'existe pas."), 404)
    if report.handled_at is None:
        hide = request.POST.get("decision") == "hide"
        services.report_handle(moderator=request.user, report=report, hide=hide)
        messages.success(
            request, _("C'est masqué.") if hide else _("C'est noté : le message reste visible.")
        )
    return redirect("mentoring:reports")
