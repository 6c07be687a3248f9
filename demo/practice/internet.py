"""Exercises of « Naviguer sur Internet »: the browser on a picture, reading an address, true
and fake web pages, searching and favourites."""

from . import box, exercise, false, on_picture, right, true, wrong

# Ouvrir le navigateur --------------------------------------------------------------------------

BACK_ARROW_CLICK = exercise(
    "Revenir à la page d'avant",
    "click_image",
    on_picture(
        "web-browser-plain",
        "Vous voulez revenir à la page d'avant. Cliquez sur le bon bouton du navigateur.",
        [box(206, 170, 250, 210, "Flèche retour")],
        "C'est la petite flèche tournée vers la gauche, en haut à gauche de la fenêtre, "
        "juste devant la barre d'adresse.",
    ),
    instructions="Cliquez sur le bouton lui-même, dans le navigateur.",
    hint="Cherchez la flèche ←, tout au début de la ligne de la barre d'adresse.",
    success="Bravo ! La flèche ← vous ramène toujours à la page d'avant.",
)

PAGE_SCROLL = exercise(
    "Faire défiler une page",
    "mouse_drill",
    {
        "action": "scroll",
        "targets": 3,
        "size": "grand",
        "encouragement": "Tournez la molette doucement, vers vous pour descendre.",
    },
    instructions="C'est le geste pour lire la suite d'une longue page.",
    hint="Tournez la molette vers vous pour descendre, et vers l'écran pour remonter.",
    success="Bravo ! Vous savez lire la suite d'une page.",
    required=False,
)

# Les adresses web et le cadenas ----------------------------------------------------------------

