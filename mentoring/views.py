"""Mentoring pages: questions and answers, tips, consent, the mentor's learners and the
facilitator's pairing, questions and reports pages.

What a person may not see answers 404 with a plain message (nothing about what exists leaks);
what their role never allows answers 403; bad input shows the form again with the reason."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from pasapas.http import next_url

from accounts.permissions import facilitator_required
from accounts.views import remember_cards
from courses.models import LessonPage
from progress import selectors as progress_selectors

from . import permissions, selectors, services
from .forms import (
    MentorCreateForm,
    MentorGrantForm,
    PairingForm,
    QuestionForm,
    ReportForm,
    TextForm,
    TipForm,
)
from .models import Message, Pairing, Thread, Tip

# --- helpers ---------------------------------------------------------------------------------


def _refuse(request, message, status, back_url=None):
    return render(
        request,
        "mentoring/refused.html",
        {"message": message, "back_url": back_url or "/"},
        status=status,
    )


def _unknown_lesson(request):
    return _refuse(
        request,
        _(
            "Cette leçon n'existe pas, ou plus. Rien n'a été enregistré. "
            "(This lesson does not exist; nothing was saved.)"
        ),
        404,
    )


def _unknown_thread(request):
    return _refuse(
        request,
        _(
            "Cette question n'existe pas, ou vous ne pouvez pas la voir. Rien n'a été "
            "enregistré. (This question does not exist or is not yours to see; nothing was "
            "saved.)"
        ),
        404,
        reverse("mentoring:my_questions"),
    )


def _unknown_tip(request):
    return _refuse(
        request,
        _("Ce conseil n'existe pas, ou plus. (This tip does not exist.)"),
        404,
    )


def _live_lesson(page_id):
    return LessonPage.objects.live().filter(pk=page_id).first()


def _visible_thread(request, pk):
    thread = Thread.objects.select_related("learner", "lesson").filter(pk=pk).first()
    if thread is None or not permissions.can_see_thread(request.user, thread):
        return None
    return thread


def _visible_message(request, pk):
    message = (
        Message.objects.select_related("thread__learner", "thread__lesson", "author")
        .filter(pk=pk)
        .first()
    )
    if message is None or not permissions.can_see_thread(request.user, message.thread):
        return None
    return message


def _thread_url(thread, anchor=""):
    url = reverse("mentoring:thread", args=[thread.pk])
    return f"{url}#{anchor}" if anchor else url


def _form_error(form, error):
    """A service's refusal shown on the form, like any other field error."""
    if isinstance(error, ValidationError):
        field = "step" if error.code == "invalid_step" else "text"
        form.add_error(field if field in form.fields else None, error)
    else:
        form.add_error(None, error.message)


# --- questions -------------------------------------------------------------------------------


@login_required
def ask(request, page_id):
    if not permissions.can_ask(request.user):
        raise PermissionDenied
    lesson = _live_lesson(page_id)
    if lesson is None:
        return _unknown_lesson(request)
    steps = selectors.lesson_steps(lesson)
    initial_step = request.GET.get("etape", "")
    form = QuestionForm(
        request.POST or None,
        steps=steps,
        initial={"step": initial_step if initial_step in dict(steps) else ""},
    )
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.question_ask(
                learner=request.user,
                lesson=lesson,
                text=form.cleaned_data["text"],
                block_id=form.cleaned_data["step"],
            )
        except (ValidationError, services.Refused) as error:
            _form_error(form, error)
            status = getattr(error, "status", 200)
        else:
            messages.success(
                request,
                _(
                    "Votre question est envoyée. La réponse s'affichera ici, sur la leçon, et "
                    "dans « Mes questions »."
                ),
            )
            return redirect(f"{lesson.url}#question-{thread.pk}")
    return render(request, "mentoring/ask.html", {"form": form, "lesson": lesson}, status=status)


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
def thread_view(request, pk):
    thread = _visible_thread(request, pk)
    if thread is None:
        return _unknown_thread(request)
    return _thread_page(request, thread)


