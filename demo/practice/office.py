"""Exercises of « E-mail et bureautique »: typing an address, the mail program on a picture,
true and fake e-mails, the letter in order and the shortcuts to save and print."""

from . import box, exercise, false, on_picture, right, shortcut, true, typed, wrong

# Créer son adresse e-mail ----------------------------------------------------------------------

EMAIL_TYPING = exercise(
    "Taper une adresse e-mail",
    "keyboard_drill",
    {
        "items": [
            typed(
                "Tapez l'arobase, toute seule.",
                "@",
                "Maintenez la touche Alt Gr (à droite de la barre d'espace), puis appuyez sur "
                "la touche à (celle du 0).",
            ),
            typed(
                "Tapez cette adresse e-mail, sans espace.",
                "jean.dupont@courriel.example",
                "Le point : Maj + la touche ; (à droite de la virgule). Le @ : Alt Gr + à.",
            ),
            typed(
                "Tapez l'adresse de votre voisine, avec son chiffre.",
                "lucette.roux36@courriel.example",
                "Les chiffres : le pavé à droite du clavier, ou Maj + la touche du chiffre.",
            ),
        ]
    },
    instructions="Recopiez chaque modèle exactement, puis vérifiez. Une adresse e-mail "
    "s'écrit sans espace et sans accent.",
    hint="Le @ : gardez Alt Gr enfoncée, puis appuyez sur la touche à, celle du 0.",
    success="Bravo ! Vous savez taper une adresse e-mail.",
)

EMAIL_ADDRESS_CHOICE = exercise(
    "Une adresse bien écrite",
    "multiple_choice",
    {
        "question": "Quelles adresses e-mail sont bien écrites ?",
        "choices": [
            right("jean.dupont@courriel.example"),
            wrong(
                "jean dupont@courriel.example",
                "Il y a un espace : une adresse e-mail n'en a jamais.",
            ),
            wrong(
                "jean.dupont.courriel.example",
                "Il manque l'arobase @, entre le nom et le fournisseur.",
            ),
            right("marie.leroy36@courriel.example"),
            wrong(
                "hélène.roux@courriel.example",
                "Il y a un accent : une adresse e-mail s'écrit sans accent.",
            ),
        ],
    },
    instructions="Cochez toutes les bonnes réponses : il y en a plusieurs.",
    hint="Une bonne adresse a un @, et ni espace ni accent.",
    required=False,
)

# Lire et écrire un e-mail ----------------------------------------------------------------------

NEW_MESSAGE_CLICK = exercise(
    "Commencer un nouveau message",
    "click_image",
    on_picture(
        "mail-inbox",
        "Vous voulez écrire à votre petite-fille. Cliquez sur le bouton qui commence un "
        "nouveau message.",
        [box(32, 76, 258, 132, "Nouveau message")],
        "Le bouton « Nouveau message » est en haut à gauche de la messagerie, au-dessus des "
        "dossiers.",
    ),
    instructions="Cliquez sur le bouton lui-même, dans la messagerie.",
    hint="Regardez en haut à gauche, au-dessus de « Boîte de réception ».",
    success="Bravo ! Une page blanche s'ouvre pour votre message.",
)

NEW_MESSAGE_BLANKS = exercise(
    "Écrire un message : les mots qui manquent",
    "fill_blanks",
    {
        "text": (
            "Pour écrire à Léa, cliquez sur [Nouveau message].\n"
            "Dans la case [À|A], tapez l'adresse de Léa, sans faute.\n"
            "Dans la case [Objet], écrivez quelques mots qui résument le message.\n"
            "Relisez-vous, puis cliquez sur [Envoyer]."
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "Nouveau message, puis À, Objet, le texte, et enfin Envoyer.",
    },
    instructions="Écrivez le mot qui manque dans chaque case. Les mots à utiliser : "
    "À, Envoyer, Nouveau message, Objet.",
    hint="Relisez les étapes « Écrire un nouveau message », plus haut dans la leçon.",
    required=False,
)

# Envoyer et recevoir une pièce jointe ----------------------------------------------------------

ATTACH_ORDER = exercise(
    "Joindre une photo dans le bon ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour envoyer une photo à Léa.",
        "items": [
            "Écrire le message : l'adresse, l'objet, le texte",
            "Cliquer sur Joindre, le bouton au trombone",
            "Ouvrir le dossier Images",
            "Cliquer une fois sur la photo, puis sur Ouvrir",
            "Cliquer sur Envoyer",
        ],
        "explanation": "On envoie en dernier, une fois que le nom de la photo apparaît sous "
        "le message.",
    },
    instructions="Vous voulez envoyer à Léa la photo de Noël, rangée dans le dossier Images.",
    hint="Le bouton Envoyer vient toujours en dernier.",
)

