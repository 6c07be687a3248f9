"""Track "Les démarches en ligne (e-administration)": FranceConnect, health, family, taxes, jobs.

Plain data only; see the format in ``demo/content/__init__.py``. Real sites change their
screens often: the lessons stay general and the illustrations are fictional example screens.
"""

from ..practice import eadmin as practice

GLOSSARY = [
    (
        "Espace personnel",
        "La partie privée d'un site, rien que pour vous, où l'on entre avec ses codes. "
        "On y trouve ses papiers, ses paiements et ses messages.",
    ),
    (
        "Identifiant",
        "Le nom ou le numéro qui dit au site qui vous êtes. "
        "Selon le site, c'est un numéro, une adresse e-mail ou un nom choisi.",
    ),
    (
        "Mot de passe",
        "Le code secret qui prouve que c'est bien vous. "
        "Il ne se donne à personne, même pas à un agent de l'administration.",
    ),
    (
        "FranceConnect",
        "Un service gratuit de l'État pour entrer sur de nombreux sites publics. "
        "On utilise un compte que l'on a déjà, par exemple celui des impôts.",
    ),
    (
        "Numéro de sécurité sociale",
        "Le numéro écrit sur la carte Vitale : 13 chiffres, suivis d'une clé de 2 chiffres. "
        "Les 13 premiers chiffres servent d'identifiant sur le site de l'Assurance Maladie.",
    ),
    (
        "Attestation de droits",
        "Un papier de l'Assurance Maladie qui prouve que vous êtes bien couvert. "
        "On le demande souvent à l'hôpital ou pour un dossier.",
    ),
    (
        "Déclaration trimestrielle",
        "La déclaration des sommes reçues pendant trois mois, faite à la caisse d'allocations. "
        "Elle est demandée pour certaines aides, comme le RSA ou la prime d'activité.",
    ),
    (
        "Justificatif",
        "Un papier ou un fichier qui prouve quelque chose : une démarche faite, un revenu, "
        "une adresse. Il faut le garder, au cas où on vous le demande.",
    ),
    (
        "Numéro fiscal",
        "Votre numéro personnel aux impôts, de 13 chiffres. "
        "Il est écrit en haut de votre avis d'impôt et ne change jamais.",
    ),
    (
        "Actualisation",
        "La démarche mensuelle des demandeurs d'emploi pour dire s'ils ont travaillé et s'ils "
        "cherchent toujours. Sans elle, les droits peuvent s'arrêter.",
    ),
    (
        "Site officiel",
        "Le vrai site d'un service public, gratuit. Son adresse se termine souvent par .gouv.fr.",
    ),
    (
        "France Services",
        "Des lieux d'accueil publics, partout en France, où des agents aident gratuitement "
        "pour les démarches. Ils sont souvent à la mairie ou tout près.",
    ),
]

SHEETS = {
    "memo-franceconnect": {
        "title": "Se connecter avec FranceConnect",
        "lines": [
            "FranceConnect : une seule clé pour plusieurs sites publics.",
            "1. Allez sur le site public, cliquez sur « Se connecter ».",
            "2. Cliquez sur « S'identifier avec FranceConnect ».",
            "3. Choisissez un compte que vous avez déjà.",
            "   (impôts, santé, identité numérique…)",
            "4. Tapez l'identifiant et le mot de passe de CE compte.",
            "5. Tapez le code reçu par SMS ou e-mail, si on vous le demande.",
            "6. Vous revenez sur le site de départ, connecté.",
            "Mes comptes (à remplir au crayon) :",
            "Impôts - numéro fiscal : .................................",
            "Santé - n° de sécurité sociale : .........................",
            "Caisse d'allocations - n° d'allocataire : ................",
            "Emploi - identifiant : ...................................",
            "Ce carnet reste à la maison. Mon mot de passe ne se donne pas.",
        ],
    },
    "memo-eadmin-arnaques": {
        "title": "Vrais sites, faux messages : les bons réflexes",
        "lines": [
            "Regardez la fin de l'adresse, avant le premier « / ».",
            "Souvent .gouv.fr ; aussi ameli.fr, caf.fr, msa.fr, francetravail.fr.",
            "« gouv » au milieu d'une adresse : piège !",
            "Tapez l'adresse vous-même. Ne cliquez pas sur un lien reçu.",
            "Les démarches officielles sont gratuites.",
            "Jamais de code de carte bancaire par e-mail, SMS ou téléphone.",
            "Jamais de mot de passe, ni de code reçu par SMS.",
            "SMS douteux : transférez-le au 33700, puis effacez-le.",
            "Urgent ? Menaçant ? Trop beau ? Méfiance.",
            "Vous avez donné vos codes : appelez votre banque tout de suite.",
            "Aide pour les victimes : cybermalveillance.gouv.fr",
            "Un doute ? Venez en parler au centre.",
        ],
    },
    "memo-eadmin-aide": {
        "title": "Mes démarches : où trouver de l'aide",
        "lines": [
            "Le centre : ateliers et permanences d'aide aux démarches.",
            "Jours et heures : .........................................",
            "Mon espace France Services : ..............................",
            "Adresse : ................................................",
            "Téléphone : ..............................................",
            "Pour un rendez-vous, j'apporte :",
            "- ma pièce d'identité et ma carte Vitale ;",
            "- mes derniers courriers et mon avis d'impôt ;",
            "- mon carnet d'identifiants ;",
            "- mon téléphone portable (pour les codes par SMS) ;",
            "- mes lunettes, et ma question écrite sur un papier.",
            "Je fais les gestes moi-même : c'est comme ça que j'apprends.",
        ],
    },
}

