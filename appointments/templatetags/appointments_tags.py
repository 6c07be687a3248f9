"""What appointments add to other apps' pages: the learner's next appointment on the home
page, the menu's entry. Read here so that those apps never import appointments."""

from django import template

from .. import permissions, selectors

register = template.Library()


@register.inclusion_tag("appointments/includes/home_notice.html", takes_context=True)
def next_appointment_notice(context):
    """One query for a learner, none for anyone else."""
    request = context.get("request")
    user = getattr(request, "user", None)
    booking = None
    if user is not None and permissions.is_learner(user):
        booking = selectors.next_appointment(user)
    return {"booking": booking}


@register.simple_tag(takes_context=True)
def appointments_nav(context):
    """« Mes rendez-vous » for a learner, « Rendez-vous » for the centre's staff: the person's
    groups are already read for the menu, so no query."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    if permissions.is_staff(user):
        return "staff"
    if permissions.is_learner(user):
        return "learner"
    return ""
