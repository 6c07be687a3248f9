"""The employment service's side: a « Conseiller emploi » sees the CVs and letters that
learners shared with their own centre, and nothing else (a withdrawn share is a 404 at once).
The counsellor comments on what they read; the learner answers from their document's page."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from . import content, exports, forms, selectors
from .views import PRIVATE, _file, comment_post


def counsellor_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not selectors.is_counsellor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@counsellor_required
def shared_list(request):
    cvs, letters = selectors.shared_with(request.user)
    return render(request, "jobsearch/service_list.html", {"cvs": cvs, "letters": letters})


@counsellor_required
def shared_cv(request, cv_id):
    cv = selectors.shared_cv(request.user, cv_id)
    entries = selectors.entries_of(cv)
    return render(
        request,
        "jobsearch/service_cv.html",
        {
            "cv": cv,
            "shown": content.cv_content(cv, entries),
            "service": True,
            **_thread(request.user, cv, "jobsearch:service_cv_comment"),
        },
    )


@counsellor_required
def shared_cv_pdf(request, cv_id):
    cv = selectors.shared_cv(request.user, cv_id)
    data, _pages, name = exports.cv_pdf(cv)
    return _file(data, name, "application/pdf", inline=True)


@counsellor_required
def shared_cv_photo(request, cv_id):
    cv = selectors.shared_cv(request.user, cv_id)
    if not cv.photo:
        raise Http404("no photo")
    response = HttpResponse(bytes(cv.photo), content_type="image/jpeg")
    response["Cache-Control"] = PRIVATE
    return response


@counsellor_required
def shared_letter(request, letter_id):
    letter = selectors.shared_letter(request.user, letter_id)
    return render(
        request,
        "jobsearch/service_letter.html",
        {
            "letter": letter,
            "shown": content.letter_content(letter),
            **_thread(request.user, letter, "jobsearch:service_letter_comment"),
        },
    )


@counsellor_required
def shared_letter_pdf(request, letter_id):
    letter = selectors.shared_letter(request.user, letter_id)
    data, _pages, name = exports.letter_pdf(letter)
    return _file(data, name, "application/pdf", inline=True)


def _thread(user, document, action):
    return {
        "comments": selectors.comments_for_service(user, document),
        "comment_form": forms.CommentForm(),
        "comment_action": reverse(action, args=[document.pk]),
    }


@counsellor_required
@require_POST
def shared_cv_comment(request, cv_id):
    cv = selectors.shared_cv(request.user, cv_id)
    return comment_post(request, cv, "jobsearch:service_cv", from_service=True)


@counsellor_required
@require_POST
def shared_letter_comment(request, letter_id):
    letter = selectors.shared_letter(request.user, letter_id)
    return comment_post(request, letter, "jobsearch:service_letter", from_service=True)
