"""The centre's employment service in the demo: a « Conseiller emploi » and the job offers they
proposed to the two job seekers (one answered, one new, one past its closing date), with a
comment on Josiane's shared CV. Invented employers; a second run adds nothing."""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.roles import COUNSELLORS, role_group
from jobsearch import offer_services, services
from jobsearch.models import CV, Comment, Offer

COUNSELLOR_USERNAME = "conseiller"
DEV_COUNSELLOR_PASSWORD = "conseiller-demo"  # noqa: S105 (in the README; only used when DEBUG is on)

OFFERS = [
    {
        "title": "Aide à domicile (H/F)", "employer": "ADMR de l'Indre",
        "place": "Châteauroux et alentours", "contract": "cdi", "days": 20,
        "description": "24 heures par semaine. Aide aux repas, courses, ménage chez des "
        "personnes âgées. Permis B demandé (trajets remboursés).",
        "to": [("Josiane", "interesse")],
    },
    {
        "title": "Employé de restauration collective (H/F)",
        "employer": "Cuisine centrale de Châteauroux", "place": "Châteauroux",
        "contract": "cdd", "days": 35,
        "description": "Six mois, du lundi au vendredi, de 6 h 30 à 14 h. Préparer et servir "
        "les repas des écoles.",
        "to": [("Josiane", "")],
    },
    {
        "title": "Agent d'entretien des espaces verts (H/F)", "employer": "Mairie d'Issoudun",
        "place": "Issoudun", "contract": "cdd", "days": 30,
        "description": "Tonte, taille, plantations dans les parcs de la ville. 35 heures.",
        "to": [("Mehdi", "")],
    },
    {
        "title": "Ouvrier de cueillette (H/F)", "employer": "Vergers du Boischaut",
        "place": "Saint-Août", "contract": "saisonnier", "days": -10,
        "description": "Récolte des pommes, septembre et octobre.",
        "to": [("Mehdi", "non_merci")],
    },
]  # fmt: skip
COMMENT = (
    "Bonjour Josiane, votre CV est clair. Ajoutez peut-être vos horaires possibles sous "
    "« En quelques mots ». Je vous ai proposé deux offres : regardez « Offres proposées »."
)


def counsellor(centre):
    users = get_user_model()
    user = users.objects.filter(username=COUNSELLOR_USERNAME).first()
    if user is None:
        user = users(
            username=COUNSELLOR_USERNAME,
            first_name="Nadia",
            last_name="Girard",
            display_name="Nadia (service emploi)",
            centre=centre,
        )
        user.set_password(DEV_COUNSELLOR_PASSWORD if settings.DEBUG else secrets.token_urlsafe(16))
        user.save()
        user.groups.add(role_group(COUNSELLORS))
    return user


def load_offers(*, centre):
    """Returns how many offers were made (0 on a second run)."""
    adviser = counsellor(centre)
    learners = {
        user.first_name: user
        for user in get_user_model().objects.filter(
            centre=centre, first_name__in=["Josiane", "Mehdi"]
        )
    }
    today = timezone.localdate()
    made = 0
    for values in OFFERS:
        if Offer.objects.filter(centre=centre, title=values["title"]).exists():
            continue
        data = {key: value for key, value in values.items() if key not in ("days", "to")}
        # An offer already past its date is proposed while open, then given its date.
        data["closes_on"] = today + datetime.timedelta(days=max(values["days"], 1))
        offer = offer_services.offer_create(author=adviser, data=data)
        made += 1
        for first_name, answer in values["to"]:
            learner = learners.get(first_name)
            if learner is None:
                continue
            offer_services.offer_propose(offer=offer, by=adviser, learner_ids=[learner.pk])
            if answer:
                # Answered before the offer closed (the service refuses answers after).
                offer.proposals.filter(learner=learner).update(
                    answer=answer, answered_at=timezone.now(), seen_at=timezone.now()
                )
        if values["days"] < 0:
            Offer.objects.filter(pk=offer.pk).update(
                closes_on=today + datetime.timedelta(days=values["days"])
            )
    cv = CV.objects.filter(shared_with=centre, user__first_name="Josiane").first()
    if cv is not None and not Comment.objects.filter(cv=cv, from_service=True).exists():
        services.comment_add(document=cv, author=adviser, text=COMMENT, from_service=True)
    return made
