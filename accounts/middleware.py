"""Centre PCs are shared: a card holder's session ends after a while without use, and codes
of new cards do not outlive their printing."""

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.utils.translation import gettext as _

from . import new_cards

IDLE_KEY = "pasapas_idle"  # True: this session ends after CARD_SESSION_IDLE_TIMEOUT unused
SEEN_KEY = "pasapas_seen"  # when it was last used (seconds), written at most once a minute
CLEAR_DEVICE = '"cache", "storage"'


def start_session(request, user, *, personal_computer=False):
    """After sign-in: card holders on a shared PC (the default) get the short session."""
    idle = user.is_card_holder and not personal_computer
    request.session[IDLE_KEY] = idle
    request.session[SEEN_KEY] = int(time.time())
    if idle:
        request.session.set_expiry(0)  # and the browser's cookie goes when it closes


def stamp_session(sender, request, user, **kwargs):
    """Any sign-in (the card page calls start_session after it): the session knows at once
    whether it is a shared-PC one, so the middleware never has to ask on a later request."""
    if request is not None and hasattr(request, "session"):
        request.session.setdefault(IDLE_KEY, user.is_card_holder)
        request.session.setdefault(SEEN_KEY, int(time.time()))


class SharedComputerMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = request.session
        if new_cards.KEY in session:
            new_cards.current(session)  # drops them once their time is over
        signed_out = False
        if request.user.is_authenticated:
            idle = session.get(IDLE_KEY)
            if idle is None:  # a session from before this rule, or from another sign-in page
                idle = session[IDLE_KEY] = request.user.is_card_holder
            if idle:
                signed_out = self._check_idle(request)
        response = self.get_response(request)
        if signed_out:
            response["Clear-Site-Data"] = CLEAR_DEVICE
        return response

    def _check_idle(self, request):
        now = int(time.time())
        seen = request.session.get(SEEN_KEY)
        if seen is not None and now - seen > settings.CARD_SESSION_IDLE_TIMEOUT.total_seconds():
            logout(request)
            messages.info(
                request,
                _(
                    "Vous avez été déconnecté : personne n'avait utilisé le site depuis un moment "
                    "sur cet ordinateur. Reconnectez-vous avec votre carte."
                ),
            )
            return True
        if seen is None or now - seen >= 60:
            request.session[SEEN_KEY] = now
        return False