REMEMBER = "remember"
SCREENS_NOTE = (
    "<p>Les images de cette leçon sont des écrans d'exemple. Le vrai site leur ressemble, mais "
    "les écrans peuvent être un peu différents, et ils changent de temps en temps.</p>"
)

LESSONS = [
    {
        "slug": "se-connecter-avec-franceconnect",
        "title": "Entrer dans son espace personnel avec FranceConnect",
        "summary": "Comprendre ce qu'est un espace personnel, un identifiant et un mot de passe, "
        "puis se connecter à un site public avec FranceConnect.",
        "objectives": [
            "Expliquer ce qu'est un espace personnel",
            "Reconnaître le bouton FranceConnect",
            "Se connecter à un site public avec un compte que l'on a déjà",
        ],
        "duration_minutes": 35,
        "tags": ["démarches", "connexion"],
        "body": [
            (
                "text",
                "<h2>Votre espace personnel</h2>"
                "<p>Chaque service public a son site Internet. Sur ce site, vous avez un "
                "<b>espace personnel</b> : une partie privée, rien que pour vous. Vous y trouvez "
                "vos papiers, vos paiements et vos messages.</p>"
                "<p>Pour y entrer, il faut deux clés : un <b>identifiant</b> et un <b>mot de "
                "passe</b>. C'est comme le nom sur la boîte aux lettres, et la clé qui "
                "l'ouvre.</p>"
                "<p>Le problème : un site, deux clés. Cinq sites, dix clés ! C'est là que "
                "FranceConnect vous aide.</p>",
            ),
            ("glossary_term", "Espace personnel"),
            ("glossary_term", "Identifiant"),
            ("glossary_term", "Mot de passe"),
            (
                "image",
                {
                    "illustration": "eadmin-login-page",
                    "caption": "Une page de connexion : vos codes à gauche, ou le bouton "
                    "FranceConnect à droite.",
                },
            ),
            (
                "text",
                "<h2>FranceConnect : une clé pour plusieurs portes</h2>"
                "<p>FranceConnect est un service gratuit de l'État. Il vous permet d'entrer sur "
                "de nombreux sites publics avec un compte que vous avez déjà : par exemple "
                "celui des impôts, ou celui de l'Assurance Maladie.</p>"
                "<p>Vous n'avez rien à créer. Vous cliquez sur le bouton FranceConnect, vous "
                "choisissez votre compte, et vous tapez ses codes habituels.</p>",
            ),
            ("glossary_term", "FranceConnect"),
            (
                "image",
                {
                    "illustration": "eadmin-franceconnect-idea",
                    "caption": "Avec FranceConnect, un seul compte ouvre la porte de plusieurs "
                    "sites publics.",
                },
            ),
            (
                "steps",
                {
                    "title": "Se connecter avec FranceConnect",
                    "steps": [
                        {
                            "instruction": "<p>Allez sur le site public qui vous intéresse, "
                            "puis cliquez sur <b>Se connecter</b> ou <b>Mon compte</b>.</p>",
                            "screenshot": None,
                            "tip": "Tapez vous-même l'adresse du site : c'est plus sûr qu'un "
                            "lien reçu par message.",
                        },
                        {
                            "instruction": "<p>Cliquez sur le bouton <b>S'identifier avec "
                            "FranceConnect</b>.</p>",
                            "screenshot": "eadmin-login-page",
                            "tip": "Le bouton est souvent à côté ou en dessous des cases "
                            "Identifiant et Mot de passe.",
                        },
                        {
                            "instruction": "<p>Une page s'ouvre. Cliquez sur un compte que "
                            "vous avez déjà, par exemple celui des impôts.</p>",
                            "screenshot": "eadmin-franceconnect-choose",
                            "tip": "Choisissez le compte dont vous connaissez le mieux les codes.",
                        },
                        {
                            "instruction": "<p>Tapez l'identifiant et le mot de passe de ce "
                            "compte-là, puis validez.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Parfois, un code vous est envoyé par SMS ou par "
                            "e-mail. Tapez-le dans la case prévue.</p>",
                            "screenshot": None,
                            "tip": "Gardez votre téléphone portable près de vous.",
                        },
                        {
                            "instruction": "<p>Vous revenez sur le site de départ, déjà "
                            "connecté. Votre nom s'affiche en haut de la page.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            ("callout", {"kind": "tip", "text": SCREENS_NOTE}),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Notez vos identifiants dans un carnet rangé à la maison. Jamais "
                    "dans votre portefeuille, ni sur un papier collé à l'ordinateur. Quand vous "
                    "venez chercher de l'aide, apportez ce carnet.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Votre mot de passe est secret. Ne le donnez à personne, même "
                    "à quelqu'un qui dit travailler pour l'administration. Un agent n'en a "
                    "jamais besoin.</p>",
                },
            ),
            ("exercise", practice.FRANCECONNECT_CLICK),
            ("exercise", practice.FRANCECONNECT_TRUE_FALSE),
            (
                "document",
                {
                    "sheet": "memo-franceconnect",
                    "title": "Fiche mémo : se connecter avec FranceConnect",
                    "description": "Les étapes, et un tableau pour noter vos identifiants, à "
                    "ranger à la maison.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Un espace personnel s'ouvre avec un identifiant et un mot "
                    "de passe.</li>"
                    "<li>FranceConnect : un compte que vous avez déjà ouvre d'autres "
                    "sites.</li>"
                    "<li>Votre mot de passe ne se donne jamais.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "assurance-maladie-attestation-remboursements",
        "title": "Assurance Maladie : attestation et remboursements",
        "summary": "Se connecter à son compte de l'Assurance Maladie, télécharger une "
        "attestation de droits et suivre ses remboursements de soins.",
        "objectives": [
            "Télécharger une attestation de droits",
            "Retrouver la liste de ses remboursements",
            "Vérifier qu'un remboursement a bien été payé",
        ],
        "duration_minutes": 35,
        "tags": ["démarches", "santé"],
        "body": [
            (
                "text",
                "<h2>Le compte de l'Assurance Maladie</h2>"
                "<p>L'Assurance Maladie a un site officiel : <b>ameli.fr</b>. Votre espace "
                "personnel s'appelle le « compte ameli ». Il est gratuit.</p>"
                "<p>Il vous sert surtout à deux choses :</p>"
                "<ul><li>télécharger une <b>attestation de droits</b>, le papier qui prouve "
                "que vous êtes couvert ;</li>"
                "<li>suivre vos <b>remboursements</b> : ce qui a été payé, et quand.</li></ul>"
                "<p>Pour vous connecter, il faut votre numéro de sécurité sociale et votre mot "
                "de passe. Vous pouvez aussi utiliser le bouton FranceConnect.</p>",
            ),
            ("glossary_term", "Numéro de sécurité sociale"),
            ("callout", {"kind": "tip", "text": SCREENS_NOTE}),
            (
                "image",
                {
                    "illustration": "eadmin-sante-home",
                    "caption": "L'accueil d'un compte santé (écran d'exemple) : paiements, "
                    "attestations, démarches et messages.",
                },
            ),
            ("glossary_term", "Attestation de droits"),
            (
                "steps",
                {
                    "title": "Télécharger une attestation de droits",
                    "steps": [
                        {
                            "instruction": "<p>Connectez-vous à votre compte de l'Assurance "
                            "Maladie.</p>",
                            "screenshot": "eadmin-login-page",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur la rubrique des "
                            "<b>attestations</b>. Selon les écrans, elle est dans "
                            "« Mes démarches » ou dans « Attestations ».</p>",
                            "screenshot": "eadmin-sante-home",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Choisissez <b>Attestation de droits</b>, puis "
                            "pour qui : pour vous seul, ou aussi pour les personnes rattachées à "
                            "votre compte.</p>",
                            "screenshot": "eadmin-sante-attestation",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Télécharger</b>. L'attestation "
                            "s'ouvre : c'est un fichier PDF.</p>",
                            "screenshot": "eadmin-sante-attestation",
                            "tip": "Enregistrez-la dans votre dossier Documents, ou imprimez-la.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>On vous demande souvent cette attestation : à l'hôpital, chez "
                    "un nouveau professionnel de santé, pour un dossier d'aide. Gardez-en une "
                    "copie récente dans vos papiers.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Suivre ses remboursements",
                    "steps": [
                        {
                            "instruction": "<p>Depuis l'accueil de votre compte, cliquez sur "
                            "<b>Mes paiements</b>.</p>",
                            "screenshot": "eadmin-sante-home",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>La liste s'affiche, la plus récente en haut. "
                            "Chaque ligne donne la date, le soin et la somme remboursée.</p>",
                            "screenshot": "eadmin-sante-paiements",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur une ligne pour voir le détail : qui "
                            "a été payé (vous ou le professionnel de santé), et combien.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Quelques jours plus tard, vérifiez que la somme "
                            "est bien arrivée sur votre compte en banque.</p>",
                            "screenshot": None,
                            "tip": "Votre mutuelle rembourse souvent une autre partie, à part.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>L'Assurance Maladie ne vous demande jamais vos codes bancaires "
                    "par e-mail ou par SMS. Un message qui dit que votre carte Vitale expire et "
                    "qu'il faut payer pour la changer est une arnaque.</p>",
                },
            ),
            ("exercise", practice.HEALTH_ACCOUNT_PROCEDURE),
            ("exercise", practice.VITALE_SMS),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Le site officiel est ameli.fr.</li>"
                    "<li>L'attestation de droits se télécharge en PDF, à tout moment.</li>"
                    "<li>« Mes paiements » montre chaque remboursement et sa date.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "caisse-allocations-declaration-trimestrielle",
        "title": "Caisse d'allocations : déclarer ses ressources",
        "summary": "Faire sa déclaration trimestrielle de ressources sur le site de la caisse "
        "d'allocations, garder le justificatif et suivre ses paiements.",
        "objectives": [
            "Préparer les papiers utiles à la déclaration",
            "Faire sa déclaration trimestrielle en ligne",
            "Télécharger et garder le justificatif",
        ],
        "duration_minutes": 35,
        "tags": ["démarches", "allocations"],
        "body": [
            (
                "text",
                "<h2>La caisse d'allocations familiales</h2>"
                "<p>La Caf verse des aides : aide au logement, RSA, prime d'activité, "
                "allocation aux adultes handicapés, aides pour les enfants… Son site officiel "
                "est <b>caf.fr</b>. Votre espace personnel s'appelle « Mon Compte ».</p>"
                "<p>Si vous dépendez du régime agricole, c'est la <b>MSA</b> qui s'occupe de "
                "vous, sur le site msa.fr. Les gestes sont proches.</p>"
                "<p>Pour vous connecter : votre numéro d'allocataire et votre mot de passe, "
                "ou bien FranceConnect.</p>"
                "<h2>La déclaration trimestrielle</h2>"
                "<p>Pour certaines aides, comme le RSA ou la prime d'activité, il faut dire à "
                "la Caf, tous les trois mois, ce que vous avez reçu : salaires, indemnités, "
                "pensions… Sans cette déclaration, les paiements peuvent s'arrêter.</p>"
                "<p>La Caf vous prévient quand c'est le moment, par un message dans votre "
                "compte. La déclaration prend quelques minutes.</p>",
            ),
            ("glossary_term", "Déclaration trimestrielle"),
            ("callout", {"kind": "tip", "text": SCREENS_NOTE}),
            (
                "image",
                {
                    "illustration": "eadmin-caf-home",
                    "caption": "L'accueil d'une caisse d'allocations (écran d'exemple) : la "
                    "déclaration à faire est signalée en haut.",
                },
            ),
            (
                "steps",
                {
                    "title": "Faire sa déclaration trimestrielle",
                    "steps": [
                        {
                            "instruction": "<p>Préparez vos papiers des trois derniers mois : "
                            "fiches de paie, relevés d'indemnités, pensions.</p>",
                            "screenshot": None,
                            "tip": "Sur une fiche de paie récente, la somme à déclarer est sur "
                            "la ligne « Montant net social ».",
                        },
                        {
                            "instruction": "<p>Connectez-vous à votre compte de la Caf.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Déclarer mes ressources</b>, ou "
                            "sur le message qui vous le demande.</p>",
                            "screenshot": "eadmin-caf-home",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Pour chaque mois, vérifiez ou tapez les sommes "
                            "reçues. Tapez 0 si vous n'avez rien reçu.</p>",
                            "screenshot": "eadmin-caf-declaration",
                            "tip": "Certaines sommes peuvent être déjà remplies. Comparez-les "
                            "avec vos papiers, et corrigez si besoin.",
                        },
                        {
                            "instruction": "<p>Relisez, puis cliquez sur <b>Valider</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Téléchargez le <b>justificatif</b> et rangez-le "
                            "dans vos documents.</p>",
                            "screenshot": "eadmin-caf-confirmation",
                            "tip": "",
                        },
                    ],
                },
            ),
            ("glossary_term", "Justificatif"),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Déclarez à temps et avec exactitude. Une erreur peut donner un "
                    "« trop-perçu » : il faudra alors rembourser. En cas de doute, faites-vous "
                    "aider avant de valider.</p>",
                },
            ),
            (
                "text",
                "<h2>Voir ses paiements et ses messages</h2>"
                "<p>Dans Mon Compte, la rubrique <b>Mes paiements</b> montre les sommes "
                "versées et leur date.</p>"
                "<p>Les courriers de la Caf arrivent aussi dans votre compte. Lisez-les : ils "
                "peuvent vous demander un papier, avec une date limite.</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Les aides de la Caf sont en général versées au début du mois. "
                    "Rien n'est arrivé ? Regardez d'abord vos messages dans Mon Compte.</p>",
                },
            ),
            ("exercise", practice.RESOURCES_PROCEDURE),
            ("exercise", practice.ADDRESS_CHANGE_PROCEDURE),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Pour le RSA ou la prime d'activité : une déclaration tous "
                    "les trois mois.</li>"
                    "<li>Tapez 0 quand vous n'avez rien reçu.</li>"
                    "<li>Gardez le justificatif.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "impots-declarer-ses-revenus",
        "title": "Impôts : trouver son numéro fiscal et déclarer ses revenus",
        "summary": "Trouver son numéro fiscal sur son avis d'impôt, entrer dans son espace "
        "particulier et vérifier puis signer sa déclaration de revenus en ligne.",
        "objectives": [
            "Trouver son numéro fiscal",
            "Vérifier une déclaration déjà remplie",
            "Signer sa déclaration et garder l'accusé de réception",
        ],
        "duration_minutes": 40,
        "tags": ["démarches", "impôts"],
        "body": [
            (
                "text",
                "<h2>Le site des impôts</h2>"
                "<p>Le site officiel des impôts est <b>impots.gouv.fr</b>. Votre espace "
                "personnel s'appelle l'« espace particulier ».</p>"
                "<p>Chaque année, au printemps, on déclare ses revenus de l'année précédente. "
                "Même si vous ne payez pas d'impôt, déclarez : l'avis reçu ensuite sert pour "
                "d'autres aides.</p>"
                "<p>Bonne nouvelle : la déclaration est déjà presque remplie. Vos retraites et "
                "vos salaires sont connus. Vous vérifiez, vous complétez si besoin, vous "
                "signez.</p>"
                "<p>Pour vous connecter, il faut votre numéro fiscal et votre mot de "
                "passe.</p>",
            ),
            ("glossary_term", "Numéro fiscal"),
            (
                "image",
                {
                    "illustration": "eadmin-impots-avis",
                    "caption": "Le numéro fiscal est en haut de la première page de l'avis "
                    "d'impôt, dans le cadre « Vos références ».",
                },
            ),
            (
                "steps",
                {
                    "title": "Trouver son numéro fiscal",
                    "steps": [
                        {
                            "instruction": "<p>Prenez votre dernier avis d'impôt, reçu à la fin "
                            "de l'été, ou votre dernière déclaration papier.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Regardez en haut de la première page, dans le "
                            "cadre <b>Vos références</b>.</p>",
                            "screenshot": "eadmin-impots-avis",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Le numéro fiscal a 13 chiffres. Recopiez-le "
                            "dans votre carnet d'identifiants.</p>",
                            "screenshot": None,
                            "tip": "Ce numéro ne change jamais : notez-le une fois pour toutes.",
                        },
                    ],
                },
            ),
            ("callout", {"kind": "tip", "text": SCREENS_NOTE}),
            (
                "steps",
                {
                    "title": "Déclarer ses revenus en ligne",
                    "steps": [
                        {
                            "instruction": "<p>Sur le site des impôts, connectez-vous à votre "
                            "espace particulier.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Déclarer mes revenus</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Vérifiez d'abord votre situation : adresse, "
                            "situation de famille, personnes à charge.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Comparez chaque somme déjà remplie avec vos "
                            "papiers : relevés de retraite, fiches de paie.</p>",
                            "screenshot": "eadmin-impots-declaration",
                            "tip": "Votre caisse de retraite indique chaque année la somme à "
                            "déclarer, sur un courrier ou dans votre espace retraite.",
                        },
                        {
                            "instruction": "<p>Si une somme est fausse ou manque, cliquez sur "
                            "<b>Modifier</b> et corrigez-la.</p>",
                            "screenshot": "eadmin-impots-declaration",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Valider et signer</b>. Un "
                            "accusé de réception arrive ensuite par e-mail.</p>",
                            "screenshot": "eadmin-impots-declaration",
                            "tip": "Gardez cet accusé de réception : il prouve que vous avez "
                            "déclaré.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Les dates limites changent chaque année, et selon les "
                    "départements. Elles sont annoncées au printemps sur le site des impôts. "
                    "N'attendez pas le dernier jour.</p>"
                    "<p>Si rien n'a changé pour vous, le site peut vous dire que votre "
                    "déclaration est « automatique ». Vérifiez quand même les sommes.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Un e-mail annonce un remboursement d'impôt et demande votre "
                    "carte bancaire ? C'est une arnaque. Les impôts ne demandent jamais vos "
                    "codes bancaires par e-mail.</p>",
                },
            ),
            (
                "text",
                "<p>Vous ne pouvez vraiment pas déclarer en ligne ? La déclaration sur papier "
                "reste possible. Vous pouvez aussi vous faire aider : voyez la dernière leçon "
                "de cet atelier.</p>",
            ),
            ("exercise", practice.TAX_NUMBER_BLANKS),
            ("exercise", practice.TAX_REFUND_EMAIL),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Le numéro fiscal est en haut de l'avis d'impôt.</li>"
                    "<li>La déclaration est déjà remplie : vérifiez chaque somme.</li>"
                    "<li>Valider et signer, puis garder l'accusé de réception.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "france-travail-actualisation",
        "title": "France Travail : s'actualiser et lire ses messages",
        "summary": "Faire son actualisation mensuelle sur le site de France Travail, répondre "
        "sans erreur et lire les messages de son conseiller.",
        "objectives": [
            "S'actualiser chaque mois, au bon moment",
            "Déclarer les heures travaillées",
            "Lire ses messages et noter ses rendez-vous",
        ],
        "duration_minutes": 30,
        "tags": ["démarches", "emploi"],
        "body": [
            (
                "text",
                "<h2>L'espace personnel France Travail</h2>"
                "<p>France Travail s'appelait avant Pôle emploi. Son site officiel est "
                "<b>francetravail.fr</b>. Quand vous êtes inscrit comme demandeur d'emploi, "
                "vous avez un espace personnel.</p>"
                "<p>Chaque mois, il faut <b>s'actualiser</b> : dire si vous avez travaillé, et "
                "si vous cherchez toujours un emploi. C'est obligatoire, même si rien n'a "
                "changé.</p>"
                "<p>L'actualisation se fait à la fin de chaque mois, pendant une période "
                "indiquée dans votre espace : en général de la fin du mois jusqu'au milieu du "
                "mois suivant.</p>",
            ),
            ("glossary_term", "Actualisation"),
            (
                "steps",
                {
                    "title": "S'actualiser chaque mois",
                    "steps": [
                        {
                            "instruction": "<p>Connectez-vous à votre espace France Travail, "
                            "avec votre identifiant et votre mot de passe, ou avec "
                            "FranceConnect.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>M'actualiser</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Répondez à chaque question par <b>Oui</b> ou "
                            "<b>Non</b>.</p>",
                            "screenshot": "eadmin-emploi-actualisation",
                            "tip": "Vous avez travaillé, même un seul jour ? Répondez Oui, puis "
                            "indiquez les heures et le salaire.",
                        },
                        {
                            "instruction": "<p>Vérifiez vos réponses, puis cliquez sur "
                            "<b>Valider</b>.</p>",
                            "screenshot": "eadmin-emploi-actualisation",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Gardez la confirmation : enregistrez-la ou "
                            "notez la date dans votre carnet.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            ("callout", {"kind": "tip", "text": SCREENS_NOTE}),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Sans actualisation, vous risquez d'être désinscrit, et vos "
                    "allocations peuvent s'arrêter. Oublier des heures travaillées peut aussi "
                    "vous obliger à rembourser plus tard.</p>",
                },
            ),
            (
                "image",
                {
                    "illustration": "eadmin-emploi-messages",
                    "caption": "La messagerie (écran d'exemple) : les nouveaux messages sont en "
                    "gras.",
                },
            ),
            (
                "steps",
                {
                    "title": "Lire ses messages",
                    "steps": [
                        {
                            "instruction": "<p>Dans votre espace, ouvrez la rubrique des "
                            "<b>messages</b> (ou des échanges avec votre conseiller).</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Les nouveaux messages sont en gras. Cliquez sur "
                            "un message pour l'ouvrir.</p>",
                            "screenshot": "eadmin-emploi-messages",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Notez les rendez-vous dans votre agenda. "
                            "Répondez si on vous le demande.</p>",
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
                    "text": "<p>Regardez vos messages au moins une fois par semaine. Un "
                    "rendez-vous manqué peut avoir des conséquences sur vos droits.</p>"
                    "<p>Pas d'ordinateur ce jour-là ? L'actualisation peut aussi se faire avec "
                    "l'application sur téléphone, ou par téléphone au 3949.</p>",
                },
            ),
            ("exercise", practice.MONTHLY_UPDATE_PROCEDURE),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>L'actualisation, c'est chaque mois, même sans "
                    "changement.</li>"
                    "<li>Un jour travaillé se déclare.</li>"
                    "<li>Lisez vos messages chaque semaine.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "vrais-sites-faux-messages",
        "title": "Vrais sites, faux messages : éviter les arnaques",
        "summary": "Reconnaître l'adresse d'un site officiel, repérer un faux SMS ou un faux "
        "e-mail, et savoir quoi faire si l'on a donné ses codes.",
        "objectives": [
            "Vérifier l'adresse d'un site public",
            "Reconnaître un message frauduleux",
            "Réagir vite si l'on a donné ses codes",
        ],
        "duration_minutes": 35,
        "tags": ["sécurité", "démarches"],
        "body": [
            (
                "text",
                "<h2>Des escrocs imitent les services publics</h2>"
                "<p>Des escrocs copient les sites et les messages des services publics. Ils "
                "veulent vos codes, votre carte bancaire ou votre argent.</p>"
                "<p>Leurs messages se ressemblent : « Votre carte Vitale expire », « Vous avez "
                "droit à un remboursement », « Votre dossier sera bloqué ». Ils font peur, ou "
                "ils promettent de l'argent. Et ils demandent de cliquer vite.</p>"
                "<p>Rappelez-vous : les démarches sur les sites officiels sont gratuites.</p>",
            ),
            ("glossary_term", "Site officiel"),
            (
                "image",
                {
                    "illustration": "eadmin-real-fake-address",
                    "caption": "Ce qui compte, c'est la fin du nom, juste avant le premier « / ».",
                },
            ),
            (
                "steps",
                {
                    "title": "Vérifier qu'un site est le bon",
                    "steps": [
                        {
                            "instruction": "<p>Regardez l'adresse, dans la barre en haut du "
                            "navigateur.</p>",
                            "screenshot": "eadmin-real-fake-address",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Trouvez la fin du nom, juste avant le premier "
                            "« / ». Pour beaucoup de sites publics, elle se termine par "
                            "<b>.gouv.fr</b>.</p>",
                            "screenshot": None,
                            "tip": "Quelques sites officiels ont une autre fin : ameli.fr, "
                            "caf.fr, msa.fr, francetravail.fr. Notez-les dans votre carnet.",
                        },
                        {
                            "instruction": "<p>Méfiez-vous si « gouv » est au milieu du nom, "
                            "ou si l'adresse finit par autre chose : .com, .info, .net…</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Le plus sûr : tapez l'adresse vous-même, ou "
                            "utilisez vos favoris.</p>",
                            "screenshot": None,
                            "tip": "Ne passez pas par un lien reçu par SMS ou par e-mail.",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "illustration": "eadmin-fake-sms",
                    "caption": "Un faux SMS : il presse, il demande de payer, et son lien mène "
                    "à une adresse bizarre.",
                },
            ),
            (
                "steps",
                {
                    "title": "Face à un message douteux",
                    "steps": [
                        {
                            "instruction": "<p>Ne cliquez pas sur le lien. Ne répondez pas.</p>",
                            "screenshot": "eadmin-fake-sms",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Si c'est un SMS, transférez-le au <b>33700</b>, "
                            "puis effacez-le.</p>",
                            "screenshot": None,
                            "tip": "Le 33700 est le numéro officiel pour signaler les SMS et "
                            "les appels indésirables.",
                        },
                        {
                            "instruction": "<p>Si c'est un e-mail, mettez-le dans les messages "
                            "indésirables, puis effacez-le.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Un doute ? Connectez-vous vous-même au site "
                            "officiel. Si une démarche est vraiment nécessaire, elle est "
                            "indiquée dans votre espace personnel.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "illustration": "eadmin-bank-codes",
                    "caption": "Un faux e-mail qui demande votre carte et son code : à ne "
                    "jamais remplir.",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Aucun service public ne vous demandera, par e-mail, par SMS ou "
                    "par téléphone :</p>"
                    "<ul><li>le numéro ou le code de votre carte bancaire ;</li>"
                    "<li>un code reçu par SMS de votre banque ;</li>"
                    "<li>votre mot de passe.</li></ul>",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Vous avez donné vos codes ? Pas de honte, cela arrive. Appelez "
                    "tout de suite votre banque pour bloquer votre carte. Changez votre mot de "
                    "passe. Puis venez nous voir au centre. Le site "
                    "<b>cybermalveillance.gouv.fr</b> aide aussi les victimes.</p>",
                },
            ),
            ("exercise", practice.OFFICIAL_ADDRESSES_SORT),
            ("h5p_activity", {"demo": "site-officiel"}),
            ("exercise", practice.BENEFITS_SMS),
            ("exercise", practice.FAKE_HEALTH_PAGE),
            (
                "document",
                {
                    "sheet": "memo-eadmin-arnaques",
                    "title": "Fiche mémo : les bons réflexes contre les arnaques",
                    "description": "Une page à afficher près de l'ordinateur ou du téléphone.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Regardez la fin de l'adresse : souvent .gouv.fr.</li>"
                    "<li>Ne cliquez pas sur les liens reçus : tapez l'adresse vous-même.</li>"
                    "<li>Jamais de code bancaire par e-mail, SMS ou téléphone.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "se-faire-aider",
        "title": "Se faire aider : le centre et France Services",
        "summary": "Savoir où trouver de l'aide pour une démarche bloquée, préparer son "
        "rendez-vous et garder la main sur ses propres codes.",
        "objectives": [
            "Connaître les lieux d'aide près de chez soi",
            "Préparer un rendez-vous d'aide aux démarches",
            "Se faire aider sans donner son mot de passe",
        ],
        "duration_minutes": 20,
        "tags": ["démarches", "aide"],
        "body": [
            (
                "text",
                "<h2>De l'aide existe, près de chez vous</h2>"
                "<p>Une démarche vous bloque ? C'est normal : cela arrive à tout le monde. "
                "Mieux vaut demander de l'aide que laisser passer une date.</p>"
                "<p>Ne pas faire une démarche peut vous faire perdre un droit : une aide, un "
                "remboursement, une allocation. Alors n'abandonnez pas : faites-vous "
                "aider.</p>"
                "<h2>Où trouver de l'aide ?</h2>"
                "<ul><li><b>Notre centre</b> : pendant les ateliers et les permanences, un "
                "animateur vous accompagne sur votre propre démarche.</li>"
                "<li><b>Les espaces France Services</b> : des agents formés vous aident "
                "gratuitement pour les impôts, la santé, la Caf, la retraite, "
                "l'emploi…</li>"
                "<li><b>Les accueils des caisses</b> : Caf, CPAM, CARSAT (pour la retraite) ou "
                "MSA reçoivent aussi, souvent sur rendez-vous.</li>"
                "<li><b>Le téléphone</b> : le numéro de chaque organisme est écrit sur ses "
                "courriers.</li></ul>",
            ),
            ("glossary_term", "France Services"),
            (
                "image",
                {
                    "illustration": "eadmin-help-desk",
                    "caption": "Un rendez-vous d'aide : vous faites les gestes, la conseillère "
                    "vous guide.",
                },
            ),
            (
                "steps",
                {
                    "title": "Préparer un rendez-vous d'aide",
                    "steps": [
                        {
                            "instruction": "<p>Prenez rendez-vous : au centre, ou dans "
                            "l'espace France Services le plus proche.</p>",
                            "screenshot": None,
                            "tip": "Pour trouver l'espace France Services le plus proche, "
                            "demandez à votre mairie.",
                        },
                        {
                            "instruction": "<p>Écrivez votre question sur un papier : ce que "
                            "vous voulez faire, et ce qui bloque.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Rassemblez vos papiers : pièce d'identité, "
                            "carte Vitale, derniers courriers, avis d'impôt.</p>",
                            "screenshot": "eadmin-help-desk",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Apportez votre carnet d'identifiants et votre "
                            "téléphone portable : un code peut arriver par SMS.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Sur place, faites vous-même les gestes, avec "
                            "l'aidant à côté de vous.</p>",
                            "screenshot": None,
                            "tip": "C'est comme cela que l'on apprend. La prochaine fois, vous "
                            "irez plus vite.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Un aidant ne doit pas garder vos mots de passe. Si un "
                    "professionnel doit faire une démarche à votre place, il existe un service "
                    "sécurisé prévu pour cela, appelé Aidants Connect : demandez-le.</p>",
                },
            ),
            ("exercise", practice.HELP_VISIT_CHOICE),
            ("exercise", practice.HELPER_TRUE_FALSE),
            (
                "document",
                {
                    "sheet": "memo-eadmin-aide",
                    "title": "Fiche mémo : où trouver de l'aide",
                    "description": "À remplir avec les adresses près de chez vous, et la liste "
                    "de ce qu'il faut apporter.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Demander de l'aide, c'est garder ses droits.</li>"
                    "<li>Le centre et France Services aident gratuitement.</li>"
                    "<li>Apportez vos papiers, vos identifiants et votre téléphone.</li></ul>",
                },
            ),
        ],
    },
]

TRACK = {
    "slug": "demarches-en-ligne",
    "title": "Les démarches en ligne (e-administration)",
    "summary": "Santé, allocations, impôts, emploi : beaucoup de démarches se font sur "
    "Internet. Pas à pas, apprenez à entrer dans votre espace personnel, à télécharger une "
    "attestation, à déclarer vos ressources et vos revenus, à vous actualiser et à repérer "
    "les arnaques. Sans crainte, et avec de l'aide si besoin.",
    "level": "intermediate",
    "duration_minutes": sum(lesson["duration_minutes"] for lesson in LESSONS),
    "audience": "Retraités, demandeurs d'emploi et toute personne qui fait ses démarches seule "
    "pour la première fois",
    "objectives": [
        "Se connecter à un site public avec FranceConnect",
        "Télécharger une attestation de droits et suivre ses remboursements",
        "Faire sa déclaration trimestrielle à la caisse d'allocations",
        "Trouver son numéro fiscal et déclarer ses revenus en ligne",
        "S'actualiser chaque mois et lire ses messages d'emploi",
        "Reconnaître un faux site ou un faux message",
        "Trouver de l'aide près de chez soi",
    ],
    "prerequisites": [
        "Savoir aller sur un site Internet en tapant son adresse",
        "Avoir une adresse e-mail et savoir lire ses messages",
    ],
    "tags": ["démarches", "sécurité", "administration"],
    "cover": "cover-eadmin",
    "lessons": LESSONS,
}
