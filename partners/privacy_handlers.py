"""RGPD for partners. Export: the person's agent record. Erasure: the record goes; who invited
whom is forgotten."""

from .models import Agent, Permanence, Visit


def _at(value):
    return value.isoformat() if value else None


def export_agents(user):
    return [
        {
            "organisation": agent.organisation.name,
            "centres": [centre.name for centre in agent.centres.all()],
            "invited_at": _at(agent.created_at),
        }
        for agent in Agent.objects.filter(user=user).select_related("organisation")
    ]


def erase_agents(user):
    Agent.objects.filter(user=user).delete()
    Agent.objects.filter(invited_by=user).update(invited_by=None)


def export_permanences(user):
    return [
        {
            "organisation": permanence.organisation.name,
            "centre": permanence.centre.name,
            "place": permanence.place,
            "starts_at": _at(permanence.starts_at),
            "ends_at": _at(permanence.ends_at),
        }
        for permanence in Permanence.objects.filter(agent=user).select_related(
            "organisation", "centre"
        )
    ]


def erase_permanences(user):
    # The permanence stays for the learners who plan to come; the agent's name goes.
    Permanence.objects.filter(agent=user).update(agent=None)


def export_visits(user):
    return [
        {
            "organisation": visit.permanence.organisation.name,
            "starts_at": _at(visit.permanence.starts_at),
            "said_at": _at(visit.created_at),
        }
        for visit in Visit.objects.filter(learner=user).select_related("permanence__organisation")
    ]


def erase_visits(user):
    Visit.objects.filter(learner=user).delete()


HANDLERS = {
    "partners.Agent": (export_agents, erase_agents),
    "partners.Permanence": (export_permanences, erase_permanences),
    "partners.Visit": (export_visits, erase_visits),
}