SITE_NAME_CHOICE = exercise(
    "Lire le nom d'un site",
    "single_choice",
    {
        "question": "Dans l'adresse https://www.mairie-exemple.fr/horaires, quel est le nom "
        "du site ?",
        "choices": [
            wrong(
                "https",
                "« https » dit seulement que la connexion est protégée.",
            ),
            right(
                "www.mairie-exemple.fr",
                "Oui : le nom du site se lit juste avant le premier « / ».",
            ),
            wrong(
                "horaires",
                "« horaires », après le « / », est le nom de la page dans le site.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    hint="Le nom du site se lit juste avant le premier « / » qui suit « https:// ».",
)

FAKE_TOWN_HALL_PAGE = exercise(
    "Une amende à payer en ligne ?",
    "scam_check",
    {
        "kind": "webpage",
        "url": "https://mairie-exemple.paiement-amende.example/payer",
        "body": (
            "Mairie – Paiement des amendes\n\n"
            "Vous avez une amende impayée de 35 €.\n"
            "Sans paiement aujourd'hui, elle passera à 135 €.\n\n"
            "Numéro de carte bancaire : ____________\n"
            "Code secret : ____\n\n"
            "[Payer maintenant]"
        ),
        "verdict": "scam",
        "clues": [
            "Le nom du site, juste avant le premier « / », finit par « paiement-amende.example » : "
            "ce n'est pas le site de la mairie, même si le mot « mairie » est au début.",
            "Il y a un cadenas, mais le cadenas ne prouve pas que le site est honnête.",
            "On vous presse : « aujourd'hui », sinon l'amende augmente.",
            "On vous demande le code secret de votre carte : aucun site sérieux ne le demande.",
        ],
        "advice": (
            "Ne remplissez rien et fermez la page. Si vous pensez avoir une amende, tapez "
            "vous-même l'adresse du site officiel, ou demandez à l'animateur."
        ),
    },
    instructions="Vous avez cliqué sur un lien reçu par e-mail. Lisez d'abord l'adresse, puis la "
    "page.",
    hint="Regardez la fin du nom du site, juste avant le premier « / ».",
)

REAL_TOWN_HALL_PAGE = exercise(
    "Les horaires de la mairie",
    "scam_check",
    {
        "kind": "webpage",
        "url": "https://www.mairie-exemple.fr/horaires",
        "body": (
            "Mairie de Villeneuve-Exemple\n\n"
            "Horaires d'ouverture\n"
            "Du lundi au vendredi : de 8 h 30 à 12 h et de 13 h 30 à 17 h.\n"
            "Le samedi : de 9 h à 12 h.\n\n"
            "Pour une carte d'identité, prenez rendez-vous à l'accueil ou au 01 99 00 12 34."
        ),
        "verdict": "legit",
        "clues": [
            "Le nom du site est bien celui de la mairie : www.mairie-exemple.fr, l'adresse que "
            "vous avez tapée vous-même.",
            "Il y a un cadenas ET le bon nom : les deux sont là.",
            "La page donne des informations et ne demande rien : ni argent, ni code, ni carte.",
        ],
        "advice": (
            "Vous pouvez lire cette page en confiance. Pour la retrouver facilement, "
            "ajoutez-la à vos favoris."
        ),
    },
    instructions="Vous avez tapé vous-même l'adresse de la mairie. Lisez l'adresse, puis la page.",
    required=False,
)

# Chercher sur Internet -------------------------------------------------------------------------

SEARCH_WORDS_CHOICE = exercise(
    "Les bons mots pour chercher",
    "single_choice",
    {
        "question": "Vous cherchez les horaires de la médiathèque de Châteauroux. Que tapez-vous "
        "dans la case de recherche ?",
        "choices": [
            wrong(
                "Bonjour, pourriez-vous me donner les horaires de la médiathèque, s'il vous plaît",
                "Inutile d'écrire une phrase entière : quelques mots importants suffisent.",
            ),
            right(
                "horaires médiathèque Châteauroux",
                "Oui : trois mots importants, sans phrase.",
            ),
            wrong(
                "médiathèque",
                "C'est trop vague : ajoutez ce que vous cherchez et la ville.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    hint="Un moteur de recherche préfère trois ou quatre mots importants.",
)

SEARCH_TRUE_FALSE = exercise(
    "Les résultats de recherche : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "Un résultat marqué « Annonce » ou « Sponsorisé » est une publicité.",
                "Oui : on peut passer ces résultats.",
            ),
            false(
                "Le premier résultat est toujours le site officiel.",
                "Non : le premier est souvent une publicité. Lisez le nom du site.",
            ),
            true(
                "Pour ouvrir un résultat, un seul clic sur son titre bleu suffit.",
                "Oui : sur un lien, pas de double-clic.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)

# Publicités et arnaques ------------------------------------------------------------------------

VIRUS_ALERT_PAGE = exercise(
    "Une alerte rouge à l'écran",
    "scam_check",
    {
        "kind": "webpage",
        "url": "http://alerte-ordinateur-bloque.example/urgence",
        "body": (
            "⚠ ALERTE DE SÉCURITÉ ⚠\n\n"
            "Votre ordinateur est BLOQUÉ : 3 virus ont été trouvés.\n"
            "Vos photos et vos mots de passe sont en danger.\n\n"
            "N'éteignez pas l'ordinateur !\n"
            "Appelez tout de suite le support technique au 01 99 00 45 67.\n\n"
            "[Débloquer mon ordinateur]"
        ),
        "verdict": "scam",
        "clues": [
            "Une page Internet ne peut pas savoir si votre ordinateur a un virus.",
            "Elle fait peur et presse : « BLOQUÉ », « tout de suite ».",
            "Elle vous demande d'appeler un numéro : au bout du fil, on vous demandera de "
            "l'argent ou l'accès à votre ordinateur.",
            "L'adresse n'a rien d'officiel et commence par « http » sans cadenas.",
        ],
        "advice": (
            "N'appelez pas et ne cliquez sur rien. Fermez l'onglet ou le navigateur avec sa "
            "croix. Si la page revient, éteignez l'ordinateur et parlez-en à l'animateur."
        ),
    },
    instructions="Cette page s'est ouverte d'un coup, pendant que vous lisiez le journal en ligne.",
    hint="Une page Internet peut-elle vraiment voir ce qu'il y a dans votre ordinateur ?",
)

VIRUS_ALERT_REFLEXES = exercise(
    "Les bons réflexes face à une fausse alerte",
    "multiple_choice",
    {
        "question": "Une page rouge dit que votre ordinateur est bloqué et donne un numéro à "
        "appeler. Que faites-vous ?",
        "choices": [
            right("Je ferme l'onglet ou le navigateur avec sa croix."),
            wrong(
                "J'appelle vite le numéro affiché.",
                "Surtout pas : c'est un escroc qui répondra.",
            ),
            right("J'en parle à l'animateur ou à un proche de confiance."),
            wrong(
                "Je donne ma carte bancaire pour débloquer l'ordinateur.",
                "Jamais : l'ordinateur n'est pas bloqué, c'est une fausse alerte.",
            ),
        ],
    },
    instructions="Cochez toutes les bonnes réponses : il y en a plusieurs.",
    hint="On n'appelle jamais, on ne paie jamais : on ferme, et on en parle.",
    required=False,
)

# Garder ses sites préférés ---------------------------------------------------------------------

FAVORITE_ORDER = exercise(
    "Ajouter un favori dans le bon ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour garder le site de la mairie dans "
        "vos favoris.",
        "items": [
            "Aller sur le site de la mairie",
            "Cliquer sur l'étoile, au bout de la barre d'adresse",
            "Effacer le long titre et taper un nom court : « Mairie »",
            "Cliquer sur Terminé",
        ],
        "explanation": "On ne peut garder que le site ouvert : on y va d'abord, puis l'étoile.",
    },
    instructions="Vous allez souvent sur le site de la mairie : gardez-le dans vos favoris.",
    hint="L'étoile garde le site qui est ouvert à l'écran.",
)

FAVORITE_RIGHT_CLICK = exercise(
    "Le clic droit, pour retirer un favori",
    "mouse_drill",
    {
        "action": "right_click",
        "targets": 3,
        "size": "grand",
        "encouragement": "Prenez votre temps : il n'y a pas de chrono.",
    },
    instructions="Pour retirer un favori, on fait un clic droit sur son nom. Entraînez-vous à ce "
    "geste.",
    hint="Le bouton droit est sous votre majeur, le doigt du milieu.",
    required=False,
)