@login_required
@require_POST
def thread_reply(request, pk):
    thread = _visible_thread(request, pk)
    if thread is None:
        return _unknown_thread(request)
    if not permissions.can_post(request.user, thread):
        return _refuse(
            request,
            _(
                "Cette question a été masquée par l'animateur : on ne peut plus y répondre. "
                "(This question was hidden by a facilitator.)"
            ),
            403,
            _thread_url(thread),
        )
    form = TextForm(request.POST)
    if form.is_valid():
        try:
            message = services.message_post(
                author=request.user, thread=thread, text=form.cleaned_data["text"]
            )
        except (ValidationError, services.Refused) as error:
            _form_error(form, error)
            return _thread_page(request, thread, form, getattr(error, "status", 200))
        messages.success(request, _("Votre message est envoyé."))
        return redirect(_thread_url(thread, f"message-{message.pk}"))
    return _thread_page(request, thread, form)


@login_required
@require_POST
def thread_solved(request, pk):
    thread = _visible_thread(request, pk)
    if thread is None:
        return _unknown_thread(request)
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
    return redirect(next_url(request, _thread_url(thread)))


@facilitator_required
@require_POST
def thread_hide(request, pk):
    thread = _visible_thread(request, pk)
    if thread is None:
        return _unknown_thread(request)
    hidden = request.POST.get("hidden", "1") != "0"
    services.thread_set_hidden(moderator=request.user, thread=thread, hidden=hidden)
    messages.success(
        request,
        _("La question est masquée.") if hidden else _("La question est de nouveau visible."),
    )
    return redirect(_thread_url(thread))


# --- one's own messages ----------------------------------------------------------------------


def _too_late(request, thread):
    return _refuse(
        request,
        _(
            "Ce message ne peut plus être modifié : on peut corriger ou retirer son message "
            "pendant 15 minutes. (This message can no longer be changed.)"
        ),
        403,
        _thread_url(thread),
    )


@login_required
def message_edit(request, pk):
    message = _visible_message(request, pk)
    if message is None:
        return _unknown_thread(request)
    if not permissions.can_edit_message(request.user, message):
        return _too_late(request, message.thread)
    form = TextForm(request.POST or None, initial={"text": message.text})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.message_edit(
                author=request.user, message=message, text=form.cleaned_data["text"]
            )
        except (ValidationError, services.Refused) as error:
            _form_error(form, error)
            status = getattr(error, "status", 200)
        else:
            messages.success(request, _("Votre message est corrigé."))
            return redirect(_thread_url(message.thread, f"message-{message.pk}"))
    return render(
        request,
        "mentoring/message_edit.html",
        {"form": form, "message": message, "thread": message.thread},
        status=status,
    )


@login_required
def message_delete(request, pk):
    message = _visible_message(request, pk)
    if message is None:
        return _unknown_thread(request)
    if not permissions.can_edit_message(request.user, message):
        return _too_late(request, message.thread)
    thread = message.thread
    if request.method == "POST":
        remaining = services.message_delete(author=request.user, message=message)
        messages.success(request, _("Votre message est retiré."))
        if remaining is None:  # the whole question went with it
            return redirect(next_url(request, reverse("mentoring:my_questions")))
        return redirect(_thread_url(thread))
    return render(request, "mentoring/message_delete.html", {"message": message, "thread": thread})


@login_required
def message_report(request, pk):
    message = _visible_message(request, pk)
    if message is None:
        return _unknown_thread(request)
    if not permissions.can_report_message(request.user, message):
        raise PermissionDenied
    return _report(request, message.thread, {"message": message}, _thread_url(message.thread))


