"""Who may see whom: a facilitator sees the learners of their own centre, an admin all."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

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
    learners = get_user_model().objects.filter(groups__name=LEARNERS)
    if user.is_superuser:
        return learners
    if not is_facilitator(user) or user.centre_id is None:
        return learners.none()
    return learners.filter(centre_id=user.centre_id)
