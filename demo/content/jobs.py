"""Track "Chercher un emploi": CV, cover letter, PDF, applying by e-mail, offers real and fake.

Plain data only; see the format in ``demo/content/__init__.py``.
"""

from ..practice import jobs as practice

GLOSSARY = [
    (
        "CV",
        "Le curriculum vitae : une page qui résume votre parcours, vos expériences et ce que "
        "vous savez faire. On l'envoie à un employeur pour se présenter.",
    ),
    (
        "Lettre de motivation",
        "Une courte lettre jointe au CV. Elle explique pourquoi le poste vous intéresse et ce "
        "que vous pouvez apporter.",
    ),
    (
        "PDF",
        "Un format de fichier qui s'ouvre pareil sur tous les ordinateurs et téléphones. "
        "On l'utilise pour envoyer un document qui ne doit pas bouger, comme un CV.",
    ),
    (
        "Compétences",
        "Ce que vous savez faire, grâce au travail, aux études ou à la vie de tous les jours. "
        "Par exemple : accueillir des clients, tenir une caisse, conduire.",
    ),
    (
        "Candidature",
        "Le fait de proposer ses services pour un poste. "
        "On envoie en général un CV et une lettre de motivation.",
    ),
    (
        "Candidature spontanée",
        "Une candidature envoyée à une entreprise qui n'a pas publié d'offre. "
        "On lui écrit pour dire qu'on aimerait y travailler.",
    ),
    (
        "Offre d'emploi",
        "Une annonce publiée par un employeur qui cherche quelqu'un. "
        "Elle décrit le poste, le lieu, le contrat et la façon de postuler.",
    ),
    (
        "CDD et CDI",
        "Deux types de contrat de travail. Le CDD est prévu pour une durée limitée ; le CDI "
        "n'a pas de date de fin.",
    ),
    (
        "Intérim",
        "Un travail temporaire proposé par une agence, pour le compte d'une entreprise. "
        "Les missions peuvent durer un jour ou plusieurs mois.",
    ),
]

SHEETS = {
    "memo-jobs-cv": {
        "title": "Mon CV en 6 parties",
        "lines": [
            "Une seule page, facile à lire.",
            "1. Nom, prénom, ville, téléphone, adresse e-mail.",
            "2. Le poste recherché, en une ligne.",
            "3. Expériences : de la plus récente à la plus ancienne.",
            "   Dates, poste, entreprise, 2 ou 3 tâches.",
            "4. Formations : diplômes, formations, permis de conduire.",
            "5. Compétences : ce que je sais faire.",
            "6. Loisirs ou bénévolat, si je le souhaite.",
            "Titres en gras, texte en taille 11 ou 12.",
            "Pas obligatoire : photo, âge, situation de famille.",
            "Je relis, je fais relire.",
            "Je vérifie mon téléphone et mon adresse e-mail.",
            "J'enregistre : CV-Prénom-Nom, puis une copie en PDF.",
        ],
    },
    "memo-jobs-candidature": {
        "title": "Envoyer sa candidature par e-mail",
        "lines": [
            "À : l'adresse de l'offre, recopiée lettre par lettre.",
            "Objet : le poste et la référence de l'offre.",
            "Exemple : Candidature vendeuse – offre n° 2041",
            "Message court :",
            "- Madame, Monsieur,",
            "- le poste qui m'intéresse ;",
            "- « Vous trouverez ci-joint mon CV et ma lettre. »",
            "- Bien cordialement, prénom, nom, téléphone.",
            "Pièces jointes : CV et lettre en PDF.",
            "Je relis tout, je vérifie les pièces jointes.",
            "Je clique sur Envoyer.",
            "Je note : date, entreprise, poste.",
            "Pas de réponse après 1 ou 2 semaines : je relance.",
            "Je ne paie jamais pour obtenir un emploi.",
        ],
    },
}

REMEMBER = "remember"