def _report(request, thread, target, back_url):
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.report_create(
                reporter=request.user, reason=form.cleaned_data["reason"], **target
            )
        except services.Refused as error:
            form.add_error(None, error.message)
            status = error.status
        else:
            messages.success(
                request,
                _("Merci. L'animateur va regarder ce message. (Reported to a facilitator.)"),
            )
            return redirect(back_url)
    return render(
        request,
        "mentoring/report.html",
        {"form": form, "back_url": back_url, **target},
        status=status,
    )


@facilitator_required
@require_POST
def message_hide(request, pk):
    message = _visible_message(request, pk)
    if message is None:
        return _unknown_thread(request)
    hidden = request.POST.get("hidden", "1") != "0"
    services.message_set_hidden(moderator=request.user, message=message, hidden=hidden)
    messages.success(
        request, _("Le message est masqué.") if hidden else _("Le message est de nouveau visible.")
    )
    return redirect(next_url(request, _thread_url(message.thread, f"message-{message.pk}")))


# --- tips ------------------------------------------------------------------------------------


@login_required
def tip_new(request, page_id):
    if not permissions.can_write_tip(request.user):
        raise PermissionDenied
    lesson = _live_lesson(page_id)
    if lesson is None:
        return _unknown_lesson(request)
    form = TipForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.tip_submit(mentor=request.user, lesson=lesson, text=form.cleaned_data["text"])
        except (ValidationError, services.Refused) as error:
            _form_error(form, error)
            status = getattr(error, "status", 200)
        else:
            messages.success(
                request,
                _(
                    "Merci ! Votre conseil est envoyé à l'animateur : il s'affichera sur la leçon "
                    "dès qu'il l'aura relu."
                ),
            )
            return redirect(f"{lesson.url}#conseils")
    return render(
        request, "mentoring/tip_form.html", {"form": form, "lesson": lesson}, status=status
    )


def _own_tip(request, pk):
    return Tip.objects.select_related("lesson").filter(pk=pk, mentor=request.user).first()


@login_required
def tip_edit(request, pk):
    tip = _own_tip(request, pk)
    if tip is None or tip.lesson_id is None:  # its lesson was deleted: nobody reads it now
        return _unknown_tip(request)
    if not permissions.can_edit_tip(request.user, tip):
        return _refuse(
            request,
            _(
                "Ce conseil a déjà été relu par l'animateur : demandez-lui de le modifier. "
                "(This tip was already reviewed.)"
            ),
            403,
            reverse("mentoring:mentees"),
        )
    form = TipForm(request.POST or None, initial={"text": tip.text})
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.tip_edit(mentor=request.user, tip=tip, text=form.cleaned_data["text"])
        except (ValidationError, services.Refused) as error:
            _form_error(form, error)
            status = getattr(error, "status", 200)
        else:
            messages.success(request, _("Votre conseil est corrigé."))
            return redirect(f"{tip.lesson.url}#conseils")
    return render(
        request,
        "mentoring/tip_form.html",
        {"form": form, "lesson": tip.lesson, "tip": tip},
        status=status,
    )


@login_required
def tip_delete(request, pk):
    tip = _own_tip(request, pk)
    if tip is None:
        return _unknown_tip(request)
    if request.method == "POST":
        services.tip_delete(mentor=request.user, tip=tip)
        messages.success(request, _("Votre conseil est supprimé."))
        return redirect(next_url(request, reverse("mentoring:mentees")))
    return render(request, "mentoring/tip_delete.html", {"tip": tip})


@login_required
def tip_report(request, pk):
    tip = Tip.objects.select_related("lesson", "mentor").filter(pk=pk).first()
    if tip is None or tip.lesson_id is None:
        return _unknown_tip(request)
    if tip.status != Tip.Status.APPROVED and tip.mentor_id != request.user.pk:
        return _unknown_tip(request)
    if not permissions.can_report_tip(request.user, tip):
        raise PermissionDenied
    return _report(request, None, {"tip": tip}, f"{tip.lesson.url}#conseils")


