from django.utils.functional import SimpleLazyObject

from . import live


def _bar(request):
    enrolment = live.live_enrolment(user=request.user)
    if enrolment is None:
        return {}
    state = live.learner_state(enrolment.session, request.user, enrolment=enrolment)
    return {**state, "title": enrolment.session.title}


def live_bar(request):
    """The learner's « J'ai besoin d'aide » bar when a session of theirs is on: one query, only
    when a page shows the bar; none for visitors who are not signed in."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"live_bar": SimpleLazyObject(lambda: _bar(request))}
