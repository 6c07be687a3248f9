"""Reads that feed the partner pages, each in a known number of queries."""

from datetime import timedelta

from django.core.cache import cache
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    F,
    OuterRef,
    Prefetch,
    Subquery,
    Value,
    When,
)
from django.utils import timezone
from django.utils.translation import gettext as _
from pasapas import stamps

from accounts import scope
from courses.models import LessonTag

from . import permissions
from .models import (
    Agent,
    FrequentQuestion,
    Organisation,
    Permanence,
    ServiceQuestion,
    ServiceReadMark,
    ServiceReport,
    Visit,
)


def agents_of_centres(user):
    """The agents serving the centres this person facilitates, with their organisation and
    centres: two queries."""
    agents = Agent.objects.select_related("user", "organisation").prefetch_related("centres")
    ids = scope.centre_ids(user)
    if ids is not scope.EVERY_CENTRE:
        agents = agents.filter(centres__in=sorted(ids)).distinct()
    return list(agents.order_by("organisation__name", "user__last_name", "user__first_name"))


def agent_of_centres(user, pk):
    """One agent serving the facilitator's own centre, or None (another centre's: None)."""
    if user.centre_id is None:
        return None
    return (
        Agent.objects.select_related("user", "organisation")
        .filter(pk=pk, centres=user.centre_id)
        .first()
    )


def _upcoming(now=None):
    now = now or timezone.now()
    return Permanence.objects.filter(ends_at__gt=now).select_related("organisation")


def _with_visits(user, permanences):
    """Marks the permanences this learner said they would come to: one query."""
    permanences = list(permanences)
    if permanences and user.is_authenticated:
        coming = set(
            Visit.objects.filter(
                learner=user, permanence__in=[p.pk for p in permanences]
            ).values_list("permanence_id", flat=True)
        )
        for permanence in permanences:
            permanence.coming = permanence.pk in coming
    return permanences


def permanences_for_learner(user, *, days=None, organisation_ids=None, limit=6):
    """The coming permanences at the learner's centre (within `days` if given): two queries."""
    if not user.is_authenticated or user.centre_id is None:
        return []
    permanences = _upcoming().filter(centre_id=user.centre_id)
    if days is not None:
        permanences = permanences.filter(starts_at__lt=timezone.now() + timedelta(days=days))
    if organisation_ids is not None:
        permanences = permanences.filter(organisation_id__in=organisation_ids)
    return _with_visits(user, permanences[:limit])


ORGANISATIONS_STAMP = "partners-organisations"


def organisations_changed():
    """A new stamp: every lesson reads its services again (receivers call it)."""
    stamps.renew(ORGANISATIONS_STAMP)


def organisations_for_lesson(lesson):
    """The organisations whose lesson theme is one of the lesson's themes. Kept in the cache
    with the lesson's publication and the organisations' stamp: no query on most views, one
    when either changed."""
    stamp = stamps.stamp(ORGANISATIONS_STAMP)
    published = lesson.last_published_at.timestamp() if lesson.last_published_at else 0
    key = f"partners:lesson-services:{lesson.pk}:{lesson.live_revision_id}:{published}:{stamp}"
    found = cache.get(key)
    if found is None:
        themes = LessonTag.objects.filter(content_object_id=lesson.pk).values("tag__name")
        found = list(Organisation.objects.filter(lesson_theme__in=themes).exclude(lesson_theme=""))
        cache.set(key, found, 300)
    return found


def permanences_of_agent(user):
    """The coming permanences of the agent's organisation at the centres they serve, with the
    first names of who said they would come: two queries."""
    agent = permissions.agent_of(user)
    if agent is None:
        return []
    return list(
        _upcoming()
        .filter(organisation_id=agent.organisation_id, centre_id__in=sorted(agent.centre_ids))
        .select_related("centre", "agent")
        .prefetch_related(
            Prefetch(
                "visits",
                queryset=Visit.objects.select_related("learner").order_by("created_at"),
            )
        )
    )