# --- consent ---------------------------------------------------------------------------------


@login_required
def my_mentors(request):
    return render(
        request,
        "mentoring/my_mentors.html",
        {"pairings": selectors.pairings_of_learner(request.user)},
    )


@login_required
@require_POST
def pairing_decide(request, pk, decision):
    pairing = Pairing.objects.filter(pk=pk, learner=request.user).first()
    if pairing is None:
        return _refuse(
            request,
            _("Ce binôme n'existe pas. (This pairing does not exist.)"),
            404,
            reverse("mentoring:my_mentors"),
        )
    try:
        if decision == "accepter":
            services.pairing_accept(learner=request.user, pairing=pairing)
            messages.success(
                request,
                _("C'est fait : votre ange gardien peut maintenant vous aider."),
            )
        else:
            services.pairing_end(by=request.user, pairing=pairing)
            messages.success(
                request,
                _("C'est fait : cette personne ne voit plus rien de votre parcours.")
                if pairing.accepted_at
                else _("C'est noté : vous avez dit non, merci."),
            )
    except services.Refused as error:
        messages.error(request, error.message)
    return redirect("mentoring:my_mentors")


# --- mentors ---------------------------------------------------------------------------------


def mentor_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not permissions.is_mentor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return login_required(wrapped)


@mentor_required
def mentees(request):
    return render(
        request,
        "mentoring/mentees.html",
        {
            "learners": selectors.mentees(request.user),
            "tips": selectors.own_tips(request.user),
        },
    )


@mentor_required
def mentee_detail(request, learner_id):
    pairing = (
        permissions.accepted_pairings_of_mentor(request.user)
        .select_related("learner")
        .filter(learner_id=learner_id)
        .first()
    )
    if pairing is None:
        return _refuse(
            request,
            _(
                "Cette personne ne vous a pas choisi comme ange gardien : vous ne pouvez pas "
                "voir son parcours. (This learner has not accepted you as their mentor.)"
            ),
            404,
            reverse("mentoring:mentees"),
        )
    learner = pairing.learner
    return render(
        request,
        "mentoring/mentee_detail.html",
        {
            "learner": learner,
            "learner_name": selectors.person_name(learner),
            "courses": progress_selectors.courses_progress(learner),
            "threads": selectors.threads_visible_in_list(request.user, learner=learner),
        },
    )


# --- facilitators ----------------------------------------------------------------------------


def _hub_forms(request, data=None, prefix_bound=None):
    mentors, learners = selectors.people_of_centre(request.user)
    mentor_ids = {person.pk for person in mentors}
    user_model = get_user_model()
    mentor_qs = user_model.objects.filter(pk__in=mentor_ids)
    learner_qs = user_model.objects.filter(pk__in=[person.pk for person in learners])
    candidates = learner_qs.exclude(pk__in=mentor_ids)
    forms = {
        "pairing": PairingForm(
            data if prefix_bound == "pairing" else None,
            mentors=mentor_qs,
            learners=learner_qs,
            prefix="pairing",
        ),
        "grant": MentorGrantForm(
            data if prefix_bound == "grant" else None, candidates=candidates, prefix="grant"
        ),
        "create": MentorCreateForm(data if prefix_bound == "create" else None, prefix="create"),
    }
    return forms, mentors, learners


def _hub(request, hub_forms=None):
    forms, mentors, learners = hub_forms or _hub_forms(request)
    pairings = selectors.pairings_of_centre(request.user)
    by_mentor = {}
    for pairing in pairings:
        by_mentor.setdefault(pairing.mentor_id, []).append(pairing)
    for mentor in mentors:
        mentor.active_pairings = by_mentor.get(mentor.pk, [])
    return render(
        request,
        "mentoring/hub.html",
        {
            "forms": forms,
            "mentors": mentors,
            "learner_count": len(learners),
            "counts": selectors.hub_counts(request.user),
            "no_centre": request.user.centre_id is None and not request.user.is_superuser,
        },
    )


