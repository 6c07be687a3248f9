"""Track « Naviguer sur Internet »: browser, addresses and padlock, searching, scams, favourites."""

from ..practice import internet as practice

TRACK = {
    "slug": "naviguer-internet",
    "title": "Naviguer sur Internet",
    "summary": (
        "Ouvrir le navigateur, taper une adresse, chercher une information et garder ses sites "
        "préférés. Vous apprendrez aussi à lire une adresse, à repérer le cadenas, et à "
        "reconnaître les publicités et les arnaques pour naviguer en confiance."
    ),
    "level": "beginner",
    "duration_minutes": 165,
    "audience": "Personnes à l'aise avec la souris et le clavier, qui débutent sur Internet.",
    "objectives": [
        "Ouvrir le navigateur et se déplacer de page en page",
        "Taper une adresse web et vérifier le cadenas",
        "Trouver une information avec un moteur de recherche",
        "Reconnaître une publicité, une fausse alerte ou un site douteux",
        "Enregistrer ses sites préférés dans les favoris",
    ],
    "prerequisites": [
        "Savoir cliquer et double-cliquer avec la souris",
        "Savoir écrire quelques mots au clavier",
    ],
    "tags": ["internet", "débutant", "sécurité"],
    "cover": "cover-internet",
    "lessons": [
        {
            "slug": "ouvrir-le-navigateur",
            "title": "Ouvrir le navigateur",
            "summary": (
                "Ouvrir le programme qui sert à aller sur Internet, reconnaître ses parties, "
                "revenir en arrière, agrandir le texte et utiliser les onglets."
            ),
            "objectives": [
                "Ouvrir le navigateur",
                "Reconnaître la barre d'adresse, l'onglet et la flèche de retour",
                "Agrandir le texte d'une page",
                "Ouvrir et fermer un onglet",
            ],
            "duration_minutes": 30,
            "tags": ["internet", "navigateur"],
            "body": [
                (
                    "text",
                    "<h2>Le navigateur, votre porte d'entrée</h2>"
                    "<p><b>Internet</b> relie des millions d'ordinateurs dans le monde. On y "
                    "trouve des <b>sites</b> : celui de la mairie, de la météo, d'un "
                    "journal.</p>"
                    "<p>Pour visiter un site, on utilise un programme appelé "
                    "<b>navigateur</b>. Il en existe plusieurs, avec des noms et des images "
                    "différents. Ils marchent tous de la même façon.</p>",
                ),
                ("glossary_term", "Internet"),
                ("glossary_term", "Site web"),
                ("glossary_term", "Navigateur"),
                (
                    "steps",
                    {
                        "title": "Ouvrir le navigateur",
                        "steps": [
                            {
                                "instruction": "<p>Sur le bureau, repérez l'icône du "
                                "navigateur.</p>",
                                "screenshot": "web-open-browser",
                                "tip": "Vous ne la trouvez pas ? Cherchez-la dans le menu "
                                "Démarrer, ou demandez à l'animateur.",
                            },
                            {
                                "instruction": "<p>Faites un <b>double-clic</b> sur l'icône.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Agrandissez la fenêtre avec le bouton "
                                "carré, en haut à droite.</p>",
                                "screenshot": None,
                                "tip": "Une grande fenêtre est plus confortable pour lire.",
                            },
                        ],
                    },
                ),
                (
                    "image",
                    {
                        "illustration": "web-browser-parts",
                        "caption": "En haut : l'onglet, la flèche de retour et la barre "
                        "d'adresse. En dessous : la page du site.",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Se déplacer et lire confortablement",
                        "steps": [
                            {
                                "instruction": "<p>Pour revenir à la page d'avant, cliquez "
                                "sur la flèche <b>←</b>, en haut à gauche.</p>",
                                "screenshot": None,
                                "tip": "Cliquez plusieurs fois pour remonter plus loin.",
                            },
                            {
                                "instruction": "<p>Pour lire la suite d'une page, tournez "
                                "la <b>molette</b> de la souris vers vous.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Texte trop petit ? Maintenez la touche "
                                "<b>Ctrl</b> et appuyez sur <b>+</b>.</p>",
                                "screenshot": "web-zoom-keys",
                                "tip": "Ctrl et - réduit le texte. Ctrl et 0 (zéro) revient "
                                "à la taille normale.",
                            },
                        ],
                    },
                ),
                ("exercise", practice.BACK_ARROW_CLICK),
                ("exercise", practice.PAGE_SCROLL),
                ("glossary_term", "Onglet"),
                (
                    "steps",
                    {
                        "title": "Utiliser les onglets",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez sur le <b>+</b>, à droite des "
                                "onglets. Un nouvel onglet vide s'ouvre.</p>",
                                "screenshot": "web-tabs",
                                "tip": "Un onglet, c'est comme une page de plus dans un classeur.",
                            },
                            {
                                "instruction": "<p>Pour revenir à un autre onglet, cliquez "
                                "sur son titre.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Pour fermer un onglet, cliquez sur sa "
                                "petite croix.</p>",
                                "screenshot": None,
                                "tip": "Attention : la croix tout en haut à droite ferme le "
                                "navigateur entier.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Perdu ? Fermez le navigateur avec la croix en haut à "
                        "droite, puis rouvrez-le. Vous repartez de zéro, sans rien "
                        "casser.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Le navigateur est le programme qui ouvre les "
                        "sites.</li><li>La flèche ← revient à la page d'avant.</li>"
                        "<li>Ctrl et + agrandit le texte.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "adresses-web-et-cadenas",
            "title": "Les adresses web et le cadenas",
            "summary": (
                "Taper une adresse pour aller directement sur un site, lire cette adresse, "
                "et vérifier le cadenas avant de donner une information."
            ),
            "objectives": [
                "Taper une adresse dans la barre d'adresse",
                "Repérer le nom du site dans une adresse",
                "Vérifier le cadenas et le nom du site",
            ],
            "duration_minutes": 30,
            "tags": ["internet", "sécurité"],
            "body": [
                (
                    "text",
                    "<h2>Chaque site a son adresse</h2>"
                    "<p>Comme une maison, chaque site a une <b>adresse</b>. Par exemple : "
                    "www.mairie-exemple.fr. Vous la trouvez sur un courrier, une affiche ou "
                    "une carte de visite.</p>"
                    "<p>Si vous connaissez l'adresse, tapez-la dans la <b>barre "
                    "d'adresse</b>. Vous arrivez directement sur le bon site.</p>",
                ),
                ("glossary_term", "Adresse web"),
                (
                    "steps",
                    {
                        "title": "Aller sur un site dont on connaît l'adresse",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez dans la <b>barre d'adresse</b>, "
                                "en haut de la fenêtre. Son contenu devient bleu.</p>",
                                "screenshot": None,
                                "tip": "Le texte en bleu est sélectionné : ce que vous "
                                "tapez va le remplacer.",
                            },
                            {
                                "instruction": "<p>Tapez l'adresse, sans espace : "
                                "<b>www.mairie-exemple.fr</b></p>",
                                "screenshot": "web-type-address",
                                "tip": "Pas besoin de majuscules. Vérifiez chaque point et "
                                "chaque tiret.",
                            },
                            {
                                "instruction": "<p>Appuyez sur la touche <b>Entrée</b>. Le "
                                "site s'affiche.</p>",
                                "screenshot": None,
                                "tip": "Une page d'erreur ? Relisez l'adresse : une seule "
                                "lettre fausse suffit.",
                            },
                        ],
                    },
                ),
                (
                    "image",
                    {
                        "illustration": "web-address-anatomy",
                        "caption": "Le nom du site se lit juste avant le premier « / ». "
                        "C'est lui qui dit chez qui vous êtes.",
                    },
                ),
                ("glossary_term", "Cadenas (https)"),
                (
                    "steps",
                    {
                        "title": "Vérifier un site avant de donner une information",
                        "steps": [
                            {
                                "instruction": "<p>Regardez le début de la barre "
                                "d'adresse : y a-t-il un <b>cadenas</b> ?</p>",
                                "screenshot": "web-padlock",
                                "tip": "Les mots « Non sécurisé » veulent dire : ne tapez "
                                "rien de personnel ici.",
                            },
                            {
                                "instruction": "<p>Lisez le <b>nom du site</b>, juste avant "
                                "le premier « / ».</p>",
                                "screenshot": None,
                                "tip": "mairie-exemple.fr.cadeau-gratuit.biz n'est pas le "
                                "site de la mairie : son vrai nom est à la fin.",
                            },
                            {
                                "instruction": "<p>En cas de doute, ne remplissez rien. "
                                "Retapez vous-même l'adresse connue.</p>",
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
                        "text": "<p>Le cadenas veut dire que la connexion est protégée. Il "
                        "ne garantit pas que le site est honnête : un escroc peut aussi "
                        "avoir un cadenas. Vérifiez toujours le nom du site.</p>",
                    },
                ),
                ("exercise", practice.SITE_NAME_CHOICE),
                ("exercise", practice.FAKE_TOWN_HALL_PAGE),
                ("exercise", practice.REAL_TOWN_HALL_PAGE),
                (
                    "document",
                    {
                        "sheet": "memo-navigateur",
                        "title": "Mémo à imprimer : le navigateur",
                        "description": "Les boutons du navigateur et les bons réflexes, sur "
                        "une page.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Tapez l'adresse dans la barre d'adresse, puis "
                        "Entrée.</li><li>Le nom du site se lit juste avant le premier "
                        "« / ».</li><li>Cadenas ET bon nom : les deux sont "
                        "nécessaires.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "chercher-sur-internet",
            "title": "Chercher une information sur Internet",
            "summary": (
                "Utiliser un moteur de recherche avec quelques mots bien choisis, lire la "
                "liste des résultats et ouvrir le bon lien."
            ),
            "objectives": [
                "Taper une recherche avec quelques mots clés",
                "Lire une liste de résultats et repérer les annonces",
                "Ouvrir un résultat en cliquant sur un lien",
            ],
            "duration_minutes": 35,
            "tags": ["internet", "recherche"],
            "body": [
                (
                    "text",
                    "<h2>Trouver sans connaître l'adresse</h2>"
                    "<p>Vous ne connaissez pas l'adresse d'un site ? Demandez à un "
                    "<b>moteur de recherche</b>. C'est un site qui cherche pour vous parmi "
                    "des millions de pages.</p>"
                    "<p>Par exemple, pour connaître les horaires de la piscine, tapez "
                    "simplement : <i>horaires piscine Châteauroux</i>. Inutile d'écrire une "
                    "phrase entière.</p>",
                ),
                ("glossary_term", "Moteur de recherche"),
                (
                    "steps",
                    {
                        "title": "Faire une recherche",
                        "steps": [
                            {
                                "instruction": "<p>Ouvrez le navigateur. Souvent, la page "
                                "d'accueil est déjà un moteur de recherche.</p>",
                                "screenshot": None,
                                "tip": "Vous pouvez aussi taper vos mots directement dans "
                                "la barre d'adresse.",
                            },
                            {
                                "instruction": "<p>Cliquez dans la case de recherche et "
                                "tapez trois ou quatre mots importants.</p>",
                                "screenshot": "web-search-engine",
                                "tip": "Ajoutez le nom de la ville pour une information locale.",
                            },
                            {
                                "instruction": "<p>Appuyez sur <b>Entrée</b>, ou cliquez "
                                "sur <b>Rechercher</b>.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Lisez les résultats. Passez ceux marqués "
                                "<b>Annonce</b> ou <b>Sponsorisé</b> : ce sont des "
                                "publicités.</p>",
                                "screenshot": "web-search-results",
                                "tip": "Sous chaque titre, l'adresse du site vous dit chez "
                                "qui vous allez.",
                            },
                            {
                                "instruction": "<p>Cliquez <b>une fois</b> sur le titre "
                                "bleu du résultat choisi.</p>",
                                "screenshot": None,
                                "tip": "Ce n'est pas le bon ? Revenez avec la flèche ← et "
                                "essayez le suivant.",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Lien"),
                (
                    "image",
                    {
                        "illustration": "web-link-hand",
                        "caption": "Sur un lien, le pointeur devient une main. Un seul clic "
                        "ouvre la page.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Aucun bon résultat ? Changez vos mots. Essayez un mot "
                        "plus précis, ou retirez un mot. Pour une démarche officielle, "
                        "ajoutez « service public ».</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Pour une démarche officielle (carte grise, retraite), un "
                        "site qui demande de payer un service gratuit n'est pas le site "
                        "officiel. Les sites de l'État finissent par <b>.gouv.fr</b>.</p>",
                    },
                ),
                ("exercise", practice.SEARCH_WORDS_CHOICE),
                ("exercise", practice.SEARCH_TRUE_FALSE),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Quelques mots suffisent : pas besoin de "
                        "phrase.</li><li>« Annonce » ou « Sponsorisé » veut dire "
                        "publicité.</li><li>Un clic sur le titre bleu ouvre la page.</li>"
                        "</ul>",
                    },
                ),
            ],
        },
        {
            "slug": "publicites-et-arnaques",
            "title": "Reconnaître les publicités et les arnaques",
            "summary": (
                "Repérer les publicités, refuser les cookies, et ne pas tomber dans le piège "
                "des faux gains et des fausses alertes de virus."
            ),
            "objectives": [
                "Reconnaître une publicité sur une page",
                "Répondre à la fenêtre des cookies",
                "Réagir calmement à une fausse alerte de virus",
            ],
            "duration_minutes": 40,
            "tags": ["sécurité", "arnaque", "internet"],
            "body": [
                (
                    "text",
                    "<h2>Tout ce qui brille n'est pas vrai</h2>"
                    "<p>Beaucoup de sites gratuits vivent de la <b>publicité</b>. Elle est "
                    "souvent colorée, parfois clignotante. Elle n'est pas écrite par le "
                    "site que vous lisez.</p>"
                    "<p>Quelques escrocs utilisent aussi Internet. Ils comptent sur la "
                    "surprise et la peur. La bonne nouvelle : leurs pièges se ressemblent "
                    "tous. Vous allez apprendre à les reconnaître.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "web-ad-banner",
                        "caption": "La mention « Publicité » montre que ce cadre ne vient "
                        "pas du journal. « Vous avez gagné » : trop beau pour être vrai.",
                    },
                ),
                ("glossary_term", "Publicité"),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Personne ne gagne un téléphone ou un voyage en visitant "
                        "un site. Ne cliquez pas, et ne donnez jamais votre carte bancaire "
                        "pour « recevoir un cadeau ».</p>",
                    },
                ),
                ("glossary_term", "Cookie"),
                (
                    "steps",
                    {
                        "title": "Répondre à la fenêtre des cookies",
                        "steps": [
                            {
                                "instruction": "<p>Une fenêtre « Vos choix » ou « Cookies » "
                                "cache la page. Lisez les boutons.</p>",
                                "screenshot": "web-cookie-banner",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Tout refuser</b> ou "
                                "<b>Continuer sans accepter</b>.</p>",
                                "screenshot": None,
                                "tip": "Le site marche quand même. Vous verrez seulement "
                                "moins de publicités ciblées.",
                            },
                            {
                                "instruction": "<p>La fenêtre disparaît. Vous pouvez lire "
                                "la page.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Réagir à une fausse alerte de virus",
                        "steps": [
                            {
                                "instruction": "<p>Une page rouge dit que l'ordinateur est "
                                "bloqué et donne un numéro ? <b>Gardez votre calme.</b></p>",
                                "screenshot": "web-scam-popup",
                                "tip": "C'est une simple page Internet. Votre ordinateur "
                                "n'est pas en danger.",
                            },
                            {
                                "instruction": "<p><b>N'appelez pas</b> le numéro et ne "
                                "cliquez sur rien dans la page.</p>",
                                "screenshot": None,
                                "tip": "Au téléphone, le faux technicien demanderait de "
                                "l'argent ou l'accès à votre ordinateur.",
                            },
                            {
                                "instruction": "<p>Fermez l'onglet ou le navigateur avec sa "
                                "croix.</p>",
                                "screenshot": None,
                                "tip": "La page refuse de se fermer ? Éteignez l'ordinateur "
                                "par Démarrer, Marche/Arrêt, Arrêter.",
                            },
                            {
                                "instruction": "<p>Parlez-en à l'animateur ou à un proche "
                                "de confiance.</p>",
                                "screenshot": None,
                                "tip": "Vous avez déjà appelé ou payé ? Prévenez votre "
                                "banque tout de suite.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pour de l'aide après une arnaque, le site officiel <a "
                        'href="https://www.cybermalveillance.gouv.fr">cybermalveillance'
                        ".gouv.fr</a> explique quoi faire, pas à pas.</p>",
                    },
                ),
                ("exercise", practice.VIRUS_ALERT_PAGE),
                ("exercise", practice.VIRUS_ALERT_REFLEXES),
                (
                    "document",
                    {
                        "sheet": "memo-arnaques-internet",
                        "title": "Mémo à imprimer : les signes d'une arnaque",
                        "description": "Les pièges les plus courants et les bons réflexes, "
                        "à afficher près de l'ordinateur.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>« Publicité » ou « Annonce » : ce n'est pas le site "
                        "qui parle.</li><li>Vous avez le droit de refuser les cookies.</li>"
                        "<li>Fausse alerte : on n'appelle jamais, on ferme la page.</li>"
                        "</ul>",
                    },
                ),
            ],
        },
        {
            "slug": "garder-ses-sites-favoris",
            "title": "Garder ses sites préférés",
            "summary": (
                "Ajouter un site aux favoris avec l'étoile, puis le retrouver en un clic "
                "sans retaper son adresse."
            ),
            "objectives": [
                "Ajouter une page aux favoris",
                "Ouvrir un site depuis la barre des favoris",
                "Supprimer un favori devenu inutile",
            ],
            "duration_minutes": 30,
            "tags": ["internet", "navigateur"],
            "body": [
                (
                    "text",
                    "<h2>Un carnet d'adresses pour Internet</h2>"
                    "<p>Vous allez souvent sur le site de la mairie, de la météo ou de votre "
                    "journal ? Gardez-les dans vos <b>favoris</b>.</p>"
                    "<p>Un favori, c'est comme un marque-page. Un clic suffit pour revenir "
                    "sur le site, sans chercher ni retaper l'adresse. C'est aussi plus sûr : "
                    "vous êtes certain d'arriver sur le bon site.</p>",
                ),
                ("glossary_term", "Favori"),
                (
                    "steps",
                    {
                        "title": "Ajouter un site aux favoris",
                        "steps": [
                            {
                                "instruction": "<p>Allez sur le site à garder, par exemple "
                                "celui de la mairie.</p>",
                                "screenshot": None,
                                "tip": "Vérifiez d'abord le cadenas et le nom du site.",
                            },
                            {
                                "instruction": "<p>Cliquez sur l'<b>étoile</b>, au bout de "
                                "la barre d'adresse.</p>",
                                "screenshot": "web-favorite-star",
                                "tip": "L'étoile se colore : la page est enregistrée.",
                            },
                            {
                                "instruction": "<p>Dans la case <b>Nom</b>, effacez le long "
                                "titre et tapez un nom court : « Mairie ».</p>",
                                "screenshot": None,
                                "tip": "Un nom court tient mieux dans la barre des favoris.",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Terminé</b>.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Retrouver un site favori",
                        "steps": [
                            {
                                "instruction": "<p>Regardez sous la barre d'adresse : la "
                                "<b>barre des favoris</b> affiche vos sites.</p>",
                                "screenshot": "web-favorites-bar",
                                "tip": "Elle n'apparaît pas ? Appuyez sur Ctrl, Maj et B en "
                                "même temps.",
                            },
                            {
                                "instruction": "<p>Cliquez une fois sur le nom du site. Il "
                                "s'ouvre aussitôt.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Pour retirer un favori, faites un clic "
                                "droit sur son nom, puis <b>Supprimer</b>.</p>",
                                "screenshot": None,
                                "tip": "Le site n'est pas supprimé d'Internet, seulement de "
                                "votre liste.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Gardez peu de favoris : cinq ou six sites utiles. Une "
                        "liste courte se lit d'un coup d'œil.</p>",
                    },
                ),
                ("exercise", practice.FAVORITE_ORDER),
                ("exercise", practice.FAVORITE_RIGHT_CLICK),
                (
                    "document",
                    {
                        "sheet": "memo-navigateur",
                        "title": "Mémo à imprimer : le navigateur",
                        "description": "Les boutons du navigateur, les favoris et les bons "
                        "réflexes.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>L'étoile au bout de la barre d'adresse ajoute un "
                        "favori.</li><li>Donnez-lui un nom court.</li><li>Un clic dans la "
                        "barre des favoris ouvre le site.</li></ul>",
                    },
                ),
            ],
        },
    ],
}

GLOSSARY = [
    (
        "Internet",
        "Le grand réseau qui relie les ordinateurs du monde entier. Il permet de consulter "
        "des sites et d'envoyer des messages.",
    ),
    (
        "Navigateur",
        "Le programme qui sert à visiter les sites Internet. Il en existe plusieurs, qui "
        "marchent tous de la même façon.",
    ),
    (
        "Site web",
        "Un ensemble de pages sur Internet, tenu par une mairie, une entreprise ou une "
        "personne. Chaque site a son adresse.",
    ),
    (
        "Adresse web",
        "Le nom qui permet d'aller sur un site, comme www.mairie-exemple.fr. On la tape dans "
        "la barre d'adresse, sans espace.",
    ),
    (
        "Cadenas (https)",
        "Le petit cadenas au début de la barre d'adresse. Il montre que la connexion est "
        "protégée, mais pas que le site est honnête.",
    ),
    (
        "Moteur de recherche",
        "Un site qui cherche des pages pour vous à partir de quelques mots. Il affiche une "
        "liste de résultats.",
    ),
    (
        "Lien",
        "Un texte ou une image sur lequel on peut cliquer pour ouvrir une autre page. Le "
        "pointeur devient alors une main.",
    ),
    (
        "Onglet",
        "Une page ouverte dans le navigateur, avec son titre en haut. On peut en ouvrir "
        "plusieurs et passer de l'un à l'autre.",
    ),
    (
        "Favori",
        "Un site gardé en mémoire dans le navigateur, comme un marque-page. Un clic suffit "
        "pour y revenir.",
    ),
    (
        "Publicité",
        "Un message payé par une marque pour vendre quelque chose. Sur Internet, il est "
        "souvent marqué « Publicité », « Annonce » ou « Sponsorisé ».",
    ),
    (
        "Cookie",
        "Un petit fichier qu'un site dépose dans votre navigateur pour se souvenir de vous. "
        "Vous pouvez refuser ceux qui servent à la publicité.",
    ),
]

SHEETS = {
    "memo-navigateur": {
        "title": "Mémo : le navigateur",
        "lines": [
            "Ouvrir : double-clic sur l'icône du navigateur.",
            "Aller sur un site connu : cliquez dans la barre d'adresse, tapez, puis Entrée.",
            "Revenir à la page d'avant : flèche ← en haut à gauche.",
            "Lire la suite : tournez la molette de la souris.",
            "Texte plus grand : Ctrl et +. Plus petit : Ctrl et -. Normal : Ctrl et 0.",
            "Nouvel onglet : le + à droite des onglets.",
            "Fermer un onglet : sa petite croix.",
            "Chercher : quelques mots dans le moteur de recherche, puis Entrée.",
            "Annonce ou Sponsorisé = publicité.",
            "Ajouter un favori : l'étoile au bout de la barre d'adresse.",
            "Avant de taper une information : cadenas ET bon nom de site.",
            "Les sites de l'État finissent par .gouv.fr",
        ],
    },
    "memo-arnaques-internet": {
        "title": "Mémo : les signes d'une arnaque sur Internet",
        "lines": [
            "« Vous avez gagné ! » : personne ne gagne en visitant un site.",
            "« Votre ordinateur est bloqué, appelez ce numéro » : c'est faux.",
            "Une page qui fait peur ou qui presse : prenez votre temps.",
            "Un service gratuit devenu payant : ce n'est pas le site officiel.",
            "Pas de cadenas, ou un nom de site bizarre : ne tapez rien.",
            "On ne donne jamais sa carte bancaire pour recevoir un cadeau.",
            "On n'installe jamais un programme à la demande d'un inconnu.",
            "Une page ne se ferme pas ? Éteignez l'ordinateur normalement.",
            "Vous avez payé ? Appelez votre banque tout de suite.",
            "De l'aide : www.cybermalveillance.gouv.fr",
            "Dans le doute, demandez à l'animateur ou à un proche.",
        ],
    },
}
