"""Two job seekers of the demo centre with their CVs and a letter, so that « Mon CV » shows
something real. Invented people; a second run adds nothing."""

from django.contrib.auth import get_user_model

from accounts.services import learner_create
from jobsearch import services
from jobsearch.models import CV

PEOPLE = [
    {
        "first_name": "Josiane",
        "last_name": "Bérégovoy",
        "shared": True,  # with the centre's employment service
        "cv": {
            "town": "Châteauroux", "phone": "06 12 34 56 78", "job_sought": "Aide à domicile",
            "title": "CV aide à domicile",
            "summary": "Patiente et organisée, j'aime rendre service.",
            "skills": ["repas", "menage", "courses", "ponctuel", "ecoute"],
            "other_skills": "Coudre et repriser", "languages": "Français : langue maternelle",
            "licence": "b_voiture", "interests": "Chorale\nJardinage",
        },
        "entries": [
            ("experience", "proche", "Aide à ma mère pendant dix ans", "Déols", "2012 – 2022",
             "Repas, courses, rendez-vous médicaux, papiers."),
            ("experience", "emploi", "Cantinière", "École Jean-Zay, Châteauroux", "1990 – 2011",
             "Préparer et servir 200 repas par jour."),
            ("experience", "benevolat", "Bénévole à l'épicerie solidaire", "Châteauroux",
             "depuis 2022", "Accueil et caisse, deux matinées par semaine."),
            ("formation", "", "CAP cuisine", "Lycée hôtelier, Châteauroux", "1988", ""),
            ("formation", "", "Atelier « Démarches en ligne »", "Pas à Pas", "2024", ""),
        ],
        "letter": {
            "title": "Lettre ADMR", "job_title": "Aide à domicile", "employer": "ADMR de l'Indre",
            "recipient": "Madame la Responsable\nADMR de l'Indre",
            "offer_text": "L'ADMR recrute une aide à domicile (H/F), 24 h par semaine.",
            "about_you": "Votre association aide les personnes âgées à rester chez elles, ce "
            "qui me tient à cœur.",
            "about_me": "Pendant dix ans, j'ai aidé ma mère au quotidien : je sais être "
            "patiente, discrète et organisée.",
            "about_us": "Je serais heureuse de vous rencontrer pour en parler.",
        },
    },
    {
        "first_name": "Mehdi",
        "last_name": "Benaïssa",
        "cv": {
            "town": "Issoudun", "phone": "07 98 76 54 32", "email": "mehdi.b@example.org",
            "job_sought": "Agent d'entretien des espaces verts", "title": "CV espaces verts",
            "skills": ["jardin", "outils", "equipe", "ponctuel"],
            "languages": "Français : courant\nArabe : langue maternelle",
            "licence": "b", "interests": "Football (entraîneur des jeunes)\nRandonnée",
        },
        "entries": [
            ("experience", "metier", "Maçon", "Entreprise Lagrange, Issoudun", "1995 – 2015",
             "Murs, dalles, petits chantiers."),
            ("experience", "benevolat", "Entraîneur de football des 10 ans", "US Issoudun",
             "depuis 2016", ""),
            ("formation", "", "CAP maçonnerie", "CFA du bâtiment, Châteauroux", "1994", ""),
        ],
    },
]  # fmt: skip


def load_job_seekers(*, centre):
    """Returns how many CVs were made (0 on a second run)."""
    made = 0
    users = get_user_model()
    for person in PEOPLE:
        user = users.objects.filter(
            centre=centre, first_name=person["first_name"], last_name=person["last_name"]
        ).first()
        if user is None:
            user, _code = learner_create(
                centre=centre, first_name=person["first_name"], last_name=person["last_name"]
            )
        if CV.objects.filter(user=user).exists():
            continue
        cv = services.cv_create(user=user)
        services.cv_update(cv=cv, step="loisirs", data=person["cv"])
        for kind, nature, title, place, period, description in person["entries"]:
            services.entry_add(
                cv=cv,
                kind=kind,
                data={"nature": nature, "title": title, "place": place, "period": period,
                      "description": description},
            )  # fmt: skip
        services.cv_step_reached(cv=cv, step="photo")
        made += 1
        if person.get("shared"):
            services.document_share(document=cv, user=user)
        if person.get("letter"):
            letter = services.letter_create(user=user, cv=cv)
            services.letter_update(letter=letter, step="nous", data=person["letter"])
    return made