@facilitator_required
def hub(request):
    return _hub(request)


def _people(request, pk):
    """Someone of the facilitator's centre (404 otherwise)."""
    person = get_user_model().objects.filter(pk=pk).first()
    if person is None or not permissions.facilitates(request.user, person):
        return None
    return person


@facilitator_required
@require_POST
def pairing_create(request):
    hub_forms = _hub_forms(request, request.POST, "pairing")
    form = hub_forms[0]["pairing"]
    if form.is_valid():
        try:
            services.pairing_propose(
                by=request.user,
                mentor=form.cleaned_data["mentor"],
                learner=form.cleaned_data["learner"],
            )
        except services.Refused as error:
            form.add_error(None, error.message)
        else:
            messages.success(
                request,
                _(
                    "Binôme proposé. %(learner)s doit maintenant l'accepter, depuis « Mon ange "
                    "gardien »."
                )
                % {"learner": selectors.person_name(form.cleaned_data["learner"])},
            )
            return redirect("mentoring:hub")
    return _hub(request, hub_forms)


@facilitator_required
@require_POST
def pairing_end(request, pk):
    pairing = Pairing.objects.select_related("learner").filter(pk=pk).first()
    if pairing is None or not permissions.can_manage_pairing(request.user, pairing):
        return _refuse(request, _("Ce binôme n'existe pas. (This pairing does not exist.)"), 404)
    try:
        services.pairing_end(by=request.user, pairing=pairing)
    except services.Refused as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Le binôme est terminé."))
    return redirect("mentoring:hub")


@facilitator_required
@require_POST
def mentor_grant(request):
    hub_forms = _hub_forms(request, request.POST, "grant")
    form = hub_forms[0]["grant"]
    if form.is_valid():
        person = form.cleaned_data["person"]
        services.mentor_role_grant(by=request.user, person=person)
        messages.success(
            request,
            _("%(name)s est maintenant ange gardien.") % {"name": selectors.person_name(person)},
        )
        return redirect("mentoring:hub")
    return _hub(request, hub_forms)


@facilitator_required
@require_POST
def mentor_create(request):
    if request.user.centre_id is None:
        messages.error(
            request,
            _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
        )
        return redirect("mentoring:hub")
    hub_forms = _hub_forms(request, request.POST, "create")
    form = hub_forms[0]["create"]
    if form.is_valid():
        created = services.mentor_create(
            by=request.user, first_name=form.cleaned_data["first_name"]
        )
        remember_cards(request, [created])
        messages.success(request, _("Compte d'ange gardien créé. Imprimez sa carte d'accès."))
        return redirect("accounts:cards")
    return _hub(request, hub_forms)


@facilitator_required
@require_POST
def mentor_revoke(request, pk):
    person = _people(request, pk)
    if person is None:
        return _refuse(request, _("Cette personne n'existe pas. (Unknown person.)"), 404)
    services.mentor_role_revoke(by=request.user, mentor=person)
    messages.success(
        request,
        _("%(name)s n'est plus ange gardien ; ses binômes sont terminés.")
        % {"name": selectors.person_name(person)},
    )
    return redirect("mentoring:hub")


@facilitator_required
def centre_questions(request):
    show_all = request.GET.get("toutes") == "1"
    return render(
        request,
        "mentoring/centre_questions.html",
        {
            "threads": selectors.centre_threads(request.user, only_open=not show_all),
            "show_all": show_all,
        },
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
        return _refuse(request, _("Ce signalement n'existe pas. (Unknown report.)"), 404)
    if report.handled_at is None:
        hide = request.POST.get("decision") == "hide"
        services.report_handle(moderator=request.user, report=report, hide=hide)
        messages.success(
            request, _("C'est masqué.") if hide else _("C'est noté : le message reste visible.")
        )
    return redirect("mentoring:reports")