LESSONS = [
    {
        "slug": "ecrire-son-cv",
        "title": "Écrire son CV avec un traitement de texte",
        "summary": "Connaître les parties d'un CV et le taper dans un traitement de texte, avec "
        "des titres en gras, sur une seule page claire.",
        "objectives": [
            "Connaître les six parties d'un CV",
            "Taper son CV dans un traitement de texte",
            "Mettre en valeur son nom et ses titres",
        ],
        "duration_minutes": 45,
        "tags": ["emploi", "bureautique"],
        "body": [
            (
                "text",
                "<h2>À quoi sert un CV ?</h2>"
                "<p>Le CV résume votre parcours sur une page. Un recruteur le lit souvent en "
                "moins d'une minute. Il doit donc être court, clair et facile à lire.</p>"
                "<p>Pas besoin d'un modèle compliqué. Un texte bien rangé, avec des titres, "
                "suffit.</p>",
            ),
            ("glossary_term", "CV"),
            (
                "image",
                {
                    "illustration": "jobs-cv-layout",
                    "caption": "Les six parties d'un CV, dans l'ordre, sur une seule page.",
                },
            ),
            (
                "text",
                "<h2>Les parties d'un CV</h2>"
                "<ol><li><b>Vos coordonnées</b> : nom, prénom, ville, téléphone, adresse "
                "e-mail.</li>"
                "<li><b>Le poste recherché</b> : une ligne, par exemple « Vendeuse en "
                "boulangerie ».</li>"
                "<li><b>Vos expériences</b> : de la plus récente à la plus ancienne. Pour "
                "chacune, les dates, le poste, l'entreprise, et deux ou trois tâches.</li>"
                "<li><b>Vos formations</b> : diplômes, formations, permis de conduire.</li>"
                "<li><b>Vos compétences</b> : ce que vous savez faire.</li>"
                "<li><b>Vos loisirs</b>, si vous le souhaitez : bénévolat, sport, "
                "associations.</li></ol>",
            ),
            ("glossary_term", "Compétences"),
            (
                "steps",
                {
                    "title": "Taper son CV dans le traitement de texte",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez le traitement de texte et créez un "
                            "nouveau document.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Tapez votre prénom et votre nom sur la première "
                            "ligne, puis vos coordonnées en dessous.</p>",
                            "screenshot": "jobs-cv-word",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Sélectionnez votre nom, cliquez sur <b>G</b> "
                            "pour le mettre en gras, et choisissez une taille plus grande, par "
                            "exemple 20.</p>",
                            "screenshot": "jobs-cv-word",
                            "tip": "Dans certains programmes, le bouton du gras est marqué B.",
                        },
                        {
                            "instruction": "<p>Tapez chaque titre de partie, par exemple "
                            "<b>EXPÉRIENCES</b>, et mettez-le en gras.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Sous chaque titre, écrivez une ligne par "
                            "élément, en commençant par les dates.</p>",
                            "screenshot": None,
                            "tip": "Utilisez des verbes : accueillir, vendre, ranger, conduire…",
                        },
                        {
                            "instruction": "<p>Enregistrez votre document avec un nom clair, "
                            "par exemple <i>CV-Martine-Durand</i>.</p>",
                            "screenshot": None,
                            "tip": "Enregistrez souvent pendant que vous travaillez.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>La photo n'est pas obligatoire. Votre âge et votre situation "
                    "de famille non plus. Mettez ce qui montre ce que vous savez faire.</p>"
                    "<p>Une longue carrière ? Détaillez les dix ou quinze dernières années, et "
                    "résumez le reste en une ligne.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Relisez pour les fautes, puis faites relire par quelqu'un. "
                    "Vérifiez surtout votre numéro de téléphone et votre adresse e-mail : avec "
                    "une erreur, l'employeur ne peut pas vous joindre.</p>",
                },
            ),
            ("exercise", practice.CV_SECTIONS_ORDER),
            ("exercise", practice.CV_CONTENT_SORT),
            (
                "document",
                {
                    "sheet": "memo-jobs-cv",
                    "title": "Fiche mémo : mon CV en 6 parties",
                    "description": "Le plan du CV et les points à vérifier avant de l'envoyer.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Un CV tient sur une page.</li>"
                    "<li>Les expériences vont de la plus récente à la plus ancienne.</li>"
                    "<li>Relisez, et faites relire.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "lettre-de-motivation",
        "title": "Écrire une lettre de motivation",
        "summary": "Écrire une lettre courte en trois paragraphes (vous, moi, nous) et la "
        "mettre en page comme une vraie lettre.",
        "objectives": [
            "Construire une lettre en trois paragraphes",
            "Mettre en page une lettre dans le traitement de texte",
            "Adapter sa lettre à chaque offre",
        ],
        "duration_minutes": 40,
        "tags": ["emploi", "bureautique"],
        "body": [
            (
                "text",
                "<h2>Une lettre pour dire « pourquoi vous »</h2>"
                "<p>La lettre de motivation accompagne le CV. Le CV dit ce que vous avez fait. "
                "La lettre dit pourquoi ce poste vous intéresse, et ce que vous pouvez "
                "apporter.</p>"
                "<p>Une bonne lettre est courte : trois paragraphes, moins d'une page. Écrivez "
                "une lettre pour chaque offre : l'employeur voit tout de suite une lettre "
                "passe-partout.</p>",
            ),
            ("glossary_term", "Lettre de motivation"),
            (
                "image",
                {
                    "illustration": "jobs-letter-layout",
                    "caption": "Le plan d'une lettre : coordonnées, destinataire, date, objet, "
                    "trois paragraphes, signature.",
                },
            ),
            (
                "text",
                "<h2>Le plan « vous, moi, nous »</h2>"
                "<ul><li><b>Vous</b> : ce que vous savez de l'entreprise et de l'offre. "
                "« J'ai lu avec intérêt votre offre de vendeuse… »</li>"
                "<li><b>Moi</b> : vos expériences et vos qualités utiles pour ce poste, avec "
                "un exemple. « Pendant huit ans, j'ai accueilli et servi les clients… »</li>"
                "<li><b>Nous</b> : la rencontre. « Je serais heureuse de vous rencontrer lors "
                "d'un entretien. »</li></ul>"
                "<p>Terminez par une formule de politesse simple : « Je vous prie d'agréer, "
                "Madame, Monsieur, mes salutations distinguées. » Puis votre prénom et votre "
                "nom.</p>",
            ),
            (
                "steps",
                {
                    "title": "Mettre la lettre en page",
                    "steps": [
                        {
                            "instruction": "<p>En haut à gauche, tapez vos nom, adresse, "
                            "téléphone et e-mail.</p>",
                            "screenshot": "jobs-letter-layout",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Un peu plus bas, à droite, tapez le nom et "
                            "l'adresse de l'entreprise.</p>",
                            "screenshot": None,
                            "tip": "Pour placer un texte à droite, sélectionnez-le, puis "
                            "cliquez sur le bouton « Aligner à droite ».",
                        },
                        {
                            "instruction": "<p>En dessous, à droite, le lieu et la date : "
                            "<i>Châteauroux, le 3 avril</i>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>À gauche, l'objet : <i>Objet : candidature au "
                            "poste de vendeuse (offre n° 2041)</i>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Tapez « Madame, Monsieur, », puis vos trois "
                            "paragraphes, la formule de politesse et votre nom.</p>",
                            "screenshot": "jobs-letter-layout",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Enregistrez avec un nom clair, par exemple "
                            "<i>Lettre-Martine-Durand</i>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Reprenez les mots de l'offre. Si l'annonce demande « le sens "
                    "du contact », montrez-le avec un exemple tiré de votre expérience.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Vous réutilisez une ancienne lettre ? Changez bien le nom de "
                    "l'entreprise, le poste et la date. Une lettre adressée à la mauvaise "
                    "entreprise fait très mauvaise impression.</p>",
                },
            ),
            ("exercise", practice.COVER_LETTER_BLANKS),
            ("exercise", practice.LETTER_PARAGRAPHS_SORT),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Trois paragraphes : vous, moi, nous.</li>"
                    "<li>Moins d'une page, une lettre pour chaque offre.</li>"
                    "<li>Vérifiez le nom de l'entreprise avant d'envoyer.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "enregistrer-en-pdf",
        "title": "Enregistrer son CV en PDF",
        "summary": "Comprendre pourquoi on envoie un CV en PDF, et enregistrer une copie PDF de "
        "son document depuis le traitement de texte.",
        "objectives": [
            "Expliquer l'intérêt du format PDF",
            "Enregistrer un document au format PDF",
            "Vérifier le fichier PDF obtenu",
        ],
        "duration_minutes": 20,
        "tags": ["bureautique", "emploi"],
        "body": [
            (
                "text",
                "<h2>Pourquoi le PDF ?</h2>"
                "<p>Votre CV est écrit dans un traitement de texte. Si vous envoyez ce fichier "
                "tel quel, il peut s'afficher de travers chez l'employeur : lettres "
                "différentes, lignes décalées. Parfois, il ne s'ouvre même pas.</p>"
                "<p>Le format PDF règle ce problème. Un fichier PDF s'ouvre sur tous les "
                "ordinateurs et tous les téléphones, exactement comme vous l'avez préparé. "
                "C'est comme une photo fidèle de votre document.</p>",
            ),
            ("glossary_term", "PDF"),
            (
                "steps",
                {
                    "title": "Enregistrer une copie en PDF",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez votre CV dans le traitement de texte.</p>",
                            "screenshot": "jobs-cv-word",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Fichier</b>, puis sur "
                            "<b>Enregistrer sous</b>.</p>",
                            "screenshot": None,
                            "tip": "Dans LibreOffice, vous pouvez aussi passer par Fichier, "
                            "puis « Exporter vers », puis « Exporter au format PDF ».",
                        },
                        {
                            "instruction": "<p>Dans la liste <b>Type</b>, choisissez "
                            "<b>PDF</b>.</p>",
                            "screenshot": "jobs-save-pdf",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Vérifiez le nom du fichier et le dossier "
                            "(Documents), puis cliquez sur <b>Enregistrer</b>.</p>",
                            "screenshot": "jobs-save-pdf",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Ouvrez le PDF par un double-clic pour vérifier "
                            "qu'il est bien présenté.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "illustration": "jobs-pdf-files",
                    "caption": "Deux versions du même CV : l'une pour le modifier, l'autre, en "
                    "PDF, pour l'envoyer.",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Gardez aussi la version du traitement de texte. C'est elle que "
                    "vous modifierez pour la prochaine candidature. Ensuite, vous referez un "
                    "PDF.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>N'envoyez pas une photo de votre CV imprimé : elle est souvent "
                    "floue, penchée et lourde. Le PDF est bien plus net.</p>",
                },
            ),
            ("exercise", practice.PDF_ORDER),
            ("exercise", practice.PDF_TO_SEND_CHOICE),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>On envoie un CV en PDF : il ne bouge pas.</li>"
                    "<li>Fichier, Enregistrer sous, Type : PDF.</li>"
                    "<li>Gardez aussi la version modifiable.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "candidature-par-e-mail",
        "title": "Envoyer sa candidature par e-mail",
        "summary": "Écrire un e-mail de candidature court et poli, avec un objet clair, et y "
        "joindre son CV et sa lettre en PDF.",
        "objectives": [
            "Écrire un objet clair et un message court",
            "Joindre son CV et sa lettre en PDF",
            "Suivre ses candidatures et relancer",
        ],
        "duration_minutes": 35,
        "tags": ["emploi", "messagerie"],
        "body": [
            (
                "text",
                "<h2>Un e-mail, c'est votre première impression</h2>"
                "<p>Quand vous répondez à une offre par e-mail, l'employeur voit d'abord votre "
                "message, avant votre CV. Il doit être court, poli et sans fautes.</p>"
                "<p>Regardez aussi votre propre adresse e-mail. Une adresse simple, avec votre "
                "prénom et votre nom, fait plus sérieux qu'un surnom.</p>",
            ),
            ("glossary_term", "Candidature"),
            (
                "image",
                {
                    "illustration": "jobs-email-application",
                    "caption": "Un e-mail de candidature prêt à partir : objet clair, message "
                    "court, deux PDF joints.",
                },
            ),
            (
                "steps",
                {
                    "title": "Préparer et envoyer sa candidature",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez votre messagerie et cliquez sur "
                            "<b>Nouveau message</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Dans <b>À</b>, tapez l'adresse donnée dans "
                            "l'offre. Recopiez-la lettre par lettre.</p>",
                            "screenshot": None,
                            "tip": "Un point ou un tiret oublié, et le message n'arrive pas.",
                        },
                        {
                            "instruction": "<p>Dans <b>Objet</b>, écrivez le poste et la "
                            "référence de l'offre.</p>",
                            "screenshot": "jobs-email-application",
                            "tip": "Par exemple : Candidature vendeuse – offre n° 2041.",
                        },
                        {
                            "instruction": "<p>Écrivez un message court : bonjour, le poste, "
                            "les pièces jointes, une formule de politesse, votre nom et votre "
                            "téléphone.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Joignez votre CV et votre lettre, en PDF.</p>",
                            "screenshot": "jobs-email-application",
                            "tip": "Cliquez sur le trombone, puis choisissez le fichier dans "
                            "le dossier Documents.",
                        },
                        {
                            "instruction": "<p>Relisez tout, puis cliquez sur <b>Envoyer</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>N'oubliez pas les pièces jointes ! Si vous écrivez « ci-joint "
                    "mon CV », vérifiez que le CV est bien joint avant d'envoyer.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>La première fois, envoyez-vous le message à vous-même. Vous "
                    "verrez ce que l'employeur verra, et si les fichiers s'ouvrent bien.</p>",
                },
            ),
            ("exercise", practice.EMAIL_SUBJECT_CHOICE),
            ("exercise", practice.APPLICATION_TYPING),
            (
                "text",
                "<h2>Et après ?</h2>"
                "<p>Notez chaque candidature dans un cahier : la date, l'entreprise, le "
                "poste. Sans réponse après une ou deux semaines, vous pouvez relancer par un "
                "court e-mail ou un appel.</p>"
                "<p>Regardez aussi vos messages indésirables : une réponse peut s'y "
                "cacher.</p>"
                "<p>Vous pouvez aussi écrire à une entreprise qui n'a publié aucune offre : "
                "c'est une candidature spontanée.</p>",
            ),
            ("glossary_term", "Candidature spontanée"),
            (
                "document",
                {
                    "sheet": "memo-jobs-candidature",
                    "title": "Fiche mémo : envoyer sa candidature par e-mail",
                    "description": "Le modèle de message et la liste des vérifications avant "
                    "d'envoyer.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Un objet clair, avec le poste et la référence.</li>"
                    "<li>Un message court et poli.</li>"
                    "<li>CV et lettre en PDF : vérifiez qu'ils sont joints.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "trouver-des-offres",
        "title": "Trouver des offres d'emploi sur Internet",
        "summary": "Chercher des offres par métier et par ville sur un site d'emploi, bien lire "
        "une offre et créer une alerte pour recevoir les nouvelles.",
        "objectives": [
            "Chercher des offres par métier et par lieu",
            "Repérer les informations clés d'une offre",
            "Créer une alerte pour les nouvelles offres",
        ],
        "duration_minutes": 35,
        "tags": ["emploi", "internet"],
        "body": [
            (
                "text",
                "<h2>Où sont les offres ?</h2>"
                "<p>Beaucoup d'offres d'emploi sont publiées sur Internet. Le site de France "
                "Travail (francetravail.fr) en rassemble un grand nombre, gratuitement. "
                "D'autres sites d'offres existent, ainsi que les sites des mairies, des "
                "agences d'intérim et des grandes entreprises.</p>"
                "<p>Sur tous ces sites, le principe est le même : vous dites quel métier et où, "
                "puis vous lisez les offres trouvées.</p>",
            ),
            ("glossary_term", "Offre d'emploi"),
            ("glossary_term", "Intérim"),
            (
                "image",
                {
                    "illustration": "jobs-offer-search",
                    "caption": "Un site d'offres d'exemple : le métier, le lieu, puis Rechercher.",
                },
            ),
            (
                "steps",
                {
                    "title": "Chercher des offres",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez le site d'offres d'emploi.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Dans <b>Quel métier ?</b>, tapez le métier que "
                            "vous cherchez, par exemple « vendeur ».</p>",
                            "screenshot": "jobs-offer-search",
                            "tip": "Essayez plusieurs mots : vendeur, caissier, employé de "
                            "commerce…",
                        },
                        {
                            "instruction": "<p>Dans <b>Où ?</b>, tapez votre ville ou votre "
                            "département.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Rechercher</b>.</p>",
                            "screenshot": "jobs-offer-search",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur une offre pour la lire en entier.</p>",
                            "screenshot": "jobs-offer-read",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Si elle vous intéresse, notez-la, ou "
                            "mettez-la de côté avec le bouton prévu (souvent une étoile ou un "
                            "cœur).</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "text",
                "<h2>Bien lire une offre</h2>"
                "<p>Avant de répondre, repérez : le poste, le lieu, le type de contrat, les "
                "horaires, le salaire, l'expérience demandée et la façon de postuler.</p>",
            ),
            (
                "image",
                {
                    "illustration": "jobs-offer-read",
                    "caption": "Une offre d'exemple : où, quel contrat, quelles heures, comment "
                    "postuler.",
                },
            ),
            ("glossary_term", "CDD et CDI"),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Créez une alerte : le site vous envoie par e-mail les "
                    "nouvelles offres qui correspondent à votre recherche. Plus besoin de "
                    "chercher chaque jour.</p>",
                },
            ),
            ("exercise", practice.CDI_OFFER_CLICK),
            ("exercise", practice.OFFERS_TRUE_FALSE),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Un métier, un lieu, puis Rechercher.</li>"
                    "<li>Lisez l'offre en entier avant de répondre.</li>"
                    "<li>Une alerte vous prévient des nouvelles offres.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "fausses-offres-emploi",
        "title": "Repérer les fausses offres d'emploi",
        "summary": "Reconnaître les signes d'une fausse offre d'emploi, vérifier une entreprise "
        "avant de répondre, et savoir réagir si l'on a été trompé.",
        "objectives": [
            "Reconnaître les signes d'une fausse offre",
            "Vérifier qu'une entreprise existe",
            "Protéger ses papiers et son argent",
        ],
        "duration_minutes": 25,
        "tags": ["emploi", "sécurité"],
        "body": [
            (
                "text",
                "<h2>Des offres trop belles</h2>"
                "<p>Des escrocs publient de fausses offres d'emploi. Ils veulent votre argent, "
                "vos papiers d'identité ou vos coordonnées bancaires. Parfois, ils cherchent "
                "quelqu'un pour faire passer de l'argent volé par son compte.</p>"
                "<p>Ces fausses offres se ressemblent. Avec quelques signes, vous les "
                "reconnaîtrez.</p>",
            ),
            (
                "image",
                {
                    "illustration": "jobs-fake-offer",
                    "caption": "Une fausse offre : trop belle, sans entretien, avec des frais "
                    "à payer et sans adresse.",
                },
            ),
            (
                "text",
                "<h2>Les signes qui doivent vous alerter</h2>"
                "<ul><li>Un salaire très élevé pour peu de travail, souvent « depuis chez "
                "vous ».</li>"
                "<li>Pas d'entretien, embauche immédiate.</li>"
                "<li>On vous demande de payer : inscription, formation, matériel.</li>"
                "<li>On vous demande tout de suite vos papiers d'identité ou votre RIB.</li>"
                "<li>Le contact se fait seulement par SMS ou messagerie, sans nom "
                "d'entreprise ni adresse.</li>"
                "<li>On vous propose de recevoir de l'argent sur votre compte pour le renvoyer "
                "ailleurs.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Vérifier une offre avant de répondre",
                    "steps": [
                        {
                            "instruction": "<p>Cherchez le nom de l'entreprise sur Internet. "
                            "A-t-elle une adresse, un numéro de téléphone, un site ?</p>",
                            "screenshot": "jobs-fake-offer",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Tapez le nom de l'entreprise suivi du mot "
                            "« arnaque », et lisez les résultats.</p>",
                            "screenshot": None,
                            "tip": "Les personnes trompées l'écrivent souvent pour prévenir "
                            "les autres.",
                        },
                        {
                            "instruction": "<p>Ne payez jamais rien pour obtenir un emploi.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Donnez vos papiers et votre RIB seulement après "
                            "avoir rencontré l'employeur, au moment de l'embauche.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>En cas de doute, montrez l'offre à votre "
                            "conseiller France Travail ou à un animateur du centre.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Recevoir de l'argent sur votre compte pour le renvoyer à "
                    "quelqu'un d'autre n'est pas un travail. C'est une arnaque, et c'est "
                    "interdit par la loi : vous pourriez être poursuivi.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Vous avez été trompé ? N'ayez pas honte : cela arrive à "
                    "beaucoup de monde. Si vous avez payé, prévenez votre banque tout de suite. "
                    "Signalez l'offre au site qui l'a publiée. Le site "
                    "<b>cybermalveillance.gouv.fr</b> explique quoi faire.</p>",
                },
            ),
            ("exercise", practice.FAKE_JOB_SMS),
            ("exercise", practice.INTERVIEW_EMAIL),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Trop beau pour être vrai ? Méfiance.</li>"
                    "<li>On ne paie jamais pour obtenir un emploi.</li>"
                    "<li>Papiers et RIB : seulement au moment de l'embauche.</li></ul>",
                },
            ),
        ],
    },
]

TRACK = {
    "slug": "chercher-un-emploi",
    "title": "Chercher un emploi",
    "summary": "Préparer un CV clair, écrire une lettre de motivation, les enregistrer en PDF "
    "et les envoyer par e-mail : cet atelier vous guide pas à pas. Vous apprendrez aussi à "
    "chercher des offres sur Internet et à repérer les fausses annonces.",
    "level": "intermediate",
    "duration_minutes": sum(lesson["duration_minutes"] for lesson in LESSONS),
    "audience": "Demandeurs d'emploi et personnes qui reprennent une activité",
    "objectives": [
        "Écrire un CV clair d'une page",
        "Rédiger une lettre de motivation courte",
        "Enregistrer un document au format PDF",
        "Envoyer une candidature par e-mail avec pièces jointes",
        "Chercher des offres d'emploi sur Internet",
        "Repérer une fausse offre d'emploi",
    ],
    "prerequisites": [
        "Savoir taper un texte dans un traitement de texte",
        "Avoir une adresse e-mail et savoir joindre un fichier",
    ],
    "tags": ["emploi", "démarches", "bureautique"],
    "cover": "cover-jobs",
    "lessons": LESSONS,
}
