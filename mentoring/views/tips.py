"""A mentor's tips on a lesson: written, corrected until reviewed, withdrawn, reported."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from pasapas.http import next_url

from .. import permissions, services
from ..forms import TipForm
from ..models import Tip
from .form_submit import submit
from .reports import report_form
from .responses import live_lesson, refuse, unknown_lesson, unknown_tip


@login_required
def tip_new(request, page_id):
    if not permissions.can_write_tip(request.user):
        raise PermissionDenied
    lesson = live_lesson(page_id)
    if lesson is None:
        return unknown_lesson(request)
    form = TipForm(request.POST or None)
    return submit(
        request,
        form,
        act=lambda data: services.tip_submit(mentor=request.user, lesson=lesson, text=data["text"]),
        done=lambda _tip: (
            _(
                "Merci ! Votre conseil est envoyé à l'équipe d'animation : il s'affichera sur la "
                "leçon dès qu'il l'aura relu."
            ),
            f"{lesson.url}#conseils",
        ),
        show=lambda status: render(
            request, "mentoring/tip_form.html", {"form": form, "lesson": lesson}, status=status
        ),
    )


def _own_tip(request, pk):
    return Tip.objects.select_related("lesson").filter(pk=pk, mentor=request.user).first()


@login_required
def tip_edit(request, pk):
    tip = _own_tip(request, pk)
    if tip is None or tip.lesson_id is None:  # its lesson was deleted: nobody reads it now
        return unknown_tip(request)
    if not permissions.can_edit_tip(request.user, tip):
        return refuse(
            request,
            _("Ce conseil a déjà été relu par l'équipe d'animation : demandez-lui de le modifier."),
            403,
            reverse("mentoring:mentees"),
        )
    form = TipForm(request.POST or None, initial={"text": tip.text})
    return submit(
        request,
        form,
        act=lambda data: services.tip_edit(mentor=request.user, tip=tip, text=data["text"]),
        done=lambda _result: (_("Votre conseil est corrigé."), f"{tip.lesson.url}#conseils"),
        show=lambda status: render(
            request,
            "mentoring/tip_form.html",
            {"form": form, "lesson": tip.lesson, "tip": tip},
            status=status,
        ),
    )


@login_required
def tip_delete(request, pk):
    tip = _own_tip(request, pk)
    if tip is None:
        return unknown_tip(request)
    if request.method == "POST":
        services.tip_delete(mentor=request.user, tip=tip)
        messages.success(request, _("Votre conseil est supprimé."))
        return redirect(next_url(request, reverse("mentoring:mentees")))
    return render(request, "mentoring/tip_delete.html", {"tip": tip})


@login_required
def tip_report(request, pk):
    tip = Tip.objects.select_related("lesson", "mentor").filter(pk=pk).first()
    if tip is None or tip.lesson_id is None:
        return unknown_tip(request)
    if tip.status != Tip.Status.APPROVED and tip.mentor_id != request.user.pk:
        return unknown_tip(request)
    if not permissions.can_report_tip(request.user, tip):
        raise PermissionDenied
    return report_form(request, {"tip": tip}, f"{tip.lesson.url}#conseils")
