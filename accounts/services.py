"""Writes about people: creating learners, their codes, and sign-up."""

from axes.utils import reset as axes_reset
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction

from .access_codes import candidate_usernames, generate_code
from .locks import person_lock
from .roles import LEARNERS, MENTORS, ensure_roles

MAX_GROUP = 30
# Roles whose people sign in with a printed card rather than a password.
CODE_ROLES = (LEARNERS, MENTORS)


def _new_username(first_name):
    user_model = get_user_model()
    for attempt, username in enumerate(candidate_usernames(first_name)):
        if not user_model.objects.filter(username=username).exists():
            return username
        if attempt > 200:
            raise RuntimeError("No free username")  # pragma: no cover


def learner_create(*, centre, first_name, last_name=""):
    """A learner account with a fresh access code; returns (user, code)."""
    return person_with_code_create(
        centre=centre, first_name=first_name, last_name=last_name, role=LEARNERS
    )


def person_with_code_create(*, centre, first_name, role, last_name=""):
    """An account that signs in with an access card (a learner or a mentor): (user, code)."""
    if role not in CODE_ROLES:
        raise ValueError(f"{role} does not sign in with an access card")
    code = generate_code()
    group = ensure_roles()[role]
    for _ in range(5):
        try:
            with transaction.atomic():
                user = get_user_model().objects.create_user(
                    username=_new_username(first_name),
                    password=code,
                    first_name=first_name.strip(),
                    last_name=last_name.strip(),
                    centre=centre,
                )
                user.groups.add(group)
                return user, code
        except IntegrityError:
            continue  # someone took the same username at the same moment
    raise RuntimeError("Could not create a learner account")  # pragma: no cover


@transaction.atomic
def learners_create_group(*, centre, first_names):
    """A whole workshop group at once: all accounts are made, or none."""
    return [learner_create(centre=centre, first_name=name) for name in first_names]


@transaction.atomic
def learner_reset_code(*, learner):
    """A new code (the old one stops working) and the end of any sign-in lock. Two resets at
    once (two facilitators, a double click) run one after the other, each with its lock reset
    after its code is stored, never interleaved."""
    person_lock(learner)
    code = generate_code()
    learner.set_password(code)
    learner.save(update_fields=["password"])
    axes_reset(username=learner.username)
    return code
