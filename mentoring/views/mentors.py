"""A mentor's pages: the learners who accepted them, and one learner's progress."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from progress import selectors as progress_selectors

from .. import permissions, selectors
from .responses import refuse


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
        return refuse(
            request,
            _(
                "Cette personne ne vous a pas choisi comme ange gardien : vous ne pouvez pas "
                "voir son parcours."
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
