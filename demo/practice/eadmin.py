"""Exercises of « Les démarches en ligne »: procedures on a fictional « Portail Démo » filled in
with the person's fictional data, and fake messages that imitate the public services.

The portals are fictional; the real services (ameli.fr, caf.fr, impots.gouv.fr…) are named only
where the lessons name them, and never as the address of a scam."""

from . import box, exercise, false, field, on_picture, right, step, true, wrong

# Se connecter avec FranceConnect ---------------------------------------------------------------

FRANCECONNECT_CLICK = exercise(
    "Entrer avec un compte que vous avez déjà",
    "click_image",
    on_picture(
        "eadmin-login-page",
        "Vous avez déjà un compte aux impôts, mais pas sur ce site. Cliquez sur le bouton qui "
        "vous permet d'entrer avec votre compte des impôts.",
        [box(596, 294, 904, 376, "S'identifier avec FranceConnect")],
        "C'est le bouton « S'identifier avec FranceConnect », à droite de la page : il ouvre "
        "la porte avec un compte que vous avez déjà.",
    ),
    instructions="Cliquez sur le bouton lui-même, sur la page de connexion.",
    hint="Sans identifiant sur ce site, le bouton « Se connecter » ne vous servira pas.",
    success="Bravo ! FranceConnect vous propose ensuite de choisir votre compte des impôts.",
)

