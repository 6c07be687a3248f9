"""The centre's partners as the seed names them (CARSAT, MSA, CPAM, CAF, the tax office, the
Éducation nationale for grants), two agents (the CAF's and the CPAM's) and their permanences at
the e-administration workshops of the coming weeks."""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.roles import AGENTS, role_group
from partners.models import Agent, Organisation, Permanence
from workshops.models import Session

ORGANISATIONS = [
    {
        "name": "Caisse d'allocations familiales de l'Indre",
        "short_name": "la CAF",
        "service": "Allocations familiales, aide au logement, RSA, prime d'activité",
        "helps_with": "vos aides, la déclaration trimestrielle, un paiement qui change.",
        "contact": "Au 3230 (service gratuit + prix d'un appel), ou sur caf.fr.",
        "lesson_theme": "allocations",
    },
    {
        "name": "Caisse primaire d'assurance maladie de l'Indre",
        "short_name": "l'Assurance Maladie",
        "service": "Santé : remboursements, carte Vitale, attestations",
        "helps_with": "vos remboursements, votre carte Vitale, votre attestation de droits.",
        "contact": "Au 3646, ou sur ameli.fr.",
        "lesson_theme": "santé",
    },
    {
        "name": "Direction des finances publiques de l'Indre",
        "short_name": "les impôts",
        "service": "Impôts : déclaration de revenus, avis d'impôt",
        "helps_with": "votre déclaration de revenus, votre avis d'impôt, votre numéro fiscal.",
        "contact": "Au 0 809 401 401 (appel non surtaxé), ou sur impots.gouv.fr.",
        "lesson_theme": "impôts",
    },
    {
        "name": "CARSAT Centre-Val de Loire",
        "short_name": "la CARSAT",
        "service": "Retraite du régime général",
        "helps_with": "votre demande de retraite, un versement suspendu, votre relevé de carrière.",
        "contact": "Au 3960, ou sur lassuranceretraite.fr.",
        "lesson_theme": "retraite",
    },
    {
        "name": "MSA Berry-Touraine",
        "short_name": "la MSA",
        "service": "Protection sociale agricole : santé, famille, retraite",
        "helps_with": "vos droits si vous travaillez ou avez travaillé dans l'agriculture.",
        "contact": "Sur msa.fr, rubrique Berry-Touraine.",
        "lesson_theme": "",
    },
    {
        "name": "Éducation nationale — bourses",
        "short_name": "l'Éducation nationale",
        "service": "Bourses de collège et de lycée",
        "helps_with": "la demande de bourse de vos enfants ou petits-enfants.",
        "contact": "Auprès du secrétariat de l'établissement scolaire.",
        "lesson_theme": "",
    },
]
AGENTS_OF_DEMO = [
    ("agent.caf@demo.pas-a-pas.fr", "Agnès", "Moreau", "la CAF"),
    ("agent.cpam@demo.pas-a-pas.fr", "Paul", "Lefèvre", "l'Assurance Maladie"),
]
DEV_AGENT_PASSWORD = "agent-demo"  # noqa: S105 (shown on screen; only used when DEBUG is on)


def load_partners(*, centre, facilitator):
    """Once (a second run adds nothing): organisations, agents, and a permanence of each agent
    at the « démarches en ligne » sessions to come (the CAF on Tuesdays, the CPAM on Thursdays).
    Returns the number of permanences created."""
    organisations = {}
    for values in ORGANISATIONS:
        organisation, _ = Organisation.objects.get_or_create(
            name=values["name"], defaults={k: v for k, v in values.items() if k != "name"}
        )
        organisations[organisation.short_name] = organisation
    agents = {}
    user_model = get_user_model()
    for email, first_name, last_name, short_name in AGENTS_OF_DEMO:
        user = user_model.objects.filter(username=email).first()
        if user is None:
            user = user_model(
                username=email, email=email, first_name=first_name, last_name=last_name
            )
            user.centre = centre
            user.set_password(DEV_AGENT_PASSWORD if settings.DEBUG else secrets.token_urlsafe(16))
            user.save()
            user.groups.add(role_group(AGENTS))
        agent, _ = Agent.objects.get_or_create(
            user=user,
            defaults={"organisation": organisations[short_name], "invited_by": facilitator},
        )
        agent.centres.add(centre)
        agents[short_name] = user
    sessions = Session.objects.filter(
        centre=centre,
        track__slug="demarches-en-ligne",
        is_cancelled=False,
        starts_at__gt=timezone.now(),
    ).order_by("starts_at")
    created = 0
    for session in sessions:
        short_name = (
            "la CAF"
            if timezone.localtime(session.starts_at).weekday() == 1
            else ("l'Assurance Maladie")
        )
        _, made = Permanence.objects.get_or_create(
            session=session,
            organisation=organisations[short_name],
            defaults={
                "agent": agents[short_name],
                "centre": centre,
                "place": session.title,
                "starts_at": session.starts_at,
                "ends_at": session.ends_at,
            },
        )
        created += made
    return created
