"""Exercises of « Chercher un emploi »: the CV and the letter in order and in words, the e-mail
of application, reading offers and spotting the fake ones."""

from . import box, exercise, false, on_picture, right, true, typed, wrong

# Écrire son CV ---------------------------------------------------------------------------------

CV_SECTIONS_ORDER = exercise(
    "Les parties du CV dans l'ordre",
    "ordering",
    {
        "question": "Remettez les parties du CV dans l'ordre, du haut vers le bas de la page.",
        "items": [
            "Vos coordonnées : nom, prénom, ville, téléphone, e-mail",
            "Le poste recherché",
            "Vos expériences",
            "Vos formations",
            "Vos compétences",
            "Vos loisirs, si vous le souhaitez",
        ],
        "explanation": "Le recruteur voit d'abord qui vous êtes et quel poste vous cherchez, "
        "puis ce que vous avez fait.",
    },
    instructions="Pensez à la page du CV, du haut vers le bas.",
    hint="Regardez l'image du CV en six parties, plus haut dans la leçon.",
    success="Bravo ! Votre CV sera clair et facile à lire.",
)

CV_CONTENT_SORT = exercise(
    "Indispensable ou facultatif dans un CV ?",
    "sort",
    {
        "question": "Dans un CV, ces informations sont-elles indispensables, ou facultatives ?",
        "categories": [
            {
                "name": "Indispensable",
                "items": [
                    "Votre numéro de téléphone",
                    "Votre adresse e-mail",
                    "Le poste recherché",
                    "Vos expériences",
                ],
            },
            {
                "name": "Facultatif",
                "items": [
                    "Votre photo",
                    "Votre âge",
                    "Votre situation de famille",
                    "Vos loisirs",
                ],
            },
        ],
        "explanation": "Mettez surtout ce qui montre ce que vous savez faire, et de quoi vous "
        "joindre sans erreur.",
    },
    instructions="Pensez à ce dont l'employeur a besoin pour vous choisir et vous joindre.",
    hint="Sans téléphone ni e-mail, l'employeur ne peut pas vous joindre.",
    required=False,
)

# Lettre de motivation --------------------------------------------------------------------------

