"""Exercises of the track « Animer un atelier numérique » (facilitators only)."""

from . import exercise, false, right, true, wrong

SESSION_TRUE_FALSE = exercise(
    "Une séance de huit : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "C'est la personne qui tient la souris, même quand elle hésite.",
                "Oui : on apprend avec ses mains.",
            ),
            false(
                "Tout le monde doit finir la leçon avant la fin de la séance.",
                "Non : chacun avance à son rythme ; l'important est une réussite par personne.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
)

LIVE_ROOM_CHOICE = exercise(
    "Une main levée dans la salle",
    "single_choice",
    {
        "question": "La salle en direct montre « Je suis bloqué » pour Marie. Que faites-vous ?",
        "choices": [
            right("Je vais voir Marie, puis je baisse sa main.", "Oui : la salle vous guide."),
            wrong("J'attends la fin de la séance.", "Non : Marie risque de se décourager."),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
)

WRITING_CHOICE = exercise(
    "Une bonne étape",
    "multiple_choice",
    {
        "question": "Lesquelles sont de bonnes étapes pour une leçon ?",
        "choices": [
            right("Cliquez sur « Envoyer ».", "Oui : une action, avec un verbe."),
            right("Ouvrez le dossier « Photos ».", "Oui : une action, claire."),
            wrong(
                "Ouvrez votre messagerie, écrivez le message, joignez la photo et envoyez.",
                "Non : quatre actions, donc quatre étapes.",
            ),
        ],
    },
    instructions="Cochez les bonnes réponses, puis vérifiez.",
)

SCREENSHOT_TRUE_FALSE = exercise(
    "Une capture d'écran : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "On fait la capture avec un compte de démonstration.",
                "Oui : jamais avec les données d'une personne.",
            ),
            false(
                "Plus la capture montre de choses, mieux c'est.",
                "Non : un seul endroit à regarder.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
)

ACCOMPANY_CHOICE = exercise(
    "Un mot de passe à taper",
    "single_choice",
    {
        "question": "Pendant une démarche, la personne doit taper son mot de passe. Vous…",
        "choices": [
            right("Vous vous tournez pendant qu'elle le tape.", "Oui : il n'est qu'à elle."),
            wrong("Vous le tapez pour aller plus vite.", "Non : vous ne faites pas à sa place."),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
)

PRIVACY_TRUE_FALSE = exercise(
    "Les données des personnes : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "En fin de séance, chaque personne se déconnecte.",
                "Oui : le poste suivant ne verra rien.",
            ),
            false(
                "On peut photographier l'écran d'une personne pour une leçon.",
                "Non : jamais les données de quelqu'un dans une leçon.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
)
