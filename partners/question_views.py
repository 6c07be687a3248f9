"""Questions to a service: a learner asks, the organisation's agents (and the centre's
facilitators) answer; corrections within the edit window, moderation; frequent questions.

What is masked in a text is told to its author at once, in plain words. What a person may not
see answers 404; a refusal shows the form again with its reason."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import facilitator_required
from courses.models import LessonPage
from mentoring.limits import REASON_MAX_LENGTH

from . import masking, permissions, selectors, services
from .forms import FrequentQuestionForm, ServiceMessageForm, ServiceQuestionForm
from .models import (
    FrequentQuestion,
    Organisation,
    Permanence,
    ServiceMessage,
    ServiceQuestion,
    ServiceReport,
)


def _refuse(request, message, status=404, back_url="/"):
    return render(
        request,
        "mentoring/refused.html",
        {"message": message, "back_url": back_url},
        status=status,
    )


def _unknown_question(request):
    return _refuse(
        request,
        _("Cette question n'existe pas, ou vous ne pouvez pas la voir. Rien n'a été enregistré."),
    )


def _tell_masked(request, kinds):
    if kinds:
        messages.warning(request, masking.explanation(kinds))


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _form_error(form, error):
    if isinstance(error, ValidationError):
        form.add_error("text" if "text" in form.fields else None, error)
    else:
        form.add_error(None, error.message)
    return getattr(error, "status", 400)


@login_required
def ask(request, organisation_id):
    """« Poser une question à la CAF », from a lesson about it or a permanence."""
    if not permissions.can_ask(request.user):
        raise PermissionDenied
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return _refuse(request, _("Ce service n'existe pas. Rien n'a été enregistré."))
    lesson, permanence = None, None
    lesson_id = request.POST.get("lecon") or request.GET.get("lecon")
    permanence_id = request.POST.get("permanence") or request.GET.get("permanence")
    if lesson_id:
        lesson = LessonPage.objects.live().filter(pk=_int(lesson_id)).first()
        if lesson is None:
            return _refuse(
                request, _("Cette leçon n'existe pas, ou plus. Rien n'a été enregistré.")
            )
    if permanence_id:
        permanence = Permanence.objects.filter(
            pk=_int(permanence_id),
            organisation=organisation,
            centre_id=request.user.centre_id,
        ).first()
        if permanence is None:
            return _refuse(request, _("Cette permanence n'existe pas, ou plus."))
    form = ServiceQuestionForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                question, kinds = services.question_ask(
                    learner=request.user,
                    organisation=organisation,
                    text=form.cleaned_data["text"],
                    lesson=lesson,
                    permanence=permanence,
                )
            except (ValidationError, services.Refused) as error:
                status = _form_error(form, error)
            else:
                _tell_masked(request, kinds)
                messages.success(
                    request,
                    _("Votre question est envoyée à %(who)s. La réponse s'affichera ici.")
                    % {"who": organisation.short_name},
                )
                return redirect("partners:question", question.pk)
    return render(
        request,
        "partners/ask.html",
        {"form": form, "organisation": organisation, "lesson": lesson, "permanence": permanence},
        status=status,
    )


@login_required
def my_questions(request):
    return render(
        request,
        "partners/my_questions.html",
        {"questions": selectors.questions_of_learner(request.user)},
    )


def _visible_question(request, pk):
    question = (
        ServiceQuestion.objects.select_related("learner__centre", "organisation", "lesson")
        .filter(pk=pk)
        .first()
    )
    if question is None or not permissions.can_see_question(request.user, question):
        return None
    return question


def _question_page(request, question, form=None, status=200):
    mark = question.read_marks.filter(user_id=request.user.pk).first()
    question.last_read_at = mark.last_read_at if mark else None
    services.questions_mark_read(user=request.user, questions=[question])
    can_post = permissions.can_post(request.user, question)
    if form is None and can_post:
        form = ServiceMessageForm()
    message_rows = selectors.question_messages(question)
    is_agent = permissions.serves(
        request.user, question.organisation_id, question.learner.centre_id
    )
    for message in message_rows:
        message.is_mine = message.author_id == request.user.pk
        message.is_new = (
            not message.is_mine
            and question.last_read_at is not None
            and message.created_at > question.last_read_at
        )
        message.can_edit = permissions.can_edit_message(request.user, message)
        message.can_propose = is_agent and permissions.can_propose_frequent(request.user, message)
        message.can_report = permissions.can_report_message(request.user, message)
    return render(
        request,
        "partners/question.html",
        {
            "question": question,
            "question_messages": message_rows,
            "form": form if can_post else None,
            "is_learner": question.learner_id == request.user.pk,
            "can_moderate": permissions.can_moderate(request.user, question),
            "learner_name": selectors.person_first_name(question.learner),
        },
        status=status,
    )


@login_required
def question_view(request, pk):
    question = _visible_question(request, pk)
    if question is None:
        return _unknown_question(request)
    return _question_page(request, question)


@login_required
@require_POST
def question_reply(request, pk):
    question = _visible_question(request, pk)
    if question is None:
        return _unknown_question(request)
    if not permissions.can_post(request.user, question):
        return _refuse(
            request,
            _("Cette question a été masquée par l'animateur : on ne peut plus y répondre."),
            403,
        )
    form = ServiceMessageForm(request.POST)
    if not form.is_valid():
        return _question_page(request, question, form, 400)
    try:
        message, kinds = services.message_post(
            author=request.user, question=question, text=form.cleaned_data["text"]
        )
    except (ValidationError, services.Refused) as error:
        return _question_page(request, question, form, _form_error(form, error))
    _tell_masked(request, kinds)
    messages.success(request, _("Votre message est envoyé."))
    return redirect(reverse("partners:question", args=[question.pk]) + f"#message-{message.pk}")


@login_required
@require_POST
def question_hide(request, pk):
    question = _visible_question(request, pk)
    if question is None or not permissions.can_moderate(request.user, question):
        return _unknown_question(request)
    hidden = request.POST.get("hidden") != "0"
    services.question_set_hidden(moderator=request.user, question=question, hidden=hidden)
    messages.success(
        request,
        _("La question est masquée pour les agents.") if hidden else _("La question est visible."),
    )
    return redirect("partners:question", question.pk)


def _visible_message(request, pk):
    message = (
        ServiceMessage.objects.select_related(
            "question__learner__centre", "question__organisation", "author"
        )
        .filter(pk=pk)
        .first()
    )
    if message is None or not permissions.can_see_question(request.user, message.question):
        return None
    return message


@login_required
@require_POST
def message_report(request, pk):
    """« Signaler »: the centre's facilitators will look; the message stays until they do."""
    message = _visible_message(request, pk)
    if message is None or not permissions.can_report_message(request.user, message):
        return _unknown_question(request)
    back = reverse("partners:question", args=[message.question_id]) + f"#message-{message.pk}"
    reason = request.POST.get("reason", "")
    if len(reason) > REASON_MAX_LENGTH:
        return _refuse(
            request,
            _("La raison est trop longue : %(n)s caractères au plus.") % {"n": REASON_MAX_LENGTH},
            400,
            back,
        )
    try:
        services.report_create(reporter=request.user, message=message, reason=reason)
    except services.RateLimited as error:
        return _refuse(request, error.message, 429, back)
    messages.success(request, _("Merci. Un animateur du centre va regarder ce message."))
    return redirect(back)


