"""Exercises of « Retoucher ses photos »: the steps in order, folder names to sort, the tools
on a picture and the words to remember."""

from . import box, exercise, false, on_picture, right, true, wrong

# Les photos du téléphone sur l'ordinateur ------------------------------------------------------

PHONE_PHOTOS_ORDER = exercise(
    "Du téléphone à l'ordinateur, dans l'ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour copier vos photos du téléphone sur "
        "l'ordinateur.",
        "items": [
            "Brancher le téléphone à l'ordinateur avec le câble du chargeur",
            "Déverrouiller le téléphone",
            "Toucher « Transfert de fichiers » sur le téléphone",
            "Ouvrir l'Explorateur de fichiers et cliquer sur le nom du téléphone",
            "Ouvrir le dossier DCIM, puis le dossier qu'il contient",
            "Copier les photos, puis les coller dans le dossier Images",
        ],
        "explanation": "Le téléphone doit être branché et déverrouillé pour que l'ordinateur "
        "voie ses photos.",
    },
    instructions="Vous avez votre téléphone et son câble de charge, à côté de l'ordinateur.",
    hint="Tant que le téléphone n'est pas branché, l'ordinateur ne peut rien voir.",
)

PHONE_PHOTOS_BLANKS = exercise(
    "Photos du téléphone : les mots qui manquent",
    "fill_blanks",
    {
        "text": (
            "Sur le téléphone, touchez « Transfert de [fichiers] ».\n"
            "Sur l'ordinateur, les photos du téléphone sont dans le dossier [DCIM].\n"
            "Choisissez [Copier], et non Couper : les photos restent aussi dans le téléphone.\n"
            "Pendant la copie, ne [débranchez|retirez|enlevez] pas le câble."
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "Transfert de fichiers, le dossier DCIM, Copier, et on attend la fin "
        "avant de débrancher.",
    },
    instructions="Écrivez le mot qui manque dans chaque case.",
    hint="Relisez l'encadré « À retenir », juste en dessous.",
    required=False,
)

# Ranger ses photos -----------------------------------------------------------------------------

FOLDER_NAMES_SORT = exercise(
    "Des noms de dossiers clairs",
    "sort",
    {
        "question": "Ces noms de dossiers de photos sont-ils clairs, ou peu clairs ?",
        "categories": [
            {
                "name": "Nom clair",
                "items": [
                    "2024-06 Anniversaire Lucie",
                    "2023-12 Noël chez Paul",
                    "2024-09 Le jardin",
                ],
            },
            {
                "name": "Nom peu clair",
                "items": ["IMG_0412", "Nouveau dossier", "photos diverses"],
            },
        ],
        "explanation": "Un nom clair commence par l'année et le mois, puis dit l'événement en "
        "quelques mots.",
    },
    instructions="Imaginez que vous cherchez ces photos dans un an.",
    hint="Dans un an, saurez-vous ce qu'il y a dans le dossier, rien qu'en lisant son nom ?",
)

# Recadrer et redresser -------------------------------------------------------------------------

CROP_TOOL_CLICK = exercise(
    "L'outil pour couper les bords",
    "click_image",
    on_picture(
        "photo-editor-tools",
        "Vous voulez couper les bords inutiles de la photo. Cliquez sur le bon outil.",
        [box(32, 70, 178, 122, "Recadrer")],
        "Couper les bords, c'est recadrer : le bouton « Recadrer » est le premier de la "
        "rangée d'outils, en haut à gauche.",
    ),
    instructions="Cliquez sur le bouton de l'outil, dans la rangée du haut.",
    hint="Couper les bords d'une photo, cela s'appelle « recadrer ».",
    success="Bravo ! Un cadre blanc apparaît : vous pouvez le tirer vers l'intérieur.",
)

PHOTO_TOOLS_MATCH = exercise(
    "À chaque outil son usage",
    "sort",
    {
        "question": "À quoi sert chaque outil ?",
        "categories": [
            {"name": "Recadrer", "items": ["Couper les bords inutiles"]},
            {"name": "Redresser", "items": ["Remettre l'horizon bien droit"]},
            {"name": "Ctrl + Z", "items": ["Annuler la dernière action"]},
            {"name": "Enregistrer une copie", "items": ["Garder la photo d'origine intacte"]},
        ],
        "explanation": "Et si vous vous trompez : Ctrl + Z. On peut toujours revenir en arrière.",
    },
    instructions="Associez chaque usage au bon outil.",
    required=False,
)

# Lumière et contraste --------------------------------------------------------------------------

LIGHT_TRUE_FALSE = exercise(
    "Lumière et contraste : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "La luminosité éclaire toute la photo.",
                "Oui : c'est le réglage d'une photo trop sombre.",
            ),
            true(
                "Le contraste rend les couleurs plus franches.",
                "Oui : il aide quand la photo paraît grise.",
            ),
            false(
                "Plus on pousse la réglette, plus la photo est belle.",
                "Non : trop éclaircie, la photo devient blanche et perd ses détails.",
            ),
            true(
                "Après un réglage, on peut comparer avec la photo d'origine.",
                "Oui : avec le bouton Comparer ou Avant/Après.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    hint="Mieux vaut deux petits réglages qu'un grand.",
)

LIGHT_TOOL_CLICK = exercise(
    "L'outil pour éclaircir",
    "click_image",
    on_picture(
        "photo-editor-tools",
        "Cette photo est trop sombre. Cliquez sur l'outil qui sert à l'éclaircir.",
        [box(348, 70, 484, 122, "Lumière")],
        "Pour éclaircir, c'est l'outil « Lumière », le troisième de la rangée du haut.",
    ),
    instructions="Cliquez sur le bouton de l'outil, dans la rangée du haut.",
    hint="Les réglettes Luminosité et Contraste sont rangées dans l'outil qui parle de lumière.",
    required=False,
)

# Réduire une photo pour l'e-mail ---------------------------------------------------------------

RESIZE_BLANKS = exercise(
    "Réduire une photo : les mots qui manquent",
    "fill_blanks",
    {
        "text": (
            "Pour l'envoyer par e-mail, réduisez la photo à [1600|1 600] pixels de large.\n"
            "Enregistrez une copie, et ajoutez le mot « [petite] » à son nom : jardin-petite.\n"
            "Pour faire imprimer une photo, utilisez toujours l'[original|originale]."
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "La copie réduite part vite par e-mail ; l'original garde tous ses "
        "détails pour l'impression.",
    },
    instructions="Écrivez le mot ou le nombre qui manque dans chaque case.",
    hint="Relisez l'encadré « À retenir », juste en dessous.",
)

PHOTO_TO_SEND_CHOICE = exercise(
    "Quelle photo envoyer ?",
    "single_choice",
    {
        "question": "Vous envoyez la photo du jardin à votre fils par e-mail. Laquelle "
        "joignez-vous ?",
        "choices": [
            wrong(
                "jardin.jpg, l'original, qui pèse 4,5 Mo",
                "Elle est trop lourde : elle mettrait longtemps à partir et remplirait la "
                "boîte de votre fils.",
            ),
            right(
                "jardin-petite.jpg, la copie réduite, qui pèse 400 Ko",
                "Oui : légère, et bien assez belle pour un écran.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    required=False,
)
