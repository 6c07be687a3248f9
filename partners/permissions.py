"""Who may see and do what with partners, in one place.

An agent sees what concerns their own organisation in the centres they serve, and of a learner
only the first name and the centre; a facilitator sees their own centre's (accounts.scope); a
learner their own questions. Views turn "may not see" into a 404."""

from accounts import scope
from accounts.roles import AGENTS, LEARNERS, is_facilitator
from mentoring.permissions import group_names, within_edit_window  # shared rules


def is_learner(user):
    return LEARNERS in group_names(user)


def agent_of(user):
    """The person's agent record (with its centres' ids), or None: one query, kept."""
    if not user.is_authenticated or not user.is_active or AGENTS not in group_names(user):
        return None
    if not hasattr(user, "_partners_agent"):
        from .models import Agent

        agent = Agent.objects.select_related("organisation").filter(user=user).first()
        if agent is not None:
            agent.centre_ids = frozenset(agent.centres.values_list("pk", flat=True))
        user._partners_agent = agent
    return user._partners_agent


def is_agent(user):
    return agent_of(user) is not None


def can_manage_agents(user):
    return is_facilitator(user) and (user.is_superuser or user.centre_id is not None)


def serves(user, organisation_id, centre_id):
    """An agent of this organisation serving this centre."""
    agent = agent_of(user)
    return (
        agent is not None
        and agent.organisation_id == organisation_id
        and centre_id in agent.centre_ids
    )


def facilitates_centre(user, centre_id):
    ids = scope.centre_ids(user)
    return ids is scope.EVERY_CENTRE or (centre_id is not None and centre_id in ids)


# --- permanences -----------------------------------------------------------------------------


def can_add_permanence(user, centre_id):
    agent = agent_of(user)
    return agent is not None and centre_id in agent.centre_ids


def can_remove_permanence(user, permanence):
    """The agent who holds it, another agent of the organisation there, or a facilitator."""
    return serves(user, permanence.organisation_id, permanence.centre_id) or (
        facilitates_centre(user, permanence.centre_id)
    )


def can_say_coming(user, permanence):
    """A learner of the permanence's centre."""
    return (
        user.is_authenticated
        and user.is_active
        and is_learner(user)
        and user.centre_id == permanence.centre_id
    )


# --- questions to a service ------------------------------------------------------------------


def can_ask(user):
    return user.is_authenticated and user.is_active and is_learner(user) and bool(user.centre_id)


def can_see_question(user, question):
    """The learner who asked; that organisation's agents for the learner's centre while the
    question is not hidden; the centre's facilitators."""
    if not user.is_authenticated:
        return False
    centre_id = question.learner.centre_id
    if question.learner_id == user.pk or facilitates_centre(user, centre_id):
        return True
    return question.hidden_at is None and serves(user, question.organisation_id, centre_id)


def can_post(user, question):
    return user.is_active and question.hidden_at is None and can_see_question(user, question)


def can_edit_message(user, message, now=None):
    return (
        user.is_authenticated
        and message.author_id == user.pk
        and message.is_visible
        and message.question.hidden_at is None
        and within_edit_window(message.created_at, now)
    )


def can_moderate(user, question):
    return facilitates_centre(user, question.learner.centre_id)


def can_report_message(user, message):
    """The learner or an agent who sees the message, not its author; facilitators hide
    directly."""
    question = message.question
    return (
        user.is_authenticated
        and user.is_active
        and message.author_id != user.pk
        and message.is_visible
        and can_see_question(user, question)
        and not can_moderate(user, question)
    )


# --- frequent questions ----------------------------------------------------------------------


def can_propose_frequent(user, message):
    """An agent turns their own organisation's answer into a frequent question."""
    question = message.question
    return (
        message.is_visible
        and message.author_id is not None
        and message.author_id != question.learner_id
        and serves(user, question.organisation_id, question.learner.centre_id)
    )


def can_review_frequent(user, frequent):
    return facilitates_centre(user, frequent.centre_id)
