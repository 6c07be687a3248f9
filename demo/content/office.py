"""Track « E-mail et bureautique »: an e-mail address, messages, attachments, a printed letter."""

from ..practice import office as practice

TRACK = {
    "slug": "email-bureautique",
    "title": "E-mail et bureautique",
    "summary": (
        "Créer votre adresse e-mail, lire et écrire des messages, envoyer une photo en pièce "
        "jointe et déjouer les faux messages. Puis écrire une vraie lettre avec un traitement "
        "de texte, l'enregistrer et l'imprimer."
    ),
    "level": "beginner",
    "duration_minutes": 225,
    "audience": (
        "Personnes qui savent utiliser la souris, le clavier et le navigateur, et veulent "
        "écrire des messages et des lettres."
    ),
    "objectives": [
        "Créer une adresse e-mail et un mot de passe solide",
        "Lire, écrire et répondre à un message",
        "Envoyer et ouvrir une pièce jointe",
        "Reconnaître le spam et les faux messages",
        "Écrire, enregistrer et imprimer une lettre",
    ],
    "prerequisites": [
        "Savoir se servir de la souris et du clavier",
        "Savoir ouvrir un site dans le navigateur",
    ],
    "tags": ["e-mail", "bureautique", "débutant", "sécurité"],
    "cover": "cover-office",
    "lessons": [
        {
            "slug": "creer-son-adresse-email",
            "title": "Créer son adresse e-mail",
            "summary": (
                "Comprendre comment se lit une adresse e-mail, taper l'arobase, puis créer "
                "votre adresse avec un mot de passe solide."
            ),
            "objectives": [
                "Lire une adresse e-mail et taper l'arobase @",
                "Remplir le formulaire de création d'une adresse",
                "Choisir un mot de passe solide et le noter en lieu sûr",
            ],
            "duration_minutes": 45,
            "tags": ["e-mail", "débutant"],
            "body": [
                (
                    "text",
                    "<h2>Une adresse pour recevoir du courrier</h2>"
                    "<p>Le courrier électronique, ou <b>e-mail</b>, arrive en quelques "
                    "secondes, sans timbre. Pour en recevoir, il faut une <b>adresse "
                    "e-mail</b>, comme il faut une boîte aux lettres pour le courrier "
                    "papier.</p>"
                    "<p>Elle sert aussi pour beaucoup de démarches : la caisse de retraite, "
                    "les impôts, un rendez-vous médical. C'est vraiment utile.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "mail-address-anatomy",
                        "caption": "Une adresse e-mail a trois parties : votre nom, "
                        "l'arobase @, puis le fournisseur.",
                    },
                ),
                ("glossary_term", "Adresse e-mail"),
                ("glossary_term", "Arobase"),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pour taper l'arobase @ : maintenez la touche <b>Alt "
                        "Gr</b>, à droite de la barre d'espace, puis appuyez sur la touche "
                        "<b>à</b> (celle du 0).</p>",
                    },
                ),
                (
                    "image",
                    {
                        "illustration": "mail-at-key",
                        "caption": "Alt Gr et la touche 0/à, ensemble, donnent l'arobase.",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Créer votre adresse",
                        "steps": [
                            {
                                "instruction": "<p>Ouvrez le site du fournisseur choisi avec "
                                "l'animateur, puis cliquez sur <b>Créer un compte</b>.</p>",
                                "screenshot": None,
                                "tip": "Plusieurs fournisseurs sont gratuits. L'animateur "
                                "vous aide à choisir.",
                            },
                            {
                                "instruction": "<p>Tapez votre prénom et votre nom dans les "
                                "cases.</p>",
                                "screenshot": "mail-signup-form",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Choisissez l'adresse souhaitée, sans "
                                "espace ni accent : par exemple <b>jean.dupont</b>.</p>",
                                "screenshot": None,
                                "tip": "Déjà prise ? Ajoutez un chiffre ou votre ville : "
                                "jean.dupont36.",
                            },
                            {
                                "instruction": "<p>Inventez un <b>mot de passe</b> solide "
                                "et tapez-le.</p>",
                                "screenshot": "mail-password",
                                "tip": "Trois mots sans rapport et un nombre : facile à "
                                "retenir, difficile à deviner.",
                            },
                            {
                                "instruction": "<p>Notez l'adresse et le mot de passe sur un "
                                "carnet, rangé à la maison.</p>",
                                "screenshot": None,
                                "tip": "Pas sur un papier collé à l'écran !",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Créer mon adresse</b>.</p>",
                                "screenshot": None,
                                "tip": "Le site peut demander un numéro de téléphone : il "
                                "sert à récupérer le compte en cas d'oubli.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Votre mot de passe est comme la clé de votre maison. Ne "
                        "le donnez à personne, même à quelqu'un qui dit travailler pour "
                        "votre messagerie ou votre banque.</p>",
                    },
                ),
                ("exercise", practice.EMAIL_TYPING),
                ("exercise", practice.EMAIL_ADDRESS_CHOICE),
                (
                    "document",
                    {
                        "sheet": "memo-email",
                        "title": "Mémo à imprimer : l'e-mail",
                        "description": "Votre adresse, l'arobase, et les gestes de base de "
                        "la messagerie.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Une adresse e-mail s'écrit sans espace ni "
                        "accent, avec un @.</li><li>@ : Alt Gr et la touche à.</li><li>Un "
                        "mot de passe solide, noté sur un carnet rangé à la maison.</li>"
                        "</ul>",
                    },
                ),
            ],
        },
        {
            "slug": "lire-et-ecrire-un-email",
            "title": "Lire et écrire un e-mail",
            "summary": (
                "Ouvrir la boîte de réception, lire un message, y répondre, puis écrire et "
                "envoyer un nouveau message."
            ),
            "objectives": [
                "Ouvrir et lire un message reçu",
                "Répondre à un message",
                "Écrire et envoyer un nouveau message",
            ],
            "duration_minutes": 40,
            "tags": ["e-mail"],
            "body": [
                (
                    "text",
                    "<h2>Votre boîte aux lettres à l'écran</h2>"
                    "<p>La <b>messagerie</b> range vos messages dans des dossiers. Les "
                    "messages reçus arrivent dans la <b>boîte de réception</b>.</p>"
                    "<p>Un message pas encore lu s'affiche en gras. Une fois lu, il "
                    "redevient normal. Vous pouvez le relire quand vous voulez.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "mail-inbox",
                        "caption": "À gauche, les dossiers. À droite, les messages reçus : "
                        "ceux en gras ne sont pas encore lus.",
                    },
                ),
                ("glossary_term", "Messagerie"),
                ("glossary_term", "Boîte de réception"),
                (
                    "steps",
                    {
                        "title": "Lire un message et y répondre",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez sur <b>Boîte de réception</b>, "
                                "à gauche.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Cliquez une fois sur un message pour "
                                "l'ouvrir.</p>",
                                "screenshot": None,
                                "tip": "Vous voyez qui l'envoie, son objet, puis son texte.",
                            },
                            {
                                "instruction": "<p>Pour répondre, cliquez sur <b>Répondre</b>.</p>",
                                "screenshot": "mail-read-message",
                                "tip": "L'adresse et l'objet sont déjà remplis pour vous.",
                            },
                            {
                                "instruction": "<p>Écrivez votre réponse, puis cliquez sur "
                                "<b>Envoyer</b>.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Objet d'un message"),
                (
                    "steps",
                    {
                        "title": "Écrire un nouveau message",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez sur <b>Nouveau message</b>, en "
                                "haut à gauche.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Dans la case <b>À</b>, tapez l'adresse "
                                "de la personne, sans faute.</p>",
                                "screenshot": "mail-new-message",
                                "tip": "Une seule lettre fausse, et le message n'arrive pas.",
                            },
                            {
                                "instruction": "<p>Dans la case <b>Objet</b>, écrivez "
                                "quelques mots qui résument : « Merci pour les photos ».</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Cliquez dans la grande case et écrivez "
                                "votre message, comme une lettre.</p>",
                                "screenshot": None,
                                "tip": "Commencez par « Bonjour » et finissez par votre prénom.",
                            },
                            {
                                "instruction": "<p>Relisez-vous, puis cliquez sur "
                                "<b>Envoyer</b>.</p>",
                                "screenshot": None,
                                "tip": "Le message envoyé est gardé dans le dossier « Envoyés ».",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pas besoin de finir d'un coup : un message commencé est "
                        "gardé dans les <b>Brouillons</b>. Vous le reprendrez plus "
                        "tard.</p>",
                    },
                ),
                ("exercise", practice.NEW_MESSAGE_CLICK),
                ("exercise", practice.NEW_MESSAGE_BLANKS),
                (
                    "document",
                    {
                        "sheet": "memo-email",
                        "title": "Mémo à imprimer : l'e-mail",
                        "description": "Lire, répondre, écrire et joindre un fichier, sur "
                        "une page.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Les messages reçus sont dans la boîte de "
                        "réception.</li><li>Répondre : l'adresse est déjà remplie.</li>"
                        "<li>Nouveau message : À, Objet, texte, puis Envoyer.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "pieces-jointes",
            "title": "Envoyer et recevoir une pièce jointe",
            "summary": (
                "Joindre une photo ou un document à un message, puis ouvrir et enregistrer "
                "une pièce jointe reçue."
            ),
            "objectives": [
                "Joindre une photo à un message",
                "Ouvrir une pièce jointe reçue",
                "Enregistrer une pièce jointe sur l'ordinateur",
            ],
            "duration_minutes": 35,
            "tags": ["e-mail", "photos"],
            "body": [
                (
                    "text",
                    "<h2>Glisser une photo dans l'enveloppe</h2>"
                    "<p>Avec un e-mail, vous pouvez envoyer une photo de vos petits-enfants, "
                    "une attestation ou un justificatif. Le fichier ajouté s'appelle une "
                    "<b>pièce jointe</b>.</p>"
                    "<p>On la reconnaît à son petit <b>trombone</b>.</p>",
                ),
                ("glossary_term", "Pièce jointe"),
                (
                    "steps",
                    {
                        "title": "Joindre une photo à un message",
                        "steps": [
                            {
                                "instruction": "<p>Écrivez votre message comme d'habitude : "
                                "adresse, objet, texte.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Cliquez sur le bouton <b>Joindre</b>, "
                                "avec le trombone.</p>",
                                "screenshot": "mail-attach-button",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Dans la fenêtre qui s'ouvre, cliquez à "
                                "gauche sur le dossier <b>Images</b>.</p>",
                                "screenshot": None,
                                "tip": "Une photo reçue ou téléchargée est souvent dans "
                                "« Téléchargements ».",
                            },
                            {
                                "instruction": "<p>Cliquez une fois sur la photo, puis sur "
                                "<b>Ouvrir</b>.</p>",
                                "screenshot": "mail-choose-file",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Le nom de la photo apparaît sous le "
                                "message. Cliquez sur <b>Envoyer</b>.</p>",
                                "screenshot": None,
                                "tip": "L'envoi prend quelques secondes de plus : patientez.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Ne joignez pas trop de photos d'un coup : quatre ou cinq "
                        "par message. Au-delà, le message risque d'être trop lourd pour "
                        "partir.</p>",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Ouvrir une pièce jointe reçue",
                        "steps": [
                            {
                                "instruction": "<p>Ouvrez le message qui a un trombone.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>En bas du message, cliquez sur la pièce "
                                "jointe pour la voir.</p>",
                                "screenshot": "mail-attachment-received",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Pour la garder, cliquez sur "
                                "<b>Télécharger</b>.</p>",
                                "screenshot": None,
                                "tip": "Le fichier va dans le dossier « Téléchargements » "
                                "de l'ordinateur.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>N'ouvrez jamais une pièce jointe que vous n'attendiez "
                        "pas, même d'un ami : son adresse a pu être piratée. Dans le doute, "
                        "appelez-le pour vérifier.</p>",
                    },
                ),
                ("exercise", practice.ATTACH_ORDER),
                ("exercise", practice.ATTACHMENT_TRUE_FALSE),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Le trombone signale une pièce jointe.</li><li>Pour "
                        "joindre : Joindre, choisir le fichier, Ouvrir.</li><li>Pièce "
                        "jointe inattendue : on vérifie avant d'ouvrir.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "spam-et-hameconnage",
            "title": "Se protéger du spam et du hameçonnage",
            "summary": (
                "Reconnaître les messages indésirables et les faux messages qui cherchent à "
                "voler vos codes ou votre carte bancaire."
            ),
            "objectives": [
                "Trouver et vider le dossier des indésirables",
                "Reconnaître les signes d'un faux message",
                "Vérifier où mène un lien sans cliquer",
            ],
            "duration_minutes": 40,
            "tags": ["sécurité", "e-mail", "arnaque"],
            "body": [
                (
                    "text",
                    "<h2>Tout le courrier n'est pas bon à lire</h2>"
                    "<p>Vous recevrez des publicités non demandées : c'est le <b>spam</b>. "
                    "La messagerie les range souvent toute seule dans le dossier "
                    "« Indésirables ».</p>"
                    "<p>Plus grave : certains messages imitent votre banque, un livreur ou "
                    "un service public. Ils veulent vos codes ou votre carte bancaire. "
                    "C'est le <b>hameçonnage</b>.</p>",
                ),
                ("glossary_term", "Spam"),
                (
                    "image",
                    {
                        "illustration": "mail-spam-folder",
                        "caption": "Le dossier « Indésirables » rassemble les messages "
                        "douteux. On peut les supprimer sans les ouvrir.",
                    },
                ),
                ("glossary_term", "Hameçonnage"),
                (
                    "steps",
                    {
                        "title": "Examiner un message douteux",
                        "steps": [
                            {
                                "instruction": "<p>Lisez l'adresse de l'expéditeur, en entier.</p>",
                                "screenshot": "mail-phishing",
                                "tip": "Un nom rassurant peut cacher une adresse bizarre, "
                                "comme « colis-livraison-secure.xyz ».",
                            },
                            {
                                "instruction": "<p>Méfiez-vous d'un message qui presse : "
                                "« avant 24 heures », « dernier avis ».</p>",
                                "screenshot": None,
                                "tip": "Un vrai service vous laisse le temps.",
                            },
                            {
                                "instruction": "<p>Posez la souris sur le lien, <b>sans "
                                "cliquer</b>. Lisez l'adresse qui s'affiche en bas.</p>",
                                "screenshot": "mail-link-check",
                                "tip": "Si elle n'a rien à voir avec le service annoncé, "
                                "c'est un piège.",
                            },
                            {
                                "instruction": "<p>Ne cliquez pas. Supprimez le message.</p>",
                                "screenshot": None,
                                "tip": "Pour vérifier, allez vous-même sur le site officiel "
                                "ou appelez le service.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Votre banque, la mairie ou la caisse de retraite ne vous "
                        "demanderont <b>jamais</b> votre mot de passe ou le code de votre "
                        "carte par e-mail.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Vous avez cliqué ou donné une information ? Pas de "
                        "honte, cela arrive à tout le monde. Changez votre mot de passe, "
                        "appelez votre banque si besoin, et consultez <a "
                        'href="https://www.cybermalveillance.gouv.fr">cybermalveillance'
                        ".gouv.fr</a>.</p>",
                    },
                ),
                ("exercise", practice.PARCEL_PHISHING_EMAIL),
                ("exercise", practice.LIBRARY_REMINDER_EMAIL),
                (
                    "document",
                    {
                        "sheet": "memo-faux-messages",
                        "title": "Mémo à imprimer : reconnaître un faux message",
                        "description": "Les signes qui doivent alerter, et quoi faire.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Adresse bizarre, urgence, demande de carte : c'est "
                        "un faux.</li><li>On lit l'adresse d'un lien sans cliquer.</li>"
                        "<li>Personne de sérieux ne demande votre mot de passe par "
                        "e-mail.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "ecrire-une-lettre",
            "title": "Écrire une lettre avec un traitement de texte",
            "summary": (
                "Ouvrir un traitement de texte, écrire une lettre bien présentée à la mairie, "
                "puis mettre un mot en gras et grossir le texte."
            ),
            "objectives": [
                "Ouvrir un traitement de texte et une page vierge",
                "Présenter une lettre : coordonnées, date, objet, signature",
                "Mettre un texte en gras et changer sa taille",
            ],
            "duration_minutes": 40,
            "tags": ["bureautique", "lettre"],
            "body": [
                (
                    "text",
                    "<h2>Une lettre propre, sans stylo</h2>"
                    "<p>Un <b>traitement de texte</b> est un programme pour écrire des "
                    "lettres et des documents. Vous pouvez corriger sans rature, puis "
                    "imprimer autant de fois que nécessaire.</p>"
                    "<p>Dans cette leçon, vous écrivez une lettre à la mairie pour demander "
                    "une nouvelle carte d'électeur.</p>",
                ),
                ("glossary_term", "Traitement de texte"),
                (
                    "image",
                    {
                        "illustration": "office-word-window",
                        "caption": "En haut, la barre d'outils. Au milieu, la page blanche "
                        "où s'écrit la lettre.",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Écrire la lettre",
                        "steps": [
                            {
                                "instruction": "<p>Ouvrez le traitement de texte, puis "
                                "choisissez <b>Document vierge</b>.</p>",
                                "screenshot": None,
                                "tip": "Une page blanche s'affiche, avec le curseur en "
                                "haut à gauche.",
                            },
                            {
                                "instruction": "<p>En haut à gauche, tapez vos nom, "
                                "adresse et téléphone. Appuyez sur <b>Entrée</b> après "
                                "chaque ligne.</p>",
                                "screenshot": "office-letter-layout",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Plus bas, à droite, écrivez l'adresse de "
                                "la mairie, puis la ville et la date.</p>",
                                "screenshot": None,
                                "tip": "Pour aller à droite, utilisez le bouton « aligner à "
                                "droite » de la barre d'outils.",
                            },
                            {
                                "instruction": "<p>Revenez à gauche. Écrivez l'<b>objet</b> "
                                "en une ligne : « Objet : carte d'électeur ».</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Écrivez « Monsieur le Maire, », puis "
                                "votre demande en quelques phrases.</p>",
                                "screenshot": None,
                                "tip": "Laissez une ligne vide entre deux paragraphes.",
                            },
                            {
                                "instruction": "<p>Terminez par une formule de politesse, "
                                "puis votre nom en bas à droite.</p>",
                                "screenshot": None,
                                "tip": "Par exemple : « Je vous prie d'agréer, Monsieur le "
                                "Maire, mes salutations distinguées. »",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Mise en forme"),
                (
                    "steps",
                    {
                        "title": "Mettre l'objet en gras",
                        "steps": [
                            {
                                "instruction": "<p>Placez le pointeur au début de la ligne "
                                "« Objet ». Appuyez sur le bouton gauche et gardez-le "
                                "enfoncé.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Glissez jusqu'à la fin de la ligne, puis "
                                "relâchez. Le texte est surligné en bleu : il est "
                                "<b>sélectionné</b>.</p>",
                                "screenshot": "office-bold-size",
                                "tip": "Raté ? Cliquez ailleurs dans la page et recommencez.",
                            },
                            {
                                "instruction": "<p>Cliquez sur le bouton <b>G</b> (gras). "
                                "Pour grossir le texte, choisissez 14 dans la case de "
                                "taille.</p>",
                                "screenshot": None,
                                "tip": "Une taille de 12 ou 14 se lit bien sur papier.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Un mot souligné en rouge contient peut-être une faute. "
                        "Faites un clic droit dessus : le programme propose une "
                        "correction.</p>",
                    },
                ),
                ("exercise", practice.BOLD_BUTTON_CLICK),
                ("exercise", practice.LETTER_PLAN_ORDER),
                (
                    "document",
                    {
                        "sheet": "memo-lettre",
                        "title": "Mémo à imprimer : le plan d'une lettre",
                        "description": "Où placer chaque partie de la lettre, et comment "
                        "l'enregistrer et l'imprimer.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Vous en haut à gauche, le destinataire à "
                        "droite.</li><li>Lieu et date, objet, texte, puis signature.</li>"
                        "<li>Pour modifier un texte, on le sélectionne d'abord.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "enregistrer-et-imprimer",
            "title": "Enregistrer et imprimer sa lettre",
            "summary": (
                "Enregistrer la lettre dans le dossier Documents avec un nom clair, la "
                "rouvrir plus tard, puis l'imprimer."
            ),
            "objectives": [
                "Enregistrer un document avec un nom clair",
                "Retrouver et rouvrir un document enregistré",
                "Imprimer un document",
            ],
            "duration_minutes": 25,
            "tags": ["bureautique", "impression"],
            "body": [
                (
                    "text",
                    "<h2>Garder sa lettre, puis l'imprimer</h2>"
                    "<p>Tant qu'une lettre n'est pas <b>enregistrée</b>, elle peut être "
                    "perdue : une coupure de courant suffit.</p>"
                    "<p>Enregistrer, c'est ranger la lettre dans un dossier de l'ordinateur, "
                    "avec un nom. Vous pourrez la rouvrir, la corriger et l'imprimer "
                    "quand vous voudrez.</p>",
                ),
                (
                    "steps",
                    {
                        "title": "Enregistrer la lettre",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez sur <b>Fichier</b>, en haut à "
                                "gauche, puis sur <b>Enregistrer sous</b>.</p>",
                                "screenshot": None,
                                "tip": "Raccourci : maintenez Ctrl et appuyez sur S.",
                            },
                            {
                                "instruction": "<p>À gauche, choisissez le dossier "
                                "<b>Documents</b>.</p>",
                                "screenshot": "office-save-dialog",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Dans la case <b>Nom du fichier</b>, "
                                "tapez un nom clair : « Lettre mairie ».</p>",
                                "screenshot": None,
                                "tip": "Un bon nom dit ce que c'est. Ajoutez la date si "
                                "vous écrivez souvent à la mairie.",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Enregistrer</b>.</p>",
                                "screenshot": None,
                                "tip": "Le nom de la lettre s'affiche maintenant en haut de "
                                "la fenêtre.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pour rouvrir la lettre plus tard : ouvrez « Mes "
                        "fichiers », puis Documents, et double-cliquez sur « Lettre "
                        "mairie ».</p>",
                    },
                ),
                ("glossary_term", "Imprimante"),
                (
                    "image",
                    {
                        "illustration": "office-printer",
                        "caption": "Avant d'imprimer : le voyant est allumé et le bac "
                        "contient du papier.",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Imprimer la lettre",
                        "steps": [
                            {
                                "instruction": "<p>Allumez l'imprimante et vérifiez qu'elle "
                                "a du papier.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Dans le traitement de texte, cliquez sur "
                                "<b>Fichier</b>, puis sur <b>Imprimer</b>.</p>",
                                "screenshot": None,
                                "tip": "Raccourci : maintenez Ctrl et appuyez sur P.",
                            },
                            {
                                "instruction": "<p>Vérifiez le nom de l'imprimante et le "
                                "nombre d'exemplaires : 1.</p>",
                                "screenshot": "office-print-dialog",
                                "tip": "L'aperçu, à droite, montre la page telle qu'elle sortira.",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Imprimer</b>, puis "
                                "attendez que la feuille sorte.</p>",
                                "screenshot": None,
                                "tip": "Ne relancez pas l'impression si rien ne sort tout "
                                "de suite : vous auriez deux copies.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Rien ne sort ? Vérifiez le papier, le câble ou le voyant "
                        "de l'imprimante. Un voyant orange qui clignote signale souvent un "
                        "bourrage ou une cartouche vide.</p>",
                    },
                ),
                ("exercise", practice.SAVE_AND_PRINT_BLANKS),
                ("exercise", practice.SAVE_AND_PRINT_SHORTCUTS),
                (
                    "document",
                    {
                        "sheet": "memo-lettre",
                        "title": "Mémo à imprimer : la lettre, de A à Z",
                        "description": "Le plan d'une lettre, puis enregistrer et imprimer.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Enregistrez tôt : Fichier, Enregistrer sous, ou "
                        "Ctrl et S.</li><li>Un nom clair, dans le dossier Documents.</li>"
                        "<li>Imprimer : Fichier, Imprimer, ou Ctrl et P.</li></ul>",
                    },
                ),
            ],
        },
    ],
}

GLOSSARY = [
    (
        "Adresse e-mail",
        "L'adresse qui permet de recevoir des messages sur Internet, comme "
        "jean.dupont@exemple.fr. Elle contient toujours le signe @.",
    ),
    (
        "Arobase",
        "Le signe @ qui se trouve au milieu d'une adresse e-mail. Il se lit « chez ».",
    ),
    (
        "Messagerie",
        "Le programme ou le site qui sert à lire et à envoyer des e-mails. On l'ouvre avec "
        "son adresse et son mot de passe.",
    ),
    (
        "Boîte de réception",
        "Le dossier de la messagerie où arrivent les messages reçus. Les messages non lus y "
        "sont en gras.",
    ),
    (
        "Objet d'un message",
        "Les quelques mots qui résument un e-mail, comme le titre d'une lettre. Il "
        "s'affiche dans la liste des messages.",
    ),
    (
        "Pièce jointe",
        "Un fichier, comme une photo ou un document, envoyé avec un e-mail. On la reconnaît "
        "à son trombone.",
    ),
    (
        "Spam",
        "Un message publicitaire que vous n'avez pas demandé. On l'appelle aussi courrier "
        "indésirable.",
    ),
    (
        "Hameçonnage",
        "Un faux message qui imite une banque ou un service pour voler vos codes. Ne cliquez "
        "pas et supprimez-le.",
    ),
    (
        "Traitement de texte",
        "Un programme pour écrire des lettres et des documents. On peut corriger, mettre en "
        "forme et imprimer.",
    ),
    (
        "Mise en forme",
        "L'apparence du texte : gras, taille, position sur la page. Elle rend une lettre "
        "plus claire à lire.",
    ),
    (
        "Imprimante",
        "L'appareil relié à l'ordinateur qui met votre document sur papier. Elle a besoin de "
        "papier et d'encre.",
    ),
]

SHEETS = {
    "memo-email": {
        "title": "Mémo : l'e-mail",
        "lines": [
            "Mon adresse e-mail : ............................................",
            "Le site de ma messagerie : ......................................",
            "(Le mot de passe se note sur un carnet rangé à la maison.)",
            "@ (arobase) : Alt Gr et la touche à.",
            "Une adresse s'écrit sans espace ni accent.",
            "Lire : Boîte de réception, puis un clic sur le message.",
            "Répondre : bouton Répondre, écrire, puis Envoyer.",
            "Écrire : Nouveau message, À, Objet, texte, puis Envoyer.",
            "Joindre une photo : Joindre (trombone), choisir, Ouvrir.",
            "Garder une pièce jointe : Télécharger.",
            "Message commencé : il attend dans Brouillons.",
            "Message envoyé : il est gardé dans Envoyés.",
        ],
    },
    "memo-faux-messages": {
        "title": "Mémo : reconnaître un faux message",
        "lines": [
            "L'adresse de l'expéditeur est bizarre ou trop longue.",
            "Le message presse : « avant 24 heures », « dernier avis ».",
            "On vous demande un code, un mot de passe ou votre carte bancaire.",
            "Un gain, un remboursement ou un colis que vous n'attendiez pas.",
            "Des fautes, ou un « Cher client » sans votre nom.",
            "Le lien mène vers une adresse sans rapport (souris dessus, sans cliquer).",
            "Que faire : ne pas cliquer, ne pas répondre, supprimer.",
            "Pour vérifier : appelez le service avec le numéro que vous connaissez.",
            "Vous avez donné votre carte ? Appelez votre banque tout de suite.",
            "De l'aide : www.cybermalveillance.gouv.fr",
        ],
    },
    "memo-lettre": {
        "title": "Mémo : écrire et imprimer une lettre",
        "lines": [
            "En haut à gauche : vos nom, adresse et téléphone.",
            "Plus bas à droite : le nom et l'adresse du destinataire.",
            "Dessous, à droite : la ville et la date.",
            "À gauche : « Objet : » et le sujet en quelques mots.",
            "« Madame, » ou « Monsieur, » puis votre demande.",
            "Une formule de politesse, puis votre nom en bas à droite.",
            "Sélectionner : appuyer, glisser sur le texte, relâcher.",
            "Gras : bouton G. Taille : 12 ou 14.",
            "Mot souligné en rouge : clic droit pour la correction.",
            "Enregistrer : Fichier, Enregistrer sous (ou Ctrl et S).",
            "Dossier Documents, nom clair, puis Enregistrer.",
            "Imprimer : Fichier, Imprimer (ou Ctrl et P).",
        ],
    },
}