# --- questions to a service ------------------------------------------------------------------


def _with_unread(questions, user):
    """Each question knows until when this person read it, and whether something is new."""
    last_read = ServiceReadMark.objects.filter(question=OuterRef("pk"), user=user).values(
        "last_read_at"
    )[:1]
    return questions.annotate(last_read_at=Subquery(last_read)).annotate(
        unread=Case(
            When(last_read_at__isnull=True, then=Value(True)),
            When(last_message_at__gt=F("last_read_at"), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )


def _listed(questions, user):
    return list(
        _with_unread(questions, user)
        .select_related("organisation", "learner__centre", "lesson")
        .order_by("-last_message_at")
    )


def questions_of_learner(user, *, organisation_ids=None, lesson=None):
    """The learner's own questions to the services: one query."""
    questions = ServiceQuestion.objects.filter(learner=user)
    if organisation_ids is not None:
        questions = questions.filter(organisation_id__in=organisation_ids)
    if lesson is not None:
        questions = questions.filter(lesson_id=lesson.pk)
    return _listed(questions, user)


def questions_for_agent(user):
    """The questions to the agent's organisation from the centres they serve: one query."""
    agent = permissions.agent_of(user)
    if agent is None:
        return []
    return _listed(
        ServiceQuestion.objects.filter(
            organisation_id=agent.organisation_id,
            learner__centre_id__in=sorted(agent.centre_ids),
            hidden_at__isnull=True,
        ),
        user,
    )


def unread_count_for_agent(user):
    """The menu's count of the agent's questions with news: one query whatever the number of
    questions, organisations and centres (the agent record is read inside it)."""
    serving = Agent.objects.filter(
        user=user,
        user__is_active=True,
        organisation_id=OuterRef("organisation_id"),
        centres=OuterRef("learner__centre_id"),
    )
    questions = ServiceQuestion.objects.filter(Exists(serving), hidden_at__isnull=True)
    return _with_unread(questions, user).filter(unread=True).count()


def questions_of_centres(user):
    """The questions to the services from the centres this person facilitates: one query."""
    return _listed(scope.scope(ServiceQuestion.objects.all(), user), user)


def open_reports(user):
    """The open reports on messages of the centres this person facilitates, with the message,
    its question and the reporter: one query."""
    reports = ServiceReport.objects.filter(handled_at__isnull=True).select_related(
        "reporter", "message__author", "message__question__organisation"
    )
    ids = scope.centre_ids(user)
    if ids is not scope.EVERY_CENTRE:
        reports = reports.filter(message__question__learner__centre_id__in=sorted(ids))
    return list(reports.order_by("created_at"))


def question_messages(question):
    """The messages of a question with their authors: one query."""
    rows = list(question.messages.select_related("author__partner_agent__organisation"))
    for message in rows:
        author = message.author
        agent = getattr(author, "partner_agent", None) if author is not None else None
        message.author_name = person_first_name(author) or _("ancien compte")
        if author is not None and author.pk == question.learner_id:
            message.author_role = ""
        elif agent is not None:
            message.author_role = agent.organisation.short_name
        else:
            message.author_role = _("animateur")
    return rows


def frequent_questions_for_lesson(organisations):
    """The approved frequent questions of the lesson's services: one query."""
    if not organisations:
        return []
    return list(
        FrequentQuestion.objects.filter(
            organisation__in=[o.pk for o in organisations],
            status=FrequentQuestion.Status.APPROVED,
        ).select_related("organisation")
    )


def frequent_questions_to_review(user):
    return list(
        scope.scope(FrequentQuestion.objects.all(), user)
        .filter(status=FrequentQuestion.Status.PENDING)
        .select_related("organisation", "agent")
    )


def person_first_name(person):
    """What an agent sees of a learner: the first name (or the chosen display name)."""
    if person is None:
        return ""
    return person.first_name or person.display_name or ""
