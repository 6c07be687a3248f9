"""« Mon CV » and « Ma lettre de motivation »: one question a page, a preview, the PDF and the
.docx. Every view is for the signed-in owner only: documents are found through
`selectors`, filtered by request.user, so a guessed id is a 404. Views stay thin: forms check,
services write."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from . import content, exports, flow, forms, selectors, services, skills
from .models import Entry

PRIVATE = "private, no-store"


def _file(data, name, content_type, *, inline=False):
    response = HttpResponse(data, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    response["Cache-Control"] = PRIVATE
    return response


def _first_error(error):
    return error.messages[0] if error.messages else str(error)


# --- The lists -----------------------------------------------------------------------------


@login_required
def cv_list(request):
    cvs = selectors.cvs_of(request.user)
    for cv in cvs:
        cv.resume = flow.resume_step(flow.CV_STEPS, cv.last_step)
    return render(request, "jobsearch/cv_list.html", {"cvs": cvs})


@login_required
@require_POST
def cv_new(request):
    try:
        cv = services.cv_create(user=request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("jobsearch:cv_list")
    return redirect("jobsearch:cv_step", cv_id=cv.pk, question=flow.CV_STEPS[0].key)


@login_required
def letter_list(request):
    letters = selectors.letters_of(request.user)
    for letter in letters:
        letter.resume = flow.resume_step(flow.LETTER_STEPS, letter.last_step)
    return render(request, "jobsearch/letter_list.html", {"letters": letters})


@login_required
@require_POST
def letter_new(request):
    try:
        letter = services.letter_create(user=request.user)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("jobsearch:letter_list")
    return redirect("jobsearch:letter_step", letter_id=letter.pk, question=flow.LETTER_STEPS[0].key)


# --- The CV, one question a page ------------------------------------------------------------


def _next(request, steps, key, step_url, detail_url, pk_name, pk):
    """After a saved step: stop (back to the list), or the next question, or the preview."""
    if "stop" in request.POST:
        messages.success(request, _("C'est enregistré. Vous reprendrez ici quand vous voudrez."))
        return redirect(detail_url, **{pk_name: pk})
    following = flow.after(steps, key)
    if following is None:
        return redirect(detail_url, **{pk_name: pk})
    return redirect(step_url, **{pk_name: pk, "question": following.key})


def _step_context(steps, number, step, **extra):
    return {
        "step": step,
        "number": number,
        "steps": steps,
        "total": len(steps),
        "previous": steps[number - 2] if number > 1 else None,
        "following": steps[number] if number < len(steps) else None,
        **extra,
    }


@login_required
@require_http_methods(["GET", "POST"])
def cv_step(request, cv_id, question):
    cv = selectors.cv_of(request.user, cv_id)
    number, step = flow.position(flow.CV_STEPS, question)
    if step is None:
        raise Http404("no such question")
    entry_form = None
    form = None
    if step.entry_kind:
        entry_form = forms.EntryForm(kind=step.entry_kind, prefix="ligne")
        if request.method == "POST":
            entry_form = forms.EntryForm(request.POST, kind=step.entry_kind, prefix="ligne")
            # A line typed but not added yet is added on the way out, not lost.
            typed = any(
                request.POST.get(f"ligne-{name}", "").strip()
                for name in ("title", "place", "period", "description")
            )
            if ("add" in request.POST or typed) and entry_form.is_valid():
                try:
                    services.entry_add(cv=cv, kind=step.entry_kind, data=entry_form.cleaned_data)
                except ValidationError as error:
                    messages.error(request, _first_error(error))
                    return redirect("jobsearch:cv_step", cv_id=cv.pk, question=step.key)
                messages.success(request, _("C'est ajouté."))
                if "add" in request.POST:
                    return redirect("jobsearch:cv_step", cv_id=cv.pk, question=step.key)
            if "add" not in request.POST and (not typed or entry_form.is_valid()):
                services.cv_step_reached(cv=cv, step=step.key)
                return _next(
                    request, flow.CV_STEPS, step.key, "jobsearch:cv_step",
                    "jobsearch:cv_detail", "cv_id", cv.pk,
                )  # fmt: skip
    elif step.key == "photo":
        form = forms.PhotoForm()
        if request.method == "POST":
            form = forms.PhotoForm(request.POST, request.FILES)
            if "remove" in request.POST:
                services.cv_photo_remove(cv=cv)
                messages.success(request, _("La photo est retirée du CV."))
                return redirect("jobsearch:cv_step", cv_id=cv.pk, question=step.key)
            if form.is_valid():
                upload = form.cleaned_data.get("photo")
                try:
                    if upload:
                        services.cv_photo_set(
                            cv=cv,
                            upload=upload,
                            frame=form.cleaned_data["frame"],
                            turn=form.cleaned_data["turn"],
                        )
                    else:
                        services.cv_step_reached(cv=cv, step=step.key)
                except ValidationError as error:
                    form.add_error("photo", error)
                else:
                    if upload:
                        messages.success(request, _("La photo est sur votre CV."))
                        return redirect("jobsearch:cv_step", cv_id=cv.pk, question=step.key)
                    return _next(
                        request, flow.CV_STEPS, step.key, "jobsearch:cv_step",
                        "jobsearch:cv_detail", "cv_id", cv.pk,
                    )  # fmt: skip
    else:
        form = step.form(request.POST or None, instance=cv)
        if request.method == "POST" and form.is_valid():
            services.cv_update(cv=cv, step=step.key, data=form.cleaned_data)
            return _next(
                request, flow.CV_STEPS, step.key, "jobsearch:cv_step", "jobsearch:cv_detail",
                "cv_id", cv.pk,
            )  # fmt: skip
    context = _step_context(
        flow.CV_STEPS,
        number,
        step,
        document=cv,
        form=form,
        entry_form=entry_form,
        entries=selectors.entries_of(cv, step.entry_kind) if step.entry_kind else [],
        skill_groups=skills.GROUPS if step.key == "competences" else [],
        step_url="jobsearch:cv_step",
        detail_url="jobsearch:cv_detail",
        kind="cv",
    )
    status = 400 if request.method == "POST" else 200
    return render(request, "jobsearch/step.html", context, status=status)


@login_required
@require_http_methods(["GET", "POST"])
def cv_entry(request, cv_id, entry_id):
    cv = selectors.cv_of(request.user, cv_id)
    entry = selectors.entry_of(cv, entry_id)
    back = "experiences" if entry.kind == Entry.Kind.EXPERIENCE else "formations"
    form = forms.EntryForm(request.POST or None, instance=entry, kind=entry.kind)
    if request.method == "POST" and form.is_valid():
        services.entry_update(entry=entry, data=form.cleaned_data)
        messages.success(request, _("C'est enregistré."))
        return redirect("jobsearch:cv_step", cv_id=cv.pk, question=back)
    return render(
        request,
        "jobsearch/entry.html",
        {"cv": cv, "entry": entry, "form": form, "back": back},
        status=400 if request.method == "POST" else 200,
    )


@login_required
@require_POST
def cv_entry_delete(request, cv_id, entry_id):
    cv = selectors.cv_of(request.user, cv_id)
    entry = selectors.entry_of(cv, entry_id)
    back = "experiences" if entry.kind == Entry.Kind.EXPERIENCE else "formations"
    services.entry_delete(entry=entry)
    messages.success(request, _("La ligne est supprimée."))
    return redirect("jobsearch:cv_step", cv_id=cv.pk, question=back)


# --- The CV as a whole ------------------------------------------------------------------------


@login_required
def cv_detail(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    entries = selectors.entries_of(cv)
    shown = content.cv_content(cv, entries)
    _pdf, pages, _name = exports.cv_pdf(cv, entries)
    return render(
        request,
        "jobsearch/cv_detail.html",
        {
            "cv": cv,
            "shown": shown,
            "pages": pages,
            "design_form": forms.DesignForm(initial={"design": cv.design}),
            "steps": flow.CV_STEPS,
            "resume": flow.resume_step(flow.CV_STEPS, cv.last_step),
            **_thread(cv, "jobsearch:cv_comment"),
        },
    )


def _design(request, document, detail, pk_name):
    form = forms.DesignForm(request.POST)
    if form.is_valid():
        services.cv_design_set(document=document, design=form.cleaned_data["design"])
        messages.success(request, _("La présentation est changée."))
    else:
        messages.error(request, _("Choisissez une des présentations proposées."))
    return redirect(detail, **{pk_name: document.pk})


@login_required
@require_POST
def cv_design(request, cv_id):
    return _design(request, selectors.cv_of(request.user, cv_id), "jobsearch:cv_detail", "cv_id")


@login_required
def cv_pdf(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    data, _pages, name = exports.cv_pdf(cv)
    return _file(data, name, "application/pdf", inline=True)


@login_required
def cv_docx(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    data, name = exports.cv_docx(cv)
    return _file(
        data, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


@login_required
def cv_photo(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    if not cv.photo:
        raise Http404("no photo")
    response = HttpResponse(bytes(cv.photo), content_type="image/jpeg")
    response["Cache-Control"] = PRIVATE
    return response


@login_required
@require_POST
def cv_copy(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    try:
        copy = services.cv_copy(cv=cv)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("jobsearch:cv_list")
    messages.success(request, _("Voici la copie : changez ce qui doit l'être."))
    return redirect("jobsearch:cv_step", cv_id=copy.pk, question="emploi")


@login_required
@require_http_methods(["GET", "POST"])
def cv_delete(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    if request.method == "POST":
        services.cv_delete(cv=cv)
        messages.success(request, _("Le CV est supprimé."))
        return redirect("jobsearch:cv_list")
    return render(request, "jobsearch/delete.html", {"document": cv, "kind": "cv"})


# --- The letter -----------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def letter_step(request, letter_id, question):
    letter = selectors.letter_of(request.user, letter_id)
    number, step = flow.position(flow.LETTER_STEPS, question)
    if step is None:
        raise Http404("no such question")
    form = step.form(request.POST or None, instance=letter)
    if request.method == "POST" and form.is_valid():
        services.letter_update(letter=letter, step=step.key, data=form.cleaned_data)
        return _next(
            request, flow.LETTER_STEPS, step.key, "jobsearch:letter_step",
            "jobsearch:letter_detail", "letter_id", letter.pk,
        )  # fmt: skip
    context = _step_context(
        flow.LETTER_STEPS,
        number,
        step,
        document=letter,
        form=form,
        step_url="jobsearch:letter_step",
        detail_url="jobsearch:letter_detail",
        kind="letter",
        offer=letter.offer_text if step.key in ("vous", "moi", "nous") else "",
    )
    status = 400 if request.method == "POST" else 200
    return render(request, "jobsearch/step.html", context, status=status)


@login_required
def letter_detail(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    _pdf, pages, _name = exports.letter_pdf(letter)
    return render(
        request,
        "jobsearch/letter_detail.html",
        {
            "letter": letter,
            "shown": content.letter_content(letter),
            "pages": pages,
            "design_form": forms.DesignForm(initial={"design": letter.design}),
            "steps": flow.LETTER_STEPS,
            **_thread(letter, "jobsearch:letter_comment"),
        },
    )


@login_required
@require_POST
def letter_design(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    return _design(request, letter, "jobsearch:letter_detail", "letter_id")


@login_required
def letter_pdf(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    data, _pages, name = exports.letter_pdf(letter)
    return _file(data, name, "application/pdf", inline=True)


@login_required
def letter_docx(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    data, name = exports.letter_docx(letter)
    return _file(
        data, name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )


@login_required
@require_POST
def letter_copy(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    try:
        copy = services.letter_copy(letter=letter)
    except ValidationError as error:
        messages.error(request, _first_error(error))
        return redirect("jobsearch:letter_list")
    messages.success(request, _("Voici la copie : changez ce qui doit l'être."))
    return redirect("jobsearch:letter_step", letter_id=copy.pk, question="offre")


@login_required
@require_http_methods(["GET", "POST"])
def letter_delete(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    if request.method == "POST":
        services.letter_delete(letter=letter)
        messages.success(request, _("La lettre est supprimée."))
        return redirect("jobsearch:letter_list")
    return render(request, "jobsearch/delete.html", {"document": letter, "kind": "letter"})


@login_required
@require_POST
def stale_keep(request):
    """« Je les garde » on the home page notice."""
    services.stale_documents_keep(user=request.user)
    messages.success(request, _("C'est noté : vos documents sont gardés."))
    return redirect("/")


# --- Sharing with the centre's employment service ---------------------------------------------


def _share(request, document, detail, pk_name, share):
    if share:
        try:
            services.document_share(document=document, user=request.user)
        except ValidationError as error:
            messages.error(request, _first_error(error))
        else:
            messages.success(
                request,
                _("C'est partagé : le service emploi de votre centre peut le lire."),
            )
    else:
        services.document_unshare(document=document)
        messages.success(request, _("Ce n'est plus partagé : le service emploi ne le voit plus."))
    return redirect(detail, **{pk_name: document.pk})


@login_required
@require_POST
def cv_share(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    return _share(request, cv, "jobsearch:cv_detail", "cv_id", "share" in request.POST)


@login_required
@require_POST
def letter_share(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    return _share(request, letter, "jobsearch:letter_detail", "letter_id", "share" in request.POST)


# --- The exchange with the employment service ----------------------------------------------


def _thread(document, action):
    """The comments on the learner's own document; the service's new ones are marked
    « nouveau » on this page, then counted as read."""
    comments = selectors.comments_for_owner(document)
    if any(c.from_service and c.read_at is None for c in comments):
        services.comments_mark_read(document=document)
    return {
        "comments": comments,
        "comment_form": forms.CommentForm(),
        "comment_action": reverse(action, args=[document.pk]),
    }


def comment_post(request, document, detail, *, from_service):
    """Shared by the learner's and the counsellor's forms: bad input comes back as a plain
    French message, nothing is saved."""
    form = forms.CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, form.errors["text"][0])
    else:
        try:
            services.comment_add(
                document=document,
                author=request.user,
                text=form.cleaned_data["text"],
                from_service=from_service,
            )
        except ValidationError as error:
            messages.error(request, _first_error(error))
        else:
            messages.success(request, _("Votre message est envoyé."))
    return redirect(reverse(detail, args=[document.pk]) + "#echange")


@login_required
@require_POST
def cv_comment(request, cv_id):
    cv = selectors.cv_of(request.user, cv_id)
    return comment_post(request, cv, "jobsearch:cv_detail", from_service=False)


@login_required
@require_POST
def letter_comment(request, letter_id):
    letter = selectors.letter_of(request.user, letter_id)
    return comment_post(request, letter, "jobsearch:letter_detail", from_service=False)