COVER_LETTER_BLANKS = exercise(
    "Compléter une lettre de motivation",
    "fill_blanks",
    {
        "text": (
            "Objet : [candidature] au poste de vendeuse (offre n° 2041)\n\n"
            "Madame, Monsieur,\n\n"
            "J'ai lu avec intérêt votre [offre|annonce] de vendeuse en boulangerie.\n"
            "Pendant huit ans, j'ai accueilli et servi les [clients|clientes] d'une épicerie "
            "de quartier.\n"
            "Je serais heureuse de vous rencontrer lors d'un [entretien].\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, mes [salutations] distinguées.\n\n"
            "Martine Durand"
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "Vous, moi, nous : l'offre, votre expérience, puis la rencontre.",
    },
    instructions="Complétez la lettre de Martine. Les mots à utiliser : candidature, clients, "
    "entretien, offre, salutations.",
    hint="Relisez le plan « vous, moi, nous », plus haut dans la leçon.",
    success="Bravo ! La lettre de Martine est prête.",
)

LETTER_PARAGRAPHS_SORT = exercise(
    "Vous, moi, nous : chaque phrase à sa place",
    "sort",
    {
        "question": "Dans quel paragraphe de la lettre va chaque phrase ?",
        "categories": [
            {
                "name": "Vous : l'entreprise et l'offre",
                "items": [
                    "J'ai lu avec intérêt votre offre de vendeuse en boulangerie.",
                    "Votre boulangerie est connue dans le quartier pour son accueil.",
                ],
            },
            {
                "name": "Moi : mon expérience",
                "items": [
                    "Pendant huit ans, j'ai servi les clients d'une épicerie.",
                    "Je sais tenir une caisse et garder le sourire quand il y a du monde.",
                ],
            },
            {
                "name": "Nous : la rencontre",
                "items": [
                    "Je serais heureuse de vous rencontrer lors d'un entretien.",
                    "Je suis disponible pour un essai dès la semaine prochaine.",
                ],
            },
        ],
        "explanation": "Vous parle de l'entreprise, moi de ce que vous savez faire, nous de la "
        "rencontre.",
    },
    instructions="La lettre suit le plan « vous, moi, nous ».",
    required=False,
)

# Enregistrer en PDF ----------------------------------------------------------------------------

PDF_ORDER = exercise(
    "Enregistrer son CV en PDF, dans l'ordre",
    "ordering",
    {
        "question": "Remettez dans l'ordre les gestes pour enregistrer votre CV en PDF.",
        "items": [
            "Ouvrir son CV dans le traitement de texte",
            "Cliquer sur Fichier, puis sur Enregistrer sous",
            "Dans la liste Type, choisir PDF",
            "Vérifier le nom et le dossier, puis cliquer sur Enregistrer",
            "Ouvrir le PDF pour vérifier qu'il est bien présenté",
        ],
        "explanation": "Fichier, Enregistrer sous, Type : PDF. Puis on vérifie le résultat.",
    },
    instructions="Votre CV est prêt dans le traitement de texte : il reste à en faire une copie "
    "PDF.",
    hint="Le choix PDF se fait dans la fenêtre « Enregistrer sous ».",
)

PDF_TO_SEND_CHOICE = exercise(
    "Quel fichier envoyer ?",
    "single_choice",
    {
        "question": "Vous répondez à une offre par e-mail. Quel fichier joignez-vous ?",
        "choices": [
            wrong(
                "CV-Martine-Durand.docx, la version du traitement de texte",
                "Gardez-la pour modifier votre CV : chez l'employeur, elle peut s'afficher "
                "de travers.",
            ),
            right(
                "CV-Martine-Durand.pdf, la version PDF",
                "Oui : le PDF s'ouvre partout exactement comme vous l'avez préparé.",
            ),
            wrong(
                "Une photo du CV imprimé, prise avec le téléphone",
                "Elle serait souvent floue, penchée et lourde.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    required=False,
)

# Candidature par e-mail ------------------------------------------------------------------------

EMAIL_SUBJECT_CHOICE = exercise(
    "Un objet clair pour sa candidature",
    "single_choice",
    {
        "question": "Vous répondez à l'offre n° 2041, pour un poste de vendeuse. Quel objet "
        "écrivez-vous ?",
        "choices": [
            wrong("CV", "Trop court : l'employeur ne sait pas à quelle offre vous répondez."),
            right(
                "Candidature au poste de vendeuse (offre n° 2041)",
                "Oui : le poste et la référence de l'offre, tout est dit.",
            ),
            wrong(
                "Bonjour !!!",
                "Le bonjour va dans le message. L'objet dit de quoi il s'agit.",
            ),
            wrong(
                "Je laisse l'objet vide.",
                "Sans objet, votre message risque de passer inaperçu.",
            ),
        ],
    },
    instructions="Choisissez une réponse, puis vérifiez.",
    hint="L'objet dit, en une ligne, le poste et la référence de l'offre.",
)

APPLICATION_TYPING = exercise(
    "Taper l'adresse et l'objet sans faute",
    "keyboard_drill",
    {
        "items": [
            typed(
                "Tapez l'adresse e-mail donnée dans l'offre.",
                "recrutement@boulangerie-dupain.example",
                "Le @ : Alt Gr + à. Le tiret : touche 6. Le point : Maj + ;",
            ),
            typed(
                "Tapez l'objet du message, avec la majuscule.",
                "Candidature au poste de vendeuse, offre 2041",
                "La majuscule : Maj + C. Les chiffres : le pavé à droite du clavier.",
            ),
        ]
    },
    instructions="Recopiez chaque modèle exactement, puis vérifiez. Une seule lettre fausse "
    "dans l'adresse, et le message n'arrive pas.",
    hint="Comparez lettre par lettre avec le modèle.",
    required=False,
)

# Trouver des offres ----------------------------------------------------------------------------

CDI_OFFER_CLICK = exercise(
    "Trouver l'offre en CDI",
    "click_image",
    on_picture(
        "jobs-offer-search",
        "Vous cherchez un contrat sans date de fin, un CDI. Cliquez sur l'offre qui vous convient.",
        [box(50, 374, 910, 456, "Vendeur en jardinerie (CDI)")],
        "Lisez la petite ligne grise sous chaque titre : elle dit le type de contrat.",
    ),
    instructions="Cliquez sur l'offre elle-même, dans la liste des résultats.",
    hint="Le CDI est un contrat sans date de fin. Cherchez « CDI » sous les titres.",
    success="Bravo ! Il ne reste plus qu'à lire l'offre en entier.",
)

OFFERS_TRUE_FALSE = exercise(
    "Les offres d'emploi : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            false(
                "Un CDD est un contrat sans date de fin.",
                "Non : c'est le CDI. Le CDD a une date de fin, par exemple dans 6 mois.",
            ),
            true(
                "Une alerte vous envoie par e-mail les nouvelles offres de votre recherche.",
                "Oui : plus besoin de chercher chaque jour.",
            ),
            true(
                "Avant de répondre, on lit l'offre en entier.",
                "Oui : le contrat, les horaires, le lieu et la façon de postuler.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)

# Fausses offres d'emploi -----------------------------------------------------------------------

FAKE_JOB_SMS = exercise(
    "Un travail à domicile très bien payé ?",
    "scam_check",
    {
        "kind": "sms",
        "sender": "06 39 98 73 10",
        "body": (
            "Bonjour ! Travail à domicile : gagnez 2 500 € par mois pour 2 h par jour. "
            "Pas d'entretien, embauche immédiate. Payez le kit de démarrage (49 €) et "
            "envoyez votre RIB et votre carte d'identité ici : "
            "https://emploi-facile-maison.example"
        ),
        "verdict": "scam",
        "clues": [
            "C'est trop beau : beaucoup d'argent pour très peu de travail.",
            "Pas d'entretien, embauche immédiate.",
            "On vous demande de payer pour obtenir un emploi.",
            "On demande tout de suite votre RIB et votre carte d'identité.",
            "Aucun nom d'entreprise, aucune adresse.",
        ],
        "advice": (
            "Ne payez rien et n'envoyez aucun papier. Transférez le SMS au 33700, puis "
            "effacez-le. Un doute ? Montrez-le à votre conseiller ou à l'animateur."
        ),
    },
    instructions="Ce SMS arrive sur votre téléphone, deux jours après votre inscription sur un "
    "site d'offres.",
    hint="Relisez les signes qui doivent vous alerter, plus haut dans la leçon.",
)

INTERVIEW_EMAIL = exercise(
    "Une invitation à un entretien",
    "scam_check",
    {
        "kind": "email",
        "sender": "Boulangerie Dupain <recrutement@boulangerie-dupain.example>",
        "subject": "Votre candidature au poste de vendeuse (offre n° 2041)",
        "body": (
            "Bonjour Madame Durand,\n\n"
            "Merci pour votre candidature au poste de vendeuse.\n"
            "Nous aimerions vous rencontrer pour un entretien le mardi 12 mai à 14 h, à la "
            "boulangerie : 12 place des Tilleuls, Villeneuve-Exemple.\n"
            "Merci de confirmer votre venue en répondant à ce message, ou au 01 99 00 23 45.\n\n"
            "Bien cordialement,\n"
            "Sophie Dupain, gérante"
        ),
        "verdict": "legit",
        "clues": [
            "Le message répond à une offre à laquelle vous avez vraiment postulé.",
            "Il donne le nom de l'entreprise, son adresse et le nom de la personne.",
            "Il propose de vous rencontrer en vrai, pour un entretien.",
            "Il ne demande ni argent, ni papiers, ni coordonnées bancaires.",
        ],
        "advice": (
            "Vous pouvez répondre pour confirmer le rendez-vous. Pour être tout à fait "
            "rassuré, cherchez l'entreprise sur Internet ou appelez-la."
        ),
    },
    instructions="Vous avez envoyé votre candidature à une boulangerie la semaine dernière. Ce "
    "message arrive.",
    required=False,
)
