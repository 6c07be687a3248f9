"""The demo activities: short questions in plain French for the centres' learners.

Each one is the title and the content parameters of a PasAPas.BonChoix package (content.json).
Feedback stays short and kind: a wrong answer says what that button or address really is."""

from pathlib import Path

LIBRARIES_DIR = Path(__file__).resolve().parent / "libraries"
BONCHOIX_DIR = LIBRARIES_DIR / "PasAPas.BonChoix-1.0"

DEMO_ACTIVITIES: dict[str, dict] = {
    "fermer-une-fenetre": {
        "title": "Fermer une fenêtre",
        "content": {
            "question": "Quel bouton ferme une fenêtre ?",
            "answers": [
                {
                    "text": "La croix ✕, en haut à droite",
                    "correct": True,
                    "feedback": "C'est cela : la croix ferme la fenêtre.",
                },
                {
                    "text": "Le trait —, en haut à droite",
                    "correct": False,
                    "feedback": "Le trait range la fenêtre dans la barre en bas de l'écran. "
                    "Elle reste ouverte.",
                },
                {
                    "text": "Le carré ☐, en haut à droite",
                    "correct": False,
                    "feedback": "Le carré agrandit la fenêtre à tout l'écran. Elle reste ouverte.",
                },
            ],
        },
    },
    "site-officiel": {
        "title": "Reconnaître un site officiel",
        "content": {
            "question": "Vous voulez déclarer vos impôts. Quelle est l'adresse du vrai site ?",
            "answers": [
                {
                    "text": "impots-gouv-remboursement.com",
                    "correct": False,
                    "feedback": "Cette adresse imite le vrai site. Elle finit par « .com », "
                    "pas par « .gouv.fr ».",
                },
                {
                    "text": "impots.gouv.fr",
                    "correct": True,
                    "feedback": "Oui : les sites de l'État finissent par « .gouv.fr ».",
                },
                {
                    "text": "impots.gouv.fr.aide-rapide.net",
                    "correct": False,
                    "feedback": "Piège : l'adresse continue après « .gouv.fr ». "
                    "C'est la fin de l'adresse qui compte.",
                },
            ],
        },
    },
}