FRANCECONNECT_TRUE_FALSE = exercise(
    "Identifiants et FranceConnect : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            false(
                "Pour utiliser FranceConnect, il faut d'abord créer un nouveau compte.",
                "Non : vous utilisez un compte que vous avez déjà, par exemple celui des impôts.",
            ),
            false(
                "Un agent de l'administration peut vous demander votre mot de passe.",
                "Non : un agent n'en a jamais besoin. Votre mot de passe ne se donne pas.",
            ),
            true(
                "On peut noter ses identifiants dans un carnet rangé à la maison.",
                "Oui : jamais dans le portefeuille, ni sur un papier collé à l'ordinateur.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)

# Assurance Maladie -----------------------------------------------------------------------------

HEALTH_ACCOUNT_PROCEDURE = exercise(
    "Créer son compte santé sur le Portail Démo",
    "procedure",
    {
        "site_name": "Portail Démo Santé",
        "steps": [
            step(
                "Votre identité",
                "Vous êtes Mme Josiane Lefèvre, née le 14/02/1951.",
                [
                    field(
                        "Civilité",
                        "select",
                        "exact",
                        "Madame",
                        ("Madame", "Monsieur"),
                        "Choisissez « Madame » : vous êtes Mme Lefèvre.",
                    ),
                    field("Nom", rule="exact", expected="Lefèvre"),
                    field("Prénom", rule="exact", expected="Josiane"),
                    field("Date de naissance", "date", "exact", "14/02/1951"),
                ],
                hint="Recopiez les informations de l'encadré, au-dessus des champs.",
            ),
            step(
                "Votre carte Vitale",
                "Votre numéro de sécurité sociale est écrit sur votre carte Vitale. Pour "
                "l'exercice, recopiez ce numéro inventé : 2 51 02 99 999 999.\n"
                "Vous habitez à Châteauroux : code postal 36000.",
                [
                    field(
                        "Numéro de sécurité sociale",
                        error="Recopiez le numéro de l'encadré, chiffre par chiffre.",
                    ),
                    field("Code postal", "postcode", "exact", "36000"),
                ],
                hint="Le code postal, ce sont les 5 chiffres de la ville : 36000.",
            ),
            step(
                "Votre adresse e-mail",
                "Votre adresse e-mail : josiane.lefevre@courriel.example\n"
                "Le site la demande deux fois, pour éviter les fautes de frappe.",
                [
                    field(
                        "Adresse e-mail",
                        "email",
                        "exact",
                        "josiane.lefevre@courriel.example",
                        error="Recopiez l'adresse de l'encadré, sans espace et sans accent.",
                    ),
                    field(
                        "Confirmez votre adresse e-mail",
                        "email",
                        "exact",
                        "josiane.lefevre@courriel.example",
                        error="Tapez la même adresse une deuxième fois.",
                    ),
                ],
                hint="Le @ : touche Alt Gr + à. Pas d'accent dans une adresse e-mail : "
                "« lefevre ».",
            ),
            step(
                "Votre mot de passe",
                "Sur le vrai site, vous inventez votre mot de passe et vous le notez dans "
                "votre carnet, rangé à la maison. Pour l'exercice, tapez celui-ci : "
                "Tulipe-Verger-48",
                [
                    field(
                        "Mot de passe",
                        rule="exact",
                        expected="Tulipe-Verger-48",
                        error="Recopiez le mot de passe de l'encadré, avec ses tirets.",
                    ),
                ],
                hint="Le tiret : touche 6. Les chiffres : le pavé à droite du clavier.",
            ),
            step(
                "Confirmation",
                "Relisez vos informations. Cochez la case, puis validez : votre compte est créé.",
                [
                    field(
                        "J'accepte les conditions d'utilisation du service",
                        "checkbox",
                        "checked",
                    ),
                ],
                hint="Cochez la case avant de valider.",
            ),
        ],
    },
    instructions="Remplissez le faux site étape par étape, avec les informations données "
    "dans chaque encadré. Rien n'est envoyé : c'est un entraînement.",
    hint="Chaque étape donne, dans son encadré, tout ce qu'il faut recopier.",
    success="Bravo ! Votre compte d'exercice est créé. Sur le vrai site, notez bien vos "
    "identifiants dans votre carnet.",
)

VITALE_SMS = exercise(
    "Votre carte Vitale expire ?",
    "scam_check",
    {
        "kind": "sms",
        "sender": "06 39 98 21 47",
        "body": (
            "Assurance Maladie : votre carte Vitale expire le 30/04. Pour la renouveler, "
            "réglez 1,50 € de frais ici : https://carte-vitale-renouvellement.example\n"
            "Sans action de votre part, vos remboursements seront suspendus."
        ),
        "verdict": "scam",
        "clues": [
            "La carte Vitale n'a pas de date de fin, et la changer est gratuit.",
            "Le lien ne mène pas à ameli.fr, le site officiel de l'Assurance Maladie.",
            "Le message menace : « vos remboursements seront suspendus ».",
            "Il vient d'un numéro de portable inconnu.",
        ],
        "advice": (
            "Ne cliquez pas et ne répondez pas. Transférez le SMS au 33700, puis effacez-le. "
            "En cas de doute, ouvrez vous-même votre compte sur ameli.fr, ou appelez le 3646."
        ),
    },
    instructions="Ce SMS arrive sur votre téléphone. Lisez-le en entier, lien compris.",
    hint="Relisez l'encadré « Attention » de la leçon, sur la carte Vitale.",
    required=False,
)

# Caisse d'allocations --------------------------------------------------------------------------

RESOURCES_PROCEDURE = exercise(
    "Déclarer ses ressources du trimestre",
    "procedure",
    {
        "site_name": "Portail Démo des Allocations",
        "steps": [
            step(
                "Connexion",
                "Vous êtes M. Daniel Bernard.\n"
                "Votre numéro d'allocataire : 7654321\n"
                "Votre mot de passe d'exercice : Colombe36",
                [
                    field(
                        "Numéro d'allocataire",
                        rule="exact",
                        expected="7654321",
                        error="Recopiez les 7 chiffres du numéro d'allocataire, sans espace.",
                    ),
                    field(
                        "Mot de passe",
                        rule="exact",
                        expected="Colombe36",
                        error="Recopiez le mot de passe de l'encadré.",
                    ),
                ],
                hint="Recopiez les informations de l'encadré, au-dessus des champs.",
            ),
            step(
                "Vos ressources de janvier à mars",
                "En janvier, vous avez gagné 412 € de salaire. En février, vous n'avez rien "
                "gagné. En mars, vous avez gagné 385 €. Vous n'avez reçu ni pension, ni "
                "indemnité.\n"
                "Tapez seulement le nombre, sans le signe €. Tapez 0 quand vous n'avez rien reçu.",
                [
                    field("Salaires de janvier (en euros)", rule="exact", expected="412"),
                    field(
                        "Salaires de février (en euros)",
                        rule="exact",
                        expected="0",
                        error="Vous n'avez rien gagné en février : tapez 0, le chiffre zéro.",
                    ),
                    field("Salaires de mars (en euros)", rule="exact", expected="385"),
                    field(
                        "Avez-vous reçu une pension, une retraite ou des indemnités ?",
                        "select",
                        "exact",
                        "Non",
                        ("Oui", "Non"),
                        "Relisez l'encadré : vous n'avez reçu ni pension, ni indemnité.",
                    ),
                ],
                hint="Un mois sans rien reçu se déclare aussi : on tape 0. Pas de signe €.",
            ),
            step(
                "Validation",
                "Relisez vos sommes. Cochez la case, puis validez. Sur le vrai site, "
                "téléchargez ensuite le justificatif.",
                [
                    field(
                        "Je certifie l'exactitude de ma déclaration",
                        "checkbox",
                        "checked",
                    ),
                ],
                hint="Cochez la case avant de valider.",
            ),
        ],
    },
    instructions="Faites la déclaration du trimestre sur le faux site, avec les informations "
    "de chaque encadré. Rien n'est envoyé : c'est un entraînement.",
    hint="Chaque étape donne, dans son encadré, tout ce qu'il faut recopier.",
    success="Bravo ! Votre déclaration d'exercice est enregistrée. Sur le vrai site, gardez "
    "le justificatif.",
)

ADDRESS_CHANGE_PROCEDURE = exercise(
    "Déclarer un changement d'adresse",
    "procedure",
    {
        "site_name": "Portail Démo des Allocations",
        "steps": [
            step(
                "Votre nouvelle adresse",
                "Vous avez déménagé le 02/06/2025.\n"
                "Votre nouvelle adresse : 5 allée des Tilleuls, 36000 Châteauroux.",
                [
                    field("Date du déménagement", "date", "exact", "02/06/2025"),
                    field(
                        "Numéro et rue",
                        error="Écrivez le numéro et le nom de la rue : 5 allée des Tilleuls.",
                    ),
                    field("Code postal", "postcode", "exact", "36000"),
                    field("Ville", rule="exact", expected="Châteauroux"),
                ],
                hint="La date s'écrit jour/mois/année : 02/06/2025.",
            ),
            step(
                "Votre logement",
                "Vous louez votre nouvel appartement : vous êtes locataire.",
                [
                    field(
                        "Vous êtes",
                        "select",
                        "exact",
                        "Locataire",
                        ("Locataire", "Propriétaire", "Hébergé gratuitement"),
                        "Vous louez votre appartement : choisissez « Locataire ».",
                    ),
                ],
            ),
            step(
                "Votre justificatif",
                "Joignez un justificatif de domicile, par exemple une facture d'électricité. "
                "Pour l'exercice, choisissez n'importe quelle photo ou fichier PDF de "
                "l'ordinateur, de moins de 2 Mo : il n'est ni envoyé, ni gardé.",
                [field("Justificatif de domicile", "file", "file")],
                hint="Cliquez sur le bouton du champ, puis choisissez un fichier dans la "
                "fenêtre qui s'ouvre.",
            ),
            step(
                "Confirmation",
                "Relisez vos informations. Cochez la case, puis validez.",
                [
                    field(
                        "Je certifie sur l'honneur l'exactitude de ces informations",
                        "checkbox",
                        "checked",
                    ),
                ],
                hint="Cochez la case avant de valider.",
            ),
        ],
    },
    instructions="Déclarez votre déménagement sur le faux site, avec les informations de "
    "chaque encadré. Rien n'est envoyé : c'est un entraînement.",
    hint="Chaque étape donne, dans son encadré, tout ce qu'il faut recopier ou joindre.",
    success="Bravo ! Vous savez déclarer un déménagement et joindre un justificatif.",
    required=False,
)

# Impôts ----------------------------------------------------------------------------------------

TAX_NUMBER_BLANKS = exercise(
    "Le numéro fiscal : les mots qui manquent",
    "fill_blanks",
    {
        "text": (
            "Le numéro fiscal est écrit sur l'[avis d'impôt|avis d'impôts|avis d'imposition], "
            "en haut de la première page.\n"
            "Il se trouve dans le cadre « Vos [références] ».\n"
            "Il a [13|treize] chiffres.\n"
            "Pour entrer dans votre espace particulier, il faut ce numéro et votre "
            "[mot de passe]."
        ),
        "ignore_case": True,
        "ignore_accents": True,
        "explanation": "Recopiez votre numéro fiscal dans votre carnet d'identifiants : "
        "vous l'aurez sous la main.",
    },
    instructions="Écrivez le mot ou le nombre qui manque dans chaque case.",
    hint="Regardez l'image de l'avis d'impôt, plus haut dans la leçon.",
)

TAX_REFUND_EMAIL = exercise(
    "Un remboursement d'impôt ?",
    "scam_check",
    {
        "kind": "email",
        "sender": "Impôts – Service Remboursement <remboursement@impots-gouv-fr.example>",
        "subject": "Vous avez droit à un remboursement de 238,40 €",
        "body": (
            "Madame, Monsieur,\n\n"
            "Après le dernier calcul de votre impôt, vous avez droit à un remboursement de "
            "238,40 €.\n"
            "Pour le recevoir, confirmez votre carte bancaire avant le 15 du mois :\n"
            "https://impots-gouv-fr.example/remboursement\n\n"
            "[Recevoir mon remboursement]\n\n"
            "La direction des finances"
        ),
        "verdict": "scam",
        "clues": [
            "L'adresse ne finit pas par « impots.gouv.fr » : « gouv » est au milieu du nom.",
            "Les impôts ne demandent jamais votre carte bancaire par e-mail.",
            "Un vrai remboursement arrive tout seul, par virement sur votre compte.",
            "On vous presse : « avant le 15 du mois ».",
        ],
        "advice": (
            "Ne cliquez pas. Mettez le message dans les indésirables, puis supprimez-le. "
            "Pour vérifier, tapez vous-même impots.gouv.fr et ouvrez votre espace particulier."
        ),
    },
    instructions="Ce message est arrivé dans votre boîte de réception. Lisez l'expéditeur, "
    "l'objet, puis le message en entier.",
    hint="Relisez l'encadré « Attention » de la leçon, sur les remboursements d'impôt.",
    required=False,
)

# France Travail --------------------------------------------------------------------------------

MONTHLY_UPDATE_PROCEDURE = exercise(
    "S'actualiser sur le Portail Démo",
    "procedure",
    {
        "site_name": "Portail Démo Emploi",
        "steps": [
            step(
                "Connexion",
                "Vous êtes M. Karim Haddad, inscrit comme demandeur d'emploi.\n"
                "Votre identifiant : 0456789K\n"
                "Votre code postal : 36000",
                [
                    field(
                        "Identifiant",
                        rule="exact",
                        expected="0456789K",
                        error="Recopiez l'identifiant de l'encadré : 7 chiffres et une lettre.",
                    ),
                    field("Code postal", "postcode", "exact", "36000"),
                ],
                hint="Recopiez les informations de l'encadré, au-dessus des champs.",
            ),
            step(
                "Votre activité en avril",
                "En avril, vous avez travaillé 12 heures en intérim, pour un salaire de "
                "150 € brut. Tapez seulement les nombres.",
                [
                    field(
                        "Avez-vous travaillé en avril ?",
                        "select",
                        "exact",
                        "Oui",
                        ("Oui", "Non"),
                        "Vous avez travaillé 12 heures : même peu, cela se déclare. "
                        "Répondez « Oui ».",
                    ),
                    field("Nombre d'heures travaillées", rule="exact", expected="12"),
                    field("Salaire brut (en euros)", rule="exact", expected="150"),
                ],
                hint="Un jour travaillé se déclare toujours, même quelques heures.",
            ),
            step(
                "Votre situation",
                "Vous cherchez toujours un emploi. En avril, vous n'avez suivi aucune "
                "formation, et vous n'avez pas été en arrêt maladie.",
                [
                    field(
                        "Êtes-vous toujours à la recherche d'un emploi ?",
                        "select",
                        "exact",
                        "Oui",
                        ("Oui", "Non"),
                    ),
                    field(
                        "Avez-vous suivi une formation ?",
                        "select",
                        "exact",
                        "Non",
                        ("Oui", "Non"),
                    ),
                    field(
                        "Avez-vous été en arrêt maladie ?",
                        "select",
                        "exact",
                        "Non",
                        ("Oui", "Non"),
                    ),
                ],
                hint="Relisez l'encadré : une réponse pour chaque question.",
            ),
            step(
                "Validation",
                "Vérifiez vos réponses. Cochez la case, puis validez. Sur le vrai site, "
                "gardez la confirmation.",
                [
                    field(
                        "Je certifie l'exactitude de mes réponses",
                        "checkbox",
                        "checked",
                    ),
                ],
                hint="Cochez la case avant de valider.",
            ),
        ],
    },
    instructions="Faites l'actualisation du mois sur le faux site, avec les informations de "
    "chaque encadré. Rien n'est envoyé : c'est un entraînement.",
    hint="Chaque étape donne, dans son encadré, tout ce qu'il faut répondre.",
    success="Bravo ! Votre actualisation d'exercice est faite. Sur le vrai site, c'est chaque "
    "mois, même sans changement.",
)

# Vrais sites, faux messages --------------------------------------------------------------------

OFFICIAL_ADDRESSES_SORT = exercise(
    "Vrai site officiel ou adresse douteuse ?",
    "sort",
    {
        "question": "Ces adresses sont-elles celles d'un site officiel, ou sont-elles douteuses ?",
        "categories": [
            {
                "name": "Site officiel",
                "items": ["impots.gouv.fr", "ameli.fr", "caf.fr", "francetravail.fr"],
            },
            {
                "name": "Adresse douteuse",
                "items": [
                    "impots-gouv.remboursement-rapide.example",
                    "ameli-carte-vitale.example",
                    "caf.fr.mes-aides.example",
                ],
            },
        ],
        "explanation": "Ce qui compte, c'est la fin du nom, juste avant le premier « / ». "
        "« gouv » ou « caf.fr » au milieu ne prouvent rien.",
    },
    instructions="Imaginez que vous lisez ces adresses dans la barre du navigateur.",
    hint="Lisez la fin de chaque adresse : par quoi se termine-t-elle ?",
)

BENEFITS_SMS = exercise(
    "Vos aides bientôt suspendues ?",
    "scam_check",
    {
        "kind": "sms",
        "sender": "06 39 98 55 02",
        "body": (
            "CAF : votre dossier est incomplet, vos aides seront suspendues sous 48 h. "
            "Mettez à jour vos informations bancaires ici : https://caf-mon-dossier.example/maj"
        ),
        "verdict": "scam",
        "clues": [
            "Le lien ne mène pas à caf.fr : le nom finit par « caf-mon-dossier.example ».",
            "Le message fait peur et presse : « suspendues sous 48 h ».",
            "On vous demande vos informations bancaires par un lien.",
            "Un vrai courrier de la Caf arrive dans votre espace Mon Compte.",
        ],
        "advice": (
            "Ne cliquez pas. Transférez le SMS au 33700, puis effacez-le. Connectez-vous "
            "vous-même à caf.fr : si un papier manque vraiment, c'est écrit dans Mon Compte."
        ),
    },
    instructions="Ce SMS arrive sur votre téléphone. Lisez-le en entier, lien compris.",
    hint="Lisez la fin du nom du lien, juste avant le premier « / ».",
)

FAKE_HEALTH_PAGE = exercise(
    "Une page pour débloquer vos remboursements",
    "scam_check",
    {
        "kind": "webpage",
        "url": "https://ameli.compte-assure.example/connexion",
        "body": (
            "Mon compte santé\n\n"
            "Vos remboursements sont bloqués. Pour les débloquer, confirmez votre identité :\n"
            "Numéro de sécurité sociale : ____________\n"
            "Mot de passe : ____________\n"
            "Numéro de carte bancaire : ____________\n"
            "Code de la carte : ____\n\n"
            "[Valider]"
        ),
        "verdict": "scam",
        "clues": [
            "Le nom du site finit par « compte-assure.example », pas par « ameli.fr » : "
            "« ameli » au début ne prouve rien.",
            "La page demande le code de votre carte bancaire : aucun service public ne le demande.",
            "Elle fait peur : « vos remboursements sont bloqués ».",
        ],
        "advice": (
            "Ne remplissez rien et fermez la page. Tapez vous-même ameli.fr dans la barre "
            "d'adresse pour ouvrir votre vrai compte."
        ),
    },
    instructions="Vous avez cliqué sur un lien reçu par SMS. Lisez d'abord l'adresse, puis la "
    "page.",
    required=False,
)

# Se faire aider --------------------------------------------------------------------------------

HELP_VISIT_CHOICE = exercise(
    "Préparer son rendez-vous d'aide",
    "multiple_choice",
    {
        "question": "Vous avez rendez-vous à France Services pour une démarche. Qu'apportez-vous ?",
        "choices": [
            right("Votre pièce d'identité"),
            right("Votre carnet d'identifiants"),
            right("Votre téléphone portable, pour recevoir un code par SMS"),
            right("Les derniers courriers reçus pour cette démarche"),
            wrong(
                "Le code secret de votre carte bancaire, écrit sur un papier",
                "Jamais : personne n'a besoin de ce code pour vous aider.",
            ),
        ],
    },
    instructions="Cochez toutes les bonnes réponses : il y en a plusieurs.",
    hint="Relisez les étapes « Préparer un rendez-vous d'aide ».",
    success="Bravo ! Avec tout cela, votre rendez-vous sera bien plus efficace.",
)

HELPER_TRUE_FALSE = exercise(
    "Se faire aider : vrai ou faux ?",
    "true_false",
    {
        "statements": [
            true(
                "L'aide des espaces France Services est gratuite.",
                "Oui : des agents formés vous aident gratuitement.",
            ),
            false(
                "L'aidant peut garder mon mot de passe pour la prochaine fois.",
                "Non : vos mots de passe restent à vous. Pour une démarche faite à votre "
                "place, demandez Aidants Connect.",
            ),
            true(
                "Pendant le rendez-vous, c'est moi qui fais les gestes, avec l'aidant à côté.",
                "Oui : c'est comme cela qu'on apprend, et qu'on garde la main.",
            ),
        ]
    },
    instructions="Pour chaque phrase, choisissez « vrai » ou « faux ».",
    required=False,
)
