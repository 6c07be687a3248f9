"""Who may see whom: a facilitator sees the learners of their own centre, an admin all (the
centre rule itself is accounts.scope)."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from . import scope
from .roles import LEARNERS, is_facilitator


def facilitator_required(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_facilitator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def learners_visible_to(user):
    return scope.scope(get_user_model().objects.filter(groups__name=LEARNERS), user)


def visible_learner_or_404(user, pk):
    """A learner `user` may see, or a 404 that says nothing of whether they exist."""
    return get_object_or_404(learners_visible_to(user), pk=pk)
