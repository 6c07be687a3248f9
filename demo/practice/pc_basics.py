"""Exercises of « Les bases de l'ordinateur »: the mouse and the keyboard by doing, windows and
files on pictures and in order."""

from . import box, exercise, false, on_picture, right, shortcut, true, typed, wrong

# Allumer et éteindre ---------------------------------------------------------------------------

SHUTDOWN_ORDER = exercise(
    "Éteindre l'ordinateur dans le bon ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour éteindre l'ordinateur.",
        "items": [
            "Enregistrer son travail et fermer les programmes",
            "Cliquer sur le bouton Démarrer",
            "Cliquer sur Marche/Arrêt",
            "Cliquer sur Arrêter",
            "Attendre que l'écran devienne noir",
        ],
        "explanation": (
            "On range d'abord son travail, puis on passe par le bouton Démarrer. "
            "Jamais en débranchant la prise."
        ),
    },
    instructions="Vous avez fini votre travail sur l'ordinateur. Par quoi commencez-vous ?",
    hint="Tout commence par votre travail : on l'enregistre avant d'éteindre.",
    success="Bravo ! Vous savez éteindre l'ordinateur sans rien perdre.",
)

START_BUTTON_CLICK = exercise(
    "Trouver le bouton Démarrer",
    "click_image",
    on_picture(
        "pc-desktop-plain",
        "Pour éteindre, on commence par le bouton Démarrer. Cliquez dessus.",
        [box(6, 548, 164, 596, "Démarrer")],
        "Le bouton Démarrer est tout en bas à gauche, dans la barre des tâches.",
    ),
    instructions="L'image montre le bureau de l'ordinateur, comme juste après l'allumage.",
    hint="Regardez la bande sombre tout en bas de l'écran, à gauche.",
    required=False,
)

# Utiliser la souris ----------------------------------------------------------------------------

MOUSE_CLICK = exercise(
    "Souris : le clic",
    "mouse_drill",
    {
        "action": "click",
        "targets": 5,
        "size": "grand",
        "encouragement": "Prenez votre temps : il n'y a pas de chrono.",
    },
    instructions="Les ronds apparaissent un par un, à différents endroits de l'écran.",
    hint="Tenez la souris sans la soulever, et gardez-la immobile au moment de cliquer.",
    success="Bravo ! Le clic, c'est le geste que vous ferez le plus souvent.",
)

MOUSE_DOUBLE_CLICK = exercise(
    "Souris : le double-clic",
    "mouse_drill",
    {
        "action": "double_click",
        "targets": 5,
        "size": "grand",
        "encouragement": "Deux petits clics rapides, la souris bien immobile.",
    },
    instructions="C'est le geste qui ouvre un dossier ou un programme.",
    hint="Si cela ne marche pas, cliquez un peu plus vite, sans bouger la souris entre les "
    "deux clics.",
    success="Bravo ! Le double-clic ouvre les dossiers et les programmes.",
)

MOUSE_RIGHT_CLICK = exercise(
    "Souris : le clic droit",
    "mouse_drill",
    {
        "action": "right_click",
        "targets": 3,
        "size": "grand",
        "encouragement": "C'est le doigt du milieu qui travaille, cette fois.",
    },
    instructions="C'est le geste qui ouvre un petit menu.",
    hint="Le bouton droit est sous votre majeur, le doigt du milieu.",
    success="Bravo ! Le clic droit ouvre un petit menu.",
    required=False,
)

MOUSE_DRAG = exercise(
    "Souris : le glisser-déposer",
    "mouse_drill",
    {
        "action": "drag",
        "targets": 3,
        "size": "grand",
        "encouragement": "Appuyer, déplacer sans lâcher, puis relâcher : à votre rythme.",
    },
    instructions="C'est le geste qui déplace un fichier d'un endroit à un autre.",
    hint="Ne lâchez le bouton que lorsque l'enveloppe est bien au-dessus du dossier.",
    success="Bravo ! Vous savez déplacer un objet à l'écran.",
    required=False,
)

MOUSE_GESTURES_MATCH = exercise(
    "À chaque geste son usage",
    "sort",
    {
        "question": "À quoi sert chaque geste de la souris ?",
        "categories": [
            {"name": "Le clic", "items": ["Choisir un bouton ou un lien"]},
            {"name": "Le double-clic", "items": ["Ouvrir un dossier ou un programme"]},
            {"name": "Le clic droit", "items": ["Ouvrir un petit menu"]},
            {"name": "Le glisser-déposer", "items": ["Déplacer un fichier dans un dossier"]},
        ],
        "explanation": "Un clic pour choisir, un double-clic pour ouvrir, le clic droit pour "
        "un menu, le glisser-déposer pour déplacer.",
    },
    instructions="Associez chaque usage au bon geste.",
    hint="Le double-clic sert seulement à ouvrir une icône.",
    required=False,
)

# Écrire avec le clavier ------------------------------------------------------------------------

