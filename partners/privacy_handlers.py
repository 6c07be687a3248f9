"""RGPD for partners. Export: the person's agent record. Erasure: the record goes; who invited
whom is forgotten."""

from .models import Agent


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


HANDLERS = {
    "partners.Agent": (export_agents, erase_agents),
}
