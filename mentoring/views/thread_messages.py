"""One's own messages in a question (corrected or withdrawn for 15 minutes), their reports,
and their moderation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from pasapas.http import next_url

from accounts.permissions import facilitator_required

from .. import permissions, services
from ..forms import TextForm
from ..models import Message
from .form_submit import submit
from .reports import report_form
from .responses import found_or, refuse, thread_url, unknown_thread


def _visible_message(request, pk):
    message = (
        Message.objects.select_related("thread__learner", "thread__lesson", "author")
        .filter(pk=pk)
        .first()
    )
    if message is None or not permissions.can_see_thread(request.user, message.thread):
        return None
    return message


def _too_late(request, thread):
    return refuse(
        request,
        _(
            "Ce message ne peut plus être modifié : on peut corriger ou retirer son message "
            "pendant 15 minutes."
        ),
        403,
        thread_url(thread),
    )


@login_required
@found_or(_visible_message, unknown_thread)
def message_edit(request, message):
    if not permissions.can_edit_message(request.user, message):
        return _too_late(request, message.thread)
    form = TextForm(request.POST or None, initial={"text": message.text})
    return submit(
        request,
        form,
        act=lambda data: services.message_edit(
            author=request.user, message=message, text=data["text"]
        ),
        done=lambda _result: (
            _("Votre message est corrigé."),
            thread_url(message.thread, f"message-{message.pk}"),
        ),
        show=lambda status: render(
            request,
            "mentoring/message_edit.html",
            {"form": form, "message": message, "thread": message.thread},
            status=status,
        ),
    )


@login_required
@found_or(_visible_message, unknown_thread)
def message_delete(request, message):
    if not permissions.can_edit_message(request.user, message):
        return _too_late(request, message.thread)
    thread = message.thread
    if request.method == "POST":
        remaining = services.message_delete(author=request.user, message=message)
        messages.success(request, _("Votre message est retiré."))
        if remaining is None:  # the whole question went with it
            return redirect(next_url(request, reverse("mentoring:my_questions")))
        return redirect(thread_url(thread))
    return render(request, "mentoring/message_delete.html", {"message": message, "thread": thread})


@login_required
@found_or(_visible_message, unknown_thread)
def message_report(request, message):
    if not permissions.can_report_message(request.user, message):
        raise PermissionDenied
    return report_form(request, {"message": message}, thread_url(message.thread))


@facilitator_required
@require_POST
@found_or(_visible_message, unknown_thread)
def message_hide(request, message):
    hidden = request.POST.get("hidden", "1") != "0"
    services.message_set_hidden(moderator=request.user, message=message, hidden=hidden)
    messages.success(
        request, _("Le message est masqué.") if hidden else _("Le message est de nouveau visible.")
    )
    return redirect(next_url(request, thread_url(message.thread, f"message-{message.pk}")))