@facilitator_required
@require_POST
def report_handle(request, pk):
    """The facilitator hides the reported message, or keeps it visible."""
    report = (
        ServiceReport.objects.select_related("message__question__learner__centre")
        .filter(pk=pk, handled_at__isnull=True)
        .first()
    )
    decision = request.POST.get("decision")
    if report is None or not permissions.can_moderate(request.user, report.message.question):
        return _refuse(
            request,
            _("Ce signalement n'existe pas, ou a déjà été traité."),
            404,
            reverse("partners:agents"),
        )
    if decision not in ("hide", "keep"):
        return _refuse(
            request,
            _("Choisissez : masquer le message, ou le laisser visible."),
            400,
            reverse("partners:agents"),
        )
    services.report_handle(moderator=request.user, report=report, hide=decision == "hide")
    messages.success(
        request,
        _("Le message est masqué.") if decision == "hide" else _("Le message reste visible."),
    )
    return redirect(reverse("partners:agents") + "#signalements")


@login_required
def message_edit(request, pk):
    message = _visible_message(request, pk)
    if message is None or not permissions.can_edit_message(request.user, message):
        return _refuse(
            request,
            _("Ce message ne peut plus être corrigé : le délai de 15 minutes est passé."),
        )
    form = ServiceMessageForm(
        request.POST if request.method == "POST" else None, initial={"text": message.text}
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                _edited, kinds = services.message_edit(
                    author=request.user, message=message, text=form.cleaned_data["text"]
                )
            except (ValidationError, services.Refused) as error:
                status = _form_error(form, error)
            else:
                _tell_masked(request, kinds)
                messages.success(request, _("Votre message est corrigé."))
                return redirect("partners:question", message.question_id)
    return render(
        request, "partners/message_edit.html", {"form": form, "message": message}, status=status
    )


@login_required
@require_POST
def message_delete(request, pk):
    message = _visible_message(request, pk)
    if message is None or not permissions.can_edit_message(request.user, message):
        return _refuse(
            request,
            _("Ce message ne peut plus être retiré : le délai de 15 minutes est passé."),
        )
    question_id = message.question_id
    kept = services.message_delete(author=request.user, message=message)
    messages.success(request, _("Votre message est retiré."))
    if kept is None:
        return redirect("partners:my_questions")
    return redirect("partners:question", question_id)


@login_required
@require_POST
def message_hide(request, pk):
    message = _visible_message(request, pk)
    if message is None or not permissions.can_moderate(request.user, message.question):
        return _unknown_question(request)
    hidden = request.POST.get("hidden") != "0"
    services.message_set_hidden(moderator=request.user, message=message, hidden=hidden)
    messages.success(
        request, _("Le message est masqué.") if hidden else _("Le message est visible.")
    )
    return redirect("partners:question", message.question_id)


# --- frequent questions ----------------------------------------------------------------------


@login_required
def frequent_new(request, pk):
    """An agent turns an answer into a « Question fréquente », for a facilitator to approve."""
    message = _visible_message(request, pk)
    if message is None or not permissions.can_propose_frequent(request.user, message):
        return _unknown_question(request)
    if request.method == "POST":
        form = FrequentQuestionForm(request.POST)
    else:
        first = message.question.messages.order_by("created_at", "pk").first()
        form = FrequentQuestionForm(initial={"question": first.text, "answer": message.text})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.frequent_propose(
                    agent_user=request.user,
                    message=message,
                    question=form.cleaned_data["question"],
                    answer=form.cleaned_data["answer"],
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(
                    request,
                    _(
                        "Merci. Un animateur du centre va relire la question fréquente ; "
                        "ensuite, elle sera sur les leçons de ce service."
                    ),
                )
                return redirect("partners:question", message.question_id)
    return render(
        request,
        "partners/frequent_form.html",
        {"form": form, "message": message},
        status=status,
    )


@login_required
@require_POST
def frequent_review(request, pk):
    frequent = FrequentQuestion.objects.filter(pk=pk).first()
    if frequent is None or not permissions.can_review_frequent(request.user, frequent):
        return _refuse(request, _("Cette question fréquente n'existe pas, ou plus."))
    decision = request.POST.get("decision")
    if decision not in ("approve", "reject"):
        return _refuse(request, _("Choisissez « Publier » ou « Refuser »."), 400)
    services.frequent_review(
        reviewer=request.user, frequent=frequent, approve=decision == "approve"
    )
    if decision == "approve":
        messages.success(request, _("La question fréquente est publiée sur les leçons."))
    else:
        messages.success(request, _("La question fréquente est refusée."))
    return redirect(reverse("partners:agents") + "#questions-frequentes")
