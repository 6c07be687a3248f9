"""Notifications. In the site they are counts read from the data (see selectors.nav_counts);
e-mail goes only to people who gave an address and asked for it, from a background task once
the write is committed, and never carries the text of a message: only where to read it."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, mailers
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.roles import FACILITATORS, MENTORS

QUESTION, FOLLOW_UP, ANSWER, PAIRING = "question", "follow_up", "answer", "pairing"


def _enqueue(kind, object_id):
    from .tasks import send_mentoring_email

    transaction.on_commit(lambda: send_mentoring_email.enqueue(kind=kind, object_id=object_id))


def question_asked(thread):
    _enqueue(QUESTION, thread.pk)


def question_followed_up(thread):
    _enqueue(FOLLOW_UP, thread.pk)


def question_answered(thread):
    _enqueue(ANSWER, thread.pk)


def pairing_proposed(pairing):
    _enqueue(PAIRING, pairing.pk)


def _helpers_of(learner):
    """The accepted mentors of a learner and the facilitators of their centre."""
    from django.db.models import Q

    from .models import Pairing

    mentors = Pairing.objects.filter(
        learner=learner, status=Pairing.Status.ACCEPTED, mentor__groups__name=MENTORS
    ).values("mentor_id")
    helpers = Q(pk__in=mentors)
    if learner.centre_id is not None:
        helpers |= Q(groups__name=FACILITATORS, centre_id=learner.centre_id)
    return get_user_model().objects.filter(helpers)


def _recipients_and_text(kind, object_id):
    from .models import Pairing, Thread

    if kind == PAIRING:
        pairing = Pairing.objects.select_related("learner").filter(pk=object_id).first()
        if pairing is None or pairing.status != Pairing.Status.PROPOSED:
            return [], "", "", ""
        people = get_user_model().objects.filter(pk=pairing.learner_id)
        return (
            people,
            _("Pas à Pas : un ange gardien vous est proposé"),
            _(
                "Bonjour,\n\nL'équipe d'animation de votre centre vous propose un ange gardien "
                "pour vous aider. Vous pouvez accepter ou refuser ici :"
            ),
            reverse("mentoring:my_mentors"),
        )
    thread = Thread.objects.select_related("learner", "lesson").filter(pk=object_id).first()
    if thread is None or thread.hidden_at is not None:
        return [], "", "", ""
    if kind == ANSWER:
        return (
            get_user_model().objects.filter(pk=thread.learner_id),
            _("Pas à Pas : une réponse à votre question"),
            _(
                "Bonjour,\n\nVous avez une réponse à votre question sur la leçon "
                "« %(lesson)s ». Vous pouvez la lire ici :"
            )
            % {"lesson": thread.lesson_name},
            reverse("mentoring:thread", args=[thread.pk]),
        )
    return (
        _helpers_of(thread.learner).exclude(pk=thread.learner_id),
        _("Pas à Pas : une question d'un apprenant"),
        _(
            "Bonjour,\n\n%(name)s a écrit au sujet de la leçon « %(lesson)s ». Vous pouvez lui "
            "répondre ici :"
        )
        % {
            "name": thread.learner.first_name or thread.learner.username,
            "lesson": thread.lesson_name,
        },
        reverse("mentoring:thread", args=[thread.pk]),
    )


def send(kind, object_id):
    """Send the e-mails of one event; returns how many were sent."""
    if not getattr(settings, "MENTORING_EMAIL_ENABLED", False):
        return 0  # no mail server configured: the site's counts are the notification
    with translation.override(settings.LANGUAGE_CODE):
        people, subject, intro, path = _recipients_and_text(kind, object_id)
        if not subject:
            return 0
        # Only people who asked for e-mails and gave an address; checked at sending time, so
        # that changing one's mind takes effect at once.
        people = people.filter(notify_by_email=True, is_active=True).exclude(email="").distinct()
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
        footer = _(
            "Pour ne plus recevoir ces messages, décochez la case dans « Mon compte » sur "
            "Pas à Pas."
        )
        body = f"{intro}\n{url}\n\n-- \n{footer}\n"
        emails = [EmailMessage(subject, body, to=[person.email]) for person in people]
    if not emails:
        return 0
    return mailers.default.send_messages(emails) or 0