ATTACHMENT_TRUE_FALSE = exercise(
    "Les pièces jointes : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "Le petit trombone montre qu'un message a une pièce jointe.",
                "Oui : on le voit dans la liste des messages et dans le message.",
            ),
            false(
                "Une pièce jointe qu'on n'attendait pas s'ouvre sans crainte si elle vient d'un "
                "ami.",
                "Non : l'adresse de l'ami a pu être piratée. Appelez-le pour vérifier.",
            ),
            true(
                "Mieux vaut joindre quatre ou cinq photos par message, pas plus.",
                "Oui : au-delà, le message risque d'être trop lourd pour partir.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)

# Spam et hameçonnage ---------------------------------------------------------------------------

PARCEL_PHISHING_EMAIL = exercise(
    "Un colis en attente ?",
    "scam_check",
    {
        "kind": "email",
        "sender": "Service Livraison <suivi@colis-livraison-rapide.example>",
        "subject": "Dernier avis : votre colis est bloqué",
        "body": (
            "Bonjour cher client,\n\n"
            "Votre colis n'a pas pu être livré : des frais de 1,99 € restent à payer.\n"
            "Sans paiement avant 24 heures, il sera renvoyé à l'expéditeur.\n\n"
            "https://colis-livraison-rapide.example/paiement\n\n"
            "[Payer 1,99 €]\n\n"
            "Le service client"
        ),
        "verdict": "scam",
        "clues": [
            "L'adresse de l'expéditeur est inconnue : « colis-livraison-rapide.example ».",
            "Le message ne dit pas votre nom, seulement « cher client ».",
            "On vous presse : « Dernier avis », « avant 24 heures ».",
            "Une petite somme à payer par un lien : c'est pour obtenir votre carte bancaire.",
        ],
        "advice": (
            "Ne cliquez pas et ne répondez pas : supprimez le message. Si vous attendez "
            "vraiment un colis, allez vous-même sur le site où vous l'avez commandé."
        ),
    },
    instructions="Ce message est arrivé dans votre boîte de réception. Lisez l'expéditeur, "
    "l'objet, puis le message en entier.",
    hint="Relisez les trois signes de la leçon : l'adresse, l'urgence, la demande d'argent.",
)

LIBRARY_REMINDER_EMAIL = exercise(
    "Un rappel de la médiathèque",
    "scam_check",
    {
        "kind": "email",
        "sender": "Médiathèque de Villeneuve-Exemple <accueil@mediatheque-villeneuve.example>",
        "subject": "Rappel : vos livres sont à rendre le 14 mai",
        "body": (
            "Bonjour Madame Roux,\n\n"
            "Les deux livres empruntés le 23 avril sont à rendre le 14 mai :\n"
            "– Le jardin en hiver\n"
            "– Recettes de nos grands-mères\n\n"
            "Vous pouvez les rapporter aux heures d'ouverture, ou demander un délai à "
            "l'accueil.\n\n"
            "Bonne lecture,\n"
            "L'équipe de la médiathèque"
        ),
        "verdict": "legit",
        "clues": [
            "Le message dit votre nom et parle de livres que vous avez vraiment empruntés.",
            "Il ne contient aucun lien et ne demande rien : ni argent, ni code, ni carte.",
            "Il ne presse pas et ne menace pas : c'est un simple rappel.",
        ],
        "advice": (
            "Vous pouvez le lire en confiance. Un doute, un jour ? Appelez la médiathèque au "
            "numéro que vous connaissez, pas à celui d'un message."
        ),
    },
    instructions="Ce message est arrivé dans votre boîte de réception. Lisez l'expéditeur, "
    "l'objet, puis le message en entier.",
    required=False,
)

# Écrire une lettre -----------------------------------------------------------------------------

BOLD_BUTTON_CLICK = exercise(
    "Mettre en gras",
    "click_image",
    on_picture(
        "office-word-window",
        "L'objet de la lettre est sélectionné. Cliquez sur le bouton qui le met en gras.",
        [box(32, 158, 86, 210, "G (gras)")],
        "Le bouton du gras est marqué d'un G épais, au début de la barre d'outils, en haut "
        "à gauche.",
    ),
    instructions="Cliquez sur le bouton lui-même, dans la barre d'outils.",
    hint="G comme « gras » : c'est le premier bouton de la barre d'outils.",
    success="Bravo ! Le texte sélectionné devient plus épais.",
)

LETTER_PLAN_ORDER = exercise(
    "Le plan d'une lettre",
    "ordering",
    {
        "question": "Remettez les parties de la lettre à la mairie dans l'ordre, du haut vers "
        "le bas de la page.",
        "items": [
            "Vos nom, adresse et téléphone, en haut à gauche",
            "L'adresse de la mairie, à droite",
            "Le lieu et la date",
            "L'objet : « Objet : carte d'électeur »",
            "« Monsieur le Maire, », puis votre demande",
            "La formule de politesse, puis votre nom",
        ],
        "explanation": "Vous en haut à gauche, le destinataire à droite. Lieu et date, objet, "
        "texte, puis signature.",
    },
    instructions="Pensez à la page de la lettre, du haut vers le bas.",
    hint="Une lettre commence par celui qui l'écrit, et finit par sa signature.",
    required=False,
)

# Enregistrer et imprimer -----------------------------------------------------------------------

SAVE_AND_PRINT_BLANKS = exercise(
    "Enregistrer et imprimer : les mots qui manquent",
    "fill_blanks",
    {
        "text": (
            "Pour enregistrer la lettre, cliquez sur [Fichier], puis sur « Enregistrer sous ».\n"
            "À gauche, choisissez le dossier [Documents], puis tapez le nom « Lettre mairie ».\n"
            "Le raccourci pour enregistrer : Ctrl et la lettre [S].\n"
            "Pour imprimer : Fichier, puis [Imprimer]. Le raccourci : Ctrl et la lettre [P]."
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "Fichier, Enregistrer sous, ou Ctrl et S. Fichier, Imprimer, ou Ctrl et P.",
    },
    instructions="Écrivez le mot ou la lettre qui manque dans chaque case.",
    hint="Relisez l'encadré « À retenir », juste en dessous.",
)

SAVE_AND_PRINT_SHORTCUTS = exercise(
    "Les raccourcis pour enregistrer et imprimer",
    "keyboard_drill",
    {
        "items": [
            shortcut(
                "save",
                "Enregistrez avec le raccourci clavier.",
                "Lettre à la mairie : demande de carte d'électeur.",
                "Gardez Ctrl enfoncée, puis appuyez sur S.",
            ),
            shortcut(
                "print",
                "Demandez l'impression avec le raccourci clavier.",
                "Lettre à la mairie : demande de carte d'électeur.",
                "Gardez Ctrl enfoncée, puis appuyez sur P.",
            ),
        ]
    },
    instructions="Cliquez dans la zone d'entraînement, puis faites le raccourci. Ici, rien "
    "n'est vraiment enregistré ni imprimé.",
    hint="Appuyez d'abord sur Ctrl et gardez-la enfoncée, puis appuyez sur la lettre.",
    required=False,
)
