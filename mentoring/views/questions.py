"""A learner's questions on a lesson: asking, the thread and its replies, solved, hidden."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from pasapas.http import next_url

from accounts.permissions import facilitator_required

from .. import permissions, selectors, services
from ..forms import QuestionForm, TextForm
from ..models import Thread
from .form_submit import submit
from .responses import found_or, live_lesson, refuse, thread_url, unknown_lesson, unknown_thread


def visible_thread(request, pk):
    thread = Thread.objects.select_related("learner", "lesson").filter(pk=pk).first()
    if thread is None or not permissions.can_see_thread(request.user, thread):
        return None
    return thread


@login_required
def ask(request, page_id):
    if not permissions.can_ask(request.user):
        raise PermissionDenied
    lesson = live_lesson(page_id)
    if lesson is None:
        return unknown_lesson(request)
    steps = selectors.lesson_steps(lesson)
    initial_step = request.GET.get("etape", "")
    form = QuestionForm(
        request.POST or None,
        steps=steps,
        initial={"step": initial_step if initial_step in dict(steps) else ""},
    )
    return submit(
        request,
        form,
        act=lambda data: services.question_ask(
            learner=request.user, lesson=lesson, text=data["text"], block_id=data["step"]
        ),
        done=lambda thread: (
            _(
                "Votre question est envoyée. La réponse s'affichera ici, sur la leçon, et "
                "dans « Mes questions »."
            ),
            f"{lesson.url}#question-{thread.pk}",
        ),
        show=lambda status: render(
            request, "mentoring/ask.html", {"form": form, "lesson": lesson}, status=status
        ),
    )


@login_required
def my_questions(request):
    return render(
        request,
        "mentoring/my_questions.html",
        {"threads": selectors.threads_of_learner(request.user)},
    )


def _thread_page(request, thread, form=None, status=200):
    thread = selectors.thread_detail(request.user, thread)
    if thread.unread or thread.last_read_at is None:
        # Before rendering: the menu's count, drawn with the page, already knows.
        services.threads_mark_read(user=request.user, threads=[thread])
    can_post = permissions.can_post(request.user, thread)
    if form is None and can_post:
        form = TextForm()
    return render(
        request,
        "mentoring/thread.html",
        {
            "thread": thread,
            "form": form if can_post else None,
            "is_learner": thread.learner_id == request.user.pk,
            "can_mark_solved": permissions.can_mark_solved(request.user, thread),
            "can_moderate": permissions.can_moderate_thread(request.user, thread),
            "learner_name": selectors.person_name(thread.learner),
        },
        status=status,
    )


@login_required
@found_or(visible_thread, unknown_thread)
def thread_view(request, thread):
    return _thread_page(request, thread)


@login_required
@require_POST
@found_or(visible_thread, unknown_thread)
def thread_reply(request, thread):
    if not permissions.can_post(request.user, thread):
        return refuse(
            request,
            _(
                "Cette question a été masquée par l'équipe d'animation : on ne peut plus y "
                "répondre."
            ),
            403,
            thread_url(thread),
        )
    form = TextForm(request.POST)
    return submit(
        request,
        form,
        act=lambda data: services.message_post(
            author=request.user, thread=thread, text=data["text"]
        ),
        done=lambda message: (
            _("Votre message est envoyé."),
            thread_url(thread, f"message-{message.pk}"),
        ),
        show=lambda status: _thread_page(request, thread, form, status),
    )


@login_required
@require_POST
@found_or(visible_thread, unknown_thread)
def thread_solved(request, thread):
    if not permissions.can_mark_solved(request.user, thread):
        raise PermissionDenied
    solved = request.POST.get("solved", "1") != "0"
    services.thread_set_solved(learner=request.user, thread=thread, solved=solved)
    messages.success(
        request,
        _("C'est noté : question résolue. Bravo !")
        if solved
        else _("La question est de nouveau ouverte."),
    )
    return redirect(next_url(request, thread_url(thread)))


@facilitator_required
@require_POST
@found_or(visible_thread, unknown_thread)
def thread_hide(request, thread):
    hidden = request.POST.get("hidden", "1") != "0"
    services.thread_set_hidden(moderator=request.user, thread=thread, hidden=hidden)
    messages.success(
        request,
        _("La question est masquée.") if hidden else _("La question est de nouveau visible."),
    )
    return redirect(thread_url(thread))