KEYBOARD_TYPING = exercise(
    "Clavier : majuscules et accents",
    "keyboard_drill",
    {
        "items": [
            typed(
                "Tapez ce prénom, avec sa majuscule.",
                "Paulette",
                "La majuscule : maintenez la touche Maj (la flèche vers le haut), puis tapez P.",
            ),
            typed(
                "Tapez ces mots, avec leurs accents et la majuscule.",
                "été à Châteauroux",
                "Le é : touche 2. Le à : touche 0. Le C majuscule : Maj + C. "
                "Le â : touche ^, puis la lettre a.",
            ),
            typed(
                "Tapez cette phrase, avec ses majuscules, l'apostrophe, le ç et le è.",
                "Le garçon d'Hélène",
                "Le ç : touche 9. L'apostrophe : touche 4. Le è : touche 7.",
            ),
        ]
    },
    instructions="Recopiez chaque modèle exactement, puis vérifiez. Une erreur ? Effacez-la "
    "avec la touche Effacer et recommencez.",
    hint="Les lettres é, è, à et ç ont leur propre touche, sur la rangée des chiffres.",
    success="Bravo ! Majuscules et accents n'ont plus de secret pour vous.",
)

KEYBOARD_SHORTCUTS = exercise(
    "Clavier : copier, coller, annuler",
    "keyboard_drill",
    {
        "items": [
            shortcut(
                "select_all",
                "Sélectionnez toute la phrase de la zone.",
                "Le club de marche part jeudi à 9 h.",
                "Cliquez dans la zone, gardez Ctrl enfoncée, puis appuyez sur A.",
            ),
            shortcut(
                "copy",
                "Copiez la phrase de la zone.",
                "Rendez-vous devant la mairie.",
                "Gardez Ctrl enfoncée, puis appuyez sur C.",
            ),
            shortcut(
                "paste",
                "Collez le texte copié dans la zone.",
                "",
                "Gardez Ctrl enfoncée, puis appuyez sur V.",
            ),
            shortcut(
                "undo",
                "Annulez la dernière action.",
                "Une erreur ? Ctrl + Z la fait disparaître.",
                "Gardez Ctrl enfoncée, puis appuyez sur Z.",
            ),
        ]
    },
    instructions="Pour chaque ligne, cliquez dans la zone d'entraînement, puis faites le "
    "raccourci demandé. La touche Ctrl est tout en bas à gauche du clavier.",
    hint="Appuyez d'abord sur Ctrl et gardez-la enfoncée, puis appuyez sur la lettre.",
    success="Bravo ! Ces raccourcis marchent dans presque tous les programmes.",
    required=False,
)

# Le bureau et les fenêtres ---------------------------------------------------------------------

WINDOW_MINIMIZE_CLICK = exercise(
    "Cacher une fenêtre sans la fermer",
    "click_image",
    on_picture(
        "pc-window-plain",
        "Vous voulez cacher la fenêtre sans fermer le programme. Cliquez sur le bon bouton "
        "de la fenêtre.",
        [box(732, 128, 781, 176, "Réduire")],
        "Cherchez le trait, en haut à droite de la fenêtre, dans la barre bleue.",
    ),
    instructions="Cliquez sur le bouton lui-même, dans la barre bleue de la fenêtre.",
    hint="La croix ferme le programme. Le bouton qui cache la fenêtre est un simple trait.",
    success="Bravo ! La fenêtre se range dans la barre des tâches, le programme reste ouvert.",
)

WINDOW_BUTTONS_TRUE_FALSE = exercise(
    "Les boutons d'une fenêtre : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "La croix, en haut à droite, ferme le programme.",
                "Oui : avant de cliquer, vérifiez que votre travail est enregistré.",
            ),
            false(
                "Le trait « Réduire » ferme le programme.",
                "Non : il cache la fenêtre dans la barre des tâches. Le programme reste ouvert.",
            ),
            true(
                "Pour retrouver une fenêtre réduite, on clique sur son nom dans la barre des "
                "tâches.",
                "Oui : la fenêtre revient devant les autres.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)

# Ranger ses fichiers ---------------------------------------------------------------------------

NEW_FOLDER_ORDER = exercise(
    "Créer un dossier dans le bon ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour créer le dossier « Santé ».",
        "items": [
            "Ouvrir le dossier Documents",
            "Faire un clic droit dans un espace vide de la fenêtre",
            "Pointer Nouveau, puis cliquer sur Dossier",
            "Taper le nom « Santé »",
            "Appuyer sur la touche Entrée",
        ],
        "explanation": "Clic droit, Nouveau, Dossier : le dossier apparaît, on tape son nom "
        "et on valide avec Entrée.",
    },
    instructions="Vous voulez un dossier « Santé » dans Documents, pour y ranger vos papiers de "
    "santé.",
    hint="Le clic droit se fait dans un espace vide, pas sur un fichier.",
)

RESTORE_FROM_BIN = exercise(
    "Un fichier jeté par erreur",
    "single_choice",
    {
        "question": "Vous avez mis la lettre à la mairie à la corbeille par erreur. "
        "Que faites-vous ?",
        "choices": [
            wrong(
                "Rien : elle est perdue pour toujours.",
                "Pas de panique : tant que la corbeille n'est pas vidée, le fichier y attend.",
            ),
            right(
                "J'ouvre la Corbeille, je fais un clic droit sur la lettre, puis « Restaurer ».",
                "Oui : la lettre retourne à sa place.",
            ),
            wrong(
                "Je clique sur « Vider la corbeille ».",
                "Surtout pas : vider la corbeille efface les fichiers pour de bon.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    required=False,
)

FILE_DRAG = exercise(
    "Ranger des fichiers en les glissant",
    "mouse_drill",
    {
        "action": "drag",
        "targets": 4,
        "size": "grand",
        "encouragement": "Doucement : il n'y a pas de chrono.",
    },
    instructions="Chaque enveloppe est un fichier à ranger dans le dossier, comme une feuille dans "
    "une chemise.",
    hint="Gardez le bouton gauche enfoncé pendant tout le trajet.",
    required=False,
)
