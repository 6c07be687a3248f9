"""Track « Les bases de l'ordinateur »: switching on and off, mouse, keyboard, windows, files."""

from ..practice import pc_basics as practice

TRACK = {
    "slug": "bases-ordinateur",
    "title": "Les bases de l'ordinateur",
    "summary": (
        "Vous n'avez jamais ou presque jamais utilisé un ordinateur ? Ce parcours commence par "
        "le début : allumer et éteindre la machine, tenir la souris, écrire au clavier, ouvrir "
        "et fermer une fenêtre, puis ranger vos papiers dans des dossiers. Pas à pas, sans "
        "jargon, à votre rythme."
    ),
    "level": "beginner",
    "duration_minutes": 185,
    "audience": "Retraités et demandeurs d'emploi qui débutent avec l'ordinateur.",
    "objectives": [
        "Allumer et éteindre un ordinateur sans risque",
        "Se servir de la souris : clic, double-clic, clic droit, glisser-déposer",
        "Écrire et corriger un texte au clavier",
        "Ouvrir, réduire, agrandir et fermer une fenêtre",
        "Ranger ses fichiers dans des dossiers",
    ],
    "prerequisites": [],
    "tags": ["débutant", "ordinateur", "souris", "clavier"],
    "cover": "cover-pc-basics",
    "lessons": [
        {
            "slug": "allumer-et-eteindre",
            "title": "Allumer et éteindre l'ordinateur",
            "summary": (
                "Reconnaître les parties de l'ordinateur, l'allumer, ouvrir votre session, "
                "puis l'éteindre proprement."
            ),
            "objectives": [
                "Nommer les quatre parties d'un ordinateur de bureau",
                "Allumer l'ordinateur et ouvrir sa session",
                "Éteindre l'ordinateur par le menu Démarrer",
            ],
            "duration_minutes": 25,
            "tags": ["débutant", "ordinateur"],
            "body": [
                (
                    "text",
                    "<h2>Faire connaissance avec l'ordinateur</h2>"
                    "<p>Un ordinateur de bureau a quatre parties. L'<b>écran</b> affiche les "
                    "images. L'<b>unité centrale</b> est la boîte qui fait le travail. Le "
                    "<b>clavier</b> sert à écrire. La <b>souris</b> sert à montrer et à "
                    "choisir.</p>"
                    "<p>Un ordinateur portable réunit tout dans un seul appareil. Il se plie "
                    "comme un livre.</p>"
                    "<p>Rassurez-vous : vous ne casserez rien en appuyant sur une touche. "
                    "Prenez votre temps.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "pc-parts",
                        "caption": "Les quatre parties d'un ordinateur fixe : l'écran, "
                        "l'unité centrale, le clavier et la souris.",
                    },
                ),
                ("glossary_term", "Unité centrale"),
                (
                    "steps",
                    {
                        "title": "Allumer l'ordinateur",
                        "steps": [
                            {
                                "instruction": "<p>Repérez le <b>bouton de marche</b> : un "
                                "rond avec un petit trait en haut.</p>",
                                "screenshot": "pc-power-button",
                                "tip": "Sur un ordinateur fixe, il est sur l'unité centrale. "
                                "Sur un portable, il est souvent au-dessus du clavier.",
                            },
                            {
                                "instruction": "<p>Appuyez <b>une seule fois</b>, "
                                "brièvement, sur ce bouton.</p>",
                                "screenshot": None,
                                "tip": "Un petit voyant s'allume. Si l'écran reste noir, "
                                "vérifiez que l'écran est allumé lui aussi.",
                            },
                            {
                                "instruction": "<p>Patientez une ou deux minutes : "
                                "l'ordinateur se prépare.</p>",
                                "screenshot": None,
                                "tip": "N'appuyez pas une deuxième fois sur le bouton "
                                "pendant ce temps.",
                            },
                            {
                                "instruction": "<p>Tapez votre <b>mot de passe</b> dans la "
                                "case, sous votre nom.</p>",
                                "screenshot": "pc-login-screen",
                                "tip": "Les lettres s'affichent en points. C'est normal : "
                                "personne ne peut les lire par-dessus votre épaule.",
                            },
                            {
                                "instruction": "<p>Appuyez sur la touche <b>Entrée</b> du "
                                "clavier. Le bureau apparaît.</p>",
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
                        "text": "<p>N'éteignez pas l'ordinateur en débranchant la prise, ni "
                        "en restant appuyé sur le bouton de marche. Vous pourriez perdre "
                        "votre travail. Gardez ce geste pour le cas où l'ordinateur ne "
                        "répond plus du tout.</p>",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Éteindre l'ordinateur",
                        "steps": [
                            {
                                "instruction": "<p>Fermez les programmes ouverts et "
                                "enregistrez votre travail.</p>",
                                "screenshot": None,
                                "tip": "Vous apprendrez à le faire dans les leçons suivantes.",
                            },
                            {
                                "instruction": "<p>Cliquez sur le bouton <b>Démarrer</b>, "
                                "en bas à gauche de l'écran.</p>",
                                "screenshot": "pc-shutdown-menu",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Cliquez sur <b>Marche/Arrêt</b>, puis "
                                "sur <b>Arrêter</b>.</p>",
                                "screenshot": None,
                                "tip": "« Mettre en veille » met seulement l'ordinateur en "
                                "pause. Il consomme encore un peu d'électricité.",
                            },
                            {
                                "instruction": "<p>Attendez que l'écran devienne noir et "
                                "que le voyant s'éteigne.</p>",
                                "screenshot": None,
                                "tip": "Vous pouvez ensuite éteindre l'écran, ou refermer "
                                "le portable.",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Sur un portable, surveillez le petit dessin de pile en "
                        "bas à droite de l'écran. Quand il devient rouge, branchez le "
                        "chargeur.</p>",
                    },
                ),
                ("exercise", practice.SHUTDOWN_ORDER),
                ("exercise", practice.START_BUTTON_CLICK),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Pour allumer : un appui bref sur le bouton de "
                        "marche.</li><li>Le mot de passe s'affiche en points : c'est "
                        "normal.</li><li>Pour éteindre : Démarrer, Marche/Arrêt, puis "
                        "Arrêter.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "utiliser-la-souris",
            "title": "Utiliser la souris",
            "summary": (
                "Tenir la souris, déplacer le pointeur, puis cliquer, double-cliquer, faire "
                "un clic droit et glisser-déposer."
            ),
            "objectives": [
                "Tenir la souris et déplacer le pointeur",
                "Faire un clic, un double-clic et un clic droit",
                "Glisser-déposer un objet à l'écran",
            ],
            "duration_minutes": 40,
            "tags": ["souris", "débutant"],
            "body": [
                (
                    "text",
                    "<h2>La souris, votre main à l'écran</h2>"
                    "<p>Quand vous bougez la souris sur la table, une petite flèche bouge à "
                    "l'écran. C'est le <b>pointeur</b>. Il montre l'endroit où vous allez "
                    "agir.</p>"
                    "<p>La souris a deux boutons et une molette. Le bouton de gauche sert "
                    "presque tout le temps.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "pc-mouse-buttons",
                        "caption": "Le bouton gauche sert presque à tout. Le bouton droit "
                        "ouvre un menu. La molette fait défiler la page.",
                    },
                ),
                ("glossary_term", "Souris"),
                (
                    "steps",
                    {
                        "title": "Tenir et déplacer la souris",
                        "steps": [
                            {
                                "instruction": "<p>Posez la main à plat sur la souris, le "
                                "fil vers l'écran.</p>",
                                "screenshot": None,
                                "tip": "Vous êtes gaucher ? L'animateur peut inverser les "
                                "deux boutons.",
                            },
                            {
                                "instruction": "<p>Placez l'index sur le bouton gauche et "
                                "le majeur sur le bouton droit.</p>",
                                "screenshot": None,
                                "tip": "Le pouce et l'annulaire tiennent la souris sur les "
                                "côtés, sans serrer.",
                            },
                            {
                                "instruction": "<p>Faites glisser la souris sur la table, "
                                "sans la soulever. Regardez le pointeur bouger.</p>",
                                "screenshot": None,
                                "tip": "Arrivé au bord du tapis ? Soulevez la souris et "
                                "reposez-la au milieu. Le pointeur ne bouge pas pendant ce "
                                "temps.",
                            },
                            {
                                "instruction": "<p>Observez le pointeur : sa forme change "
                                "selon l'endroit où il se trouve.</p>",
                                "screenshot": "pc-pointer-shapes",
                                "tip": "Le cercle qui tourne veut dire : patientez.",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Clic droit"),
                ("glossary_term", "Double-clic"),
                (
                    "steps",
                    {
                        "title": "Cliquer, double-cliquer, faire un clic droit",
                        "steps": [
                            {
                                "instruction": "<p><b>Clic</b> : appuyez une fois sur le "
                                "bouton gauche, puis relâchez. Cela sert à choisir.</p>",
                                "screenshot": None,
                                "tip": "Gardez la souris immobile pendant le clic.",
                            },
                            {
                                "instruction": "<p><b>Double-clic</b> : appuyez deux fois, "
                                "très vite, sur le bouton gauche. Cela ouvre un dossier ou "
                                "un programme.</p>",
                                "screenshot": "pc-double-click",
                                "tip": "Rien ne s'ouvre ? Recommencez un peu plus vite.",
                            },
                            {
                                "instruction": "<p><b>Clic droit</b> : appuyez une fois sur "
                                "le bouton droit. Un petit menu s'ouvre.</p>",
                                "screenshot": None,
                                "tip": "Pour fermer ce menu sans rien choisir, cliquez à "
                                "côté avec le bouton gauche.",
                            },
                            {
                                "instruction": "<p><b>Glisser-déposer</b> : appuyez sur le "
                                "bouton gauche et gardez-le enfoncé. Déplacez la souris, "
                                "puis relâchez.</p>",
                                "screenshot": "pc-drag-drop",
                                "tip": "C'est comme prendre un objet, le porter, puis le "
                                "poser ailleurs.",
                            },
                        ],
                    },
                ),
                ("exercise", practice.MOUSE_CLICK),
                ("exercise", practice.MOUSE_DOUBLE_CLICK),
                ("exercise", practice.MOUSE_RIGHT_CLICK),
                ("exercise", practice.MOUSE_DRAG),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pour vous entraîner sans stress, faites une partie de "
                        "réussite (jeu de cartes) sur l'ordinateur. Elle fait travailler le "
                        "clic et le glisser-déposer.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>Le double-clic sert seulement à ouvrir une icône. Sur un "
                        "bouton ou sur un lien Internet, <b>un seul clic</b> suffit.</p>",
                    },
                ),
                ("exercise", practice.MOUSE_GESTURES_MATCH),
                (
                    "document",
                    {
                        "sheet": "memo-souris",
                        "title": "Mémo à imprimer : les gestes de la souris",
                        "description": "Une page en gros caractères, à garder près de "
                        "l'ordinateur.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Un clic gauche pour choisir, un double-clic pour "
                        "ouvrir.</li><li>Le clic droit ouvre un menu.</li><li>Glisser-"
                        "déposer : appuyer, déplacer, relâcher.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "ecrire-avec-le-clavier",
            "title": "Écrire avec le clavier",
            "summary": (
                "Repérer les touches utiles, écrire des mots, des majuscules et des accents, "
                "puis corriger une faute de frappe."
            ),
            "objectives": [
                "Repérer les touches importantes du clavier",
                "Écrire une majuscule, un chiffre et une lettre accentuée",
                "Corriger une faute de frappe",
            ],
            "duration_minutes": 40,
            "tags": ["clavier", "débutant"],
            "body": [
                (
                    "text",
                    "<h2>Le clavier, pour écrire</h2>"
                    "<p>Le clavier français s'appelle <b>AZERTY</b>, comme les premières "
                    "lettres de sa deuxième rangée. Les lettres ne sont pas dans l'ordre de "
                    "l'alphabet. C'est normal : on s'y habitue vite.</p>"
                    "<p>Pour écrire, il faut d'abord un endroit où écrire : une case, un "
                    "document ou un message. Cliquez dedans. Un petit trait clignote : c'est "
                    "le <b>curseur</b>. La lettre tapée s'écrit à cet endroit.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "pc-keyboard",
                        "caption": "Les quatre touches les plus utiles : Effacer, Entrée, "
                        "Majuscule et la barre d'espace.",
                    },
                ),
                ("glossary_term", "Clavier"),
                (
                    "steps",
                    {
                        "title": "Écrire une phrase",
                        "steps": [
                            {
                                "instruction": "<p>Cliquez dans la zone où vous voulez "
                                "écrire. Le curseur clignote.</p>",
                                "screenshot": "pc-text-cursor",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Tapez les lettres une par une, en "
                                "appuyant brièvement sur chaque touche.</p>",
                                "screenshot": None,
                                "tip": "Si vous restez appuyé, la lettre se répète : "
                                "« ssss ». Effacez simplement les lettres en trop.",
                            },
                            {
                                "instruction": "<p>Entre deux mots, appuyez sur la longue "
                                "<b>barre d'espace</b>, en bas du clavier.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Pour une majuscule, maintenez la touche "
                                "<b>Maj</b> (la flèche vers le haut), puis tapez la "
                                "lettre.</p>",
                                "screenshot": "pc-special-keys",
                                "tip": "La touche Verr. Maj écrit TOUT en majuscules. "
                                "Rappuyez dessus pour arrêter.",
                            },
                            {
                                "instruction": "<p>Pour aller à la ligne, appuyez sur "
                                "<b>Entrée</b>.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Curseur"),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Les chiffres de la rangée du haut demandent la touche "
                        "Maj. Plus simple : utilisez le pavé de chiffres, à droite du "
                        "clavier. Si rien ne s'écrit, appuyez une fois sur la touche "
                        "<b>Verr. Num</b>.</p>",
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Corriger une faute",
                        "steps": [
                            {
                                "instruction": "<p>Appuyez sur la touche <b>Effacer</b>, la "
                                "flèche vers la gauche au-dessus d'Entrée.</p>",
                                "screenshot": None,
                                "tip": "Elle efface la lettre qui est à gauche du curseur.",
                            },
                            {
                                "instruction": "<p>Pour corriger plus loin dans le texte, "
                                "cliquez juste après la faute.</p>",
                                "screenshot": None,
                                "tip": "Le curseur se place là où vous avez cliqué. Les "
                                "flèches du clavier le déplacent aussi.",
                            },
                            {
                                "instruction": "<p>Effacez la lettre fausse, puis tapez la "
                                "bonne.</p>",
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
                        "text": "<p>Les lettres é, è, à et ç ont leur propre touche, sur la "
                        "rangée des chiffres. Pour écrire ê ou â, appuyez d'abord sur la "
                        "touche <b>^</b> (à droite du P), puis sur la lettre.</p>",
                    },
                ),
                ("exercise", practice.KEYBOARD_TYPING),
                ("exercise", practice.KEYBOARD_SHORTCUTS),
                (
                    "document",
                    {
                        "sheet": "memo-clavier",
                        "title": "Mémo à imprimer : les touches utiles",
                        "description": "Les touches à connaître et à quoi elles servent, "
                        "sur une page.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Le curseur montre où le texte va s'écrire.</li>"
                        "<li>Maj + une lettre donne une majuscule.</li><li>Effacer supprime "
                        "la lettre à gauche du curseur.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "bureau-et-fenetres",
            "title": "Le bureau et les fenêtres",
            "summary": (
                "Reconnaître le bureau, ouvrir un programme, puis réduire, agrandir et fermer "
                "une fenêtre, et passer d'une fenêtre à l'autre."
            ),
            "objectives": [
                "Reconnaître le bureau, les icônes et la barre des tâches",
                "Ouvrir un programme",
                "Réduire, agrandir et fermer une fenêtre",
                "Passer d'une fenêtre à l'autre",
            ],
            "duration_minutes": 35,
            "tags": ["fenêtre", "débutant"],
            "body": [
                (
                    "text",
                    "<h2>Le bureau, votre point de départ</h2>"
                    "<p>Après l'allumage, l'écran montre le <b>bureau</b>. Comme sur une "
                    "vraie table de travail, on y pose ce qui sert souvent.</p>"
                    "<p>Les petites images sont des <b>icônes</b>. Chacune ouvre un "
                    "programme, un dossier ou un fichier. En bas, la <b>barre des tâches</b> "
                    "montre le bouton Démarrer, les programmes ouverts et l'heure.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "pc-desktop",
                        "caption": "Le bureau : les icônes à gauche, la barre des tâches "
                        "en bas avec le bouton Démarrer et l'heure.",
                    },
                ),
                ("glossary_term", "Bureau"),
                ("glossary_term", "Barre des tâches"),
                ("glossary_term", "Icône"),
                (
                    "steps",
                    {
                        "title": "Ouvrir un programme",
                        "steps": [
                            {
                                "instruction": "<p>Repérez l'icône du programme sur le "
                                "bureau, par exemple « Photos ».</p>",
                                "screenshot": None,
                                "tip": "Pas d'icône sur le bureau ? Cliquez sur Démarrer : "
                                "la liste des programmes s'affiche.",
                            },
                            {
                                "instruction": "<p>Faites un <b>double-clic</b> sur l'icône.</p>",
                                "screenshot": "pc-double-click",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Patientez : une <b>fenêtre</b> s'ouvre "
                                "avec le programme.</p>",
                                "screenshot": None,
                                "tip": "Un seul double-clic suffit. Sinon, le programme "
                                "risque de s'ouvrir deux fois.",
                            },
                        ],
                    },
                ),
                ("glossary_term", "Fenêtre"),
                (
                    "steps",
                    {
                        "title": "Se servir des boutons d'une fenêtre",
                        "steps": [
                            {
                                "instruction": "<p>Regardez en haut à droite de la "
                                "fenêtre : il y a trois boutons.</p>",
                                "screenshot": "pc-window-parts",
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Le trait, <b>Réduire</b>, cache la "
                                "fenêtre dans la barre des tâches. Le programme reste "
                                "ouvert.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Le carré, <b>Agrandir</b>, étale la "
                                "fenêtre sur tout l'écran. Cliquez encore pour revenir.</p>",
                                "screenshot": None,
                                "tip": "Une fenêtre agrandie est plus facile à lire.",
                            },
                            {
                                "instruction": "<p>La croix, <b>Fermer</b>, ferme le "
                                "programme.</p>",
                                "screenshot": None,
                                "tip": "Si vous avez écrit quelque chose, l'ordinateur "
                                "propose d'abord de l'enregistrer.",
                            },
                            {
                                "instruction": "<p>Pour retrouver une fenêtre réduite ou "
                                "cachée, cliquez sur son nom dans la barre des tâches.</p>",
                                "screenshot": "pc-taskbar-switch",
                                "tip": "",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "text": "<p>La croix ferme le programme. Avant de cliquer, "
                        "demandez-vous si votre travail est bien enregistré.</p>",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Pour déplacer une fenêtre, glissez-la en la tenant par "
                        "sa barre de titre, tout en haut.</p>",
                    },
                ),
                ("exercise", practice.WINDOW_MINIMIZE_CLICK),
                ("exercise", practice.WINDOW_BUTTONS_TRUE_FALSE),
                ("h5p_activity", {"demo": "fermer-une-fenetre"}),
                (
                    "document",
                    {
                        "sheet": "memo-fenetres-dossiers",
                        "title": "Mémo à imprimer : fenêtres et dossiers",
                        "description": "Les boutons des fenêtres et le rangement des "
                        "fichiers, sur une page.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Le bureau est le premier écran, avec les icônes et "
                        "la barre des tâches.</li><li>Un double-clic sur une icône ouvre une "
                        "fenêtre.</li><li>En haut à droite : réduire, agrandir, "
                        "fermer.</li></ul>",
                    },
                ),
            ],
        },
        {
            "slug": "fichiers-et-dossiers",
            "title": "Ranger ses fichiers dans des dossiers",
            "summary": (
                "Comprendre ce que sont un fichier et un dossier, créer un dossier, y ranger "
                "un fichier, et utiliser la corbeille."
            ),
            "objectives": [
                "Distinguer un fichier d'un dossier",
                "Créer et nommer un dossier",
                "Déplacer un fichier dans un dossier",
                "Supprimer un fichier puis le récupérer",
            ],
            "duration_minutes": 45,
            "tags": ["fichiers", "rangement"],
            "body": [
                (
                    "text",
                    "<h2>Un ordinateur bien rangé</h2>"
                    "<p>Tout ce que vous gardez dans l'ordinateur est un <b>fichier</b> : une "
                    "photo, une lettre, une facture.</p>"
                    "<p>Les fichiers se rangent dans des <b>dossiers</b>, comme des feuilles "
                    "dans des chemises. Un dossier peut contenir d'autres dossiers. Par "
                    "exemple, le dossier « Documents » contient le dossier « Lettres », qui "
                    "contient la lettre à la mairie.</p>",
                ),
                (
                    "image",
                    {
                        "illustration": "pc-folder-tree",
                        "caption": "Des dossiers rangés dans un dossier, comme des chemises "
                        "dans un tiroir.",
                    },
                ),
                ("glossary_term", "Fichier"),
                ("glossary_term", "Dossier"),
                (
                    "steps",
                    {
                        "title": "Ouvrir vos fichiers",
                        "steps": [
                            {
                                "instruction": "<p>Ouvrez la fenêtre <b>Mes fichiers</b> : "
                                "double-cliquez sur son icône, ou cherchez-la dans le menu "
                                "Démarrer.</p>",
                                "screenshot": "pc-file-explorer",
                                "tip": "Selon l'ordinateur, elle porte un autre nom, comme "
                                "« Explorateur de fichiers ». Demandez à l'animateur.",
                            },
                            {
                                "instruction": "<p>À gauche, cliquez sur <b>Documents</b>. "
                                "Son contenu s'affiche à droite.</p>",
                                "screenshot": None,
                                "tip": "Les dossiers sont jaunes. Les fichiers ressemblent "
                                "à des feuilles.",
                            },
                            {
                                "instruction": "<p>Double-cliquez sur un dossier pour "
                                "l'ouvrir.</p>",
                                "screenshot": None,
                                "tip": "Pour revenir, cliquez de nouveau sur Documents, à gauche.",
                            },
                        ],
                    },
                ),
                (
                    "steps",
                    {
                        "title": "Créer un dossier et y ranger un fichier",
                        "steps": [
                            {
                                "instruction": "<p>Dans Documents, faites un <b>clic "
                                "droit</b> dans un espace vide de la fenêtre.</p>",
                                "screenshot": "pc-new-folder",
                                "tip": "Cliquez bien dans le blanc, à côté des dossiers.",
                            },
                            {
                                "instruction": "<p>Dans le menu, pointez <b>Nouveau</b>, "
                                "puis cliquez sur <b>Dossier</b>.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Tapez le nom du dossier, par exemple "
                                "« Photos de Léa ». Appuyez sur <b>Entrée</b>.</p>",
                                "screenshot": "pc-rename-folder",
                                "tip": "Le dossier s'appelle encore « Nouveau dossier » ? "
                                "Faites un clic droit dessus, puis « Renommer ».",
                            },
                            {
                                "instruction": "<p>Faites glisser un fichier sur le "
                                "dossier, puis relâchez. Le fichier est rangé.</p>",
                                "screenshot": "pc-drag-drop",
                                "tip": "",
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "text": "<p>Choisissez des noms courts et clairs : « Santé », "
                        "« Factures 2025 », « Lettres ». Vous retrouverez tout plus "
                        "vite.</p>",
                    },
                ),
                ("glossary_term", "Corbeille"),
                (
                    "steps",
                    {
                        "title": "Supprimer un fichier, puis le récupérer",
                        "steps": [
                            {
                                "instruction": "<p>Faites glisser le fichier inutile sur la "
                                "<b>Corbeille</b>.</p>",
                                "screenshot": "pc-recycle-bin",
                                "tip": "Autre façon : clic droit sur le fichier, puis "
                                "« Supprimer ».",
                            },
                            {
                                "instruction": "<p>Vous avez changé d'avis ? Ouvrez la "
                                "Corbeille par un double-clic.</p>",
                                "screenshot": None,
                                "tip": "",
                            },
                            {
                                "instruction": "<p>Faites un clic droit sur le fichier, puis "
                                "cliquez sur <b>Restaurer</b>. Il retourne à sa place.</p>",
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
                        "text": "<p>« Vider la corbeille » efface les fichiers pour de bon. "
                        "Faites-le seulement si vous êtes sûr de vous.</p>",
                    },
                ),
                ("exercise", practice.NEW_FOLDER_ORDER),
                ("exercise", practice.RESTORE_FROM_BIN),
                ("exercise", practice.FILE_DRAG),
                (
                    "document",
                    {
                        "sheet": "memo-fenetres-dossiers",
                        "title": "Mémo à imprimer : fenêtres et dossiers",
                        "description": "Créer, nommer, ranger et supprimer, en quelques lignes.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "remember",
                        "text": "<ul><li>Un fichier est une feuille ; un dossier est la "
                        "chemise qui la range.</li><li>Clic droit, Nouveau, Dossier : pour "
                        "créer un dossier.</li><li>Un fichier supprimé attend dans la "
                        "corbeille tant qu'on ne la vide pas.</li></ul>",
                    },
                ),
            ],
        },
    ],
}

GLOSSARY = [
    (
        "Unité centrale",
        "La boîte d'un ordinateur fixe, où se trouve le bouton de marche. C'est elle qui fait "
        "le travail et garde vos fichiers.",
    ),
    (
        "Souris",
        "Le petit appareil que l'on fait glisser sur la table. Il déplace la flèche à l'écran "
        "et permet de cliquer.",
    ),
    (
        "Double-clic",
        "Deux appuis très rapides sur le bouton gauche de la souris. Il sert à ouvrir une "
        "icône, un dossier ou un fichier.",
    ),
    (
        "Clic droit",
        "Un appui sur le bouton droit de la souris. Il ouvre un petit menu de choix.",
    ),
    (
        "Clavier",
        "La planche de touches qui sert à écrire. En France, ses lettres commencent par "
        "A, Z, E, R, T, Y.",
    ),
    (
        "Curseur",
        "Le petit trait qui clignote là où le texte va s'écrire. On le déplace en cliquant "
        "ailleurs dans le texte.",
    ),
    (
        "Bureau",
        "Le premier écran qui s'affiche après l'allumage. On y trouve les icônes et la barre "
        "des tâches.",
    ),
    (
        "Icône",
        "Une petite image avec un nom dessous. Un double-clic dessus ouvre ce qu'elle représente.",
    ),
    (
        "Fenêtre",
        "Le cadre dans lequel s'affiche un programme ouvert. Il a trois boutons en haut à "
        "droite : réduire, agrandir, fermer.",
    ),
    (
        "Barre des tâches",
        "La bande en bas de l'écran. Elle montre le bouton Démarrer, les programmes ouverts "
        "et l'heure.",
    ),
    (
        "Fichier",
        "Un document gardé dans l'ordinateur : une photo, une lettre, une facture. Chaque "
        "fichier a un nom.",
    ),
    (
        "Dossier",
        "Une chemise qui range des fichiers, ou d'autres dossiers. Son icône est jaune.",
    ),
    (
        "Corbeille",
        "L'endroit où vont les fichiers supprimés. On peut encore les récupérer, tant que la "
        "corbeille n'est pas vidée.",
    ),
]

SHEETS = {
    "memo-souris": {
        "title": "Mémo : les gestes de la souris",
        "lines": [
            "Posez la main à plat sur la souris, le fil vers l'écran.",
            "L'index sur le bouton gauche, le majeur sur le bouton droit.",
            "CLIC : un appui bref sur le bouton gauche. Pour choisir.",
            "DOUBLE-CLIC : deux appuis rapides à gauche. Pour ouvrir une icône.",
            "CLIC DROIT : un appui sur le bouton droit. Ouvre un menu.",
            "GLISSER-DÉPOSER : appuyer, déplacer sans lâcher, relâcher.",
            "MOLETTE : fait monter ou descendre la page.",
            "Bord du tapis ? Soulevez la souris et reposez-la au milieu.",
            "Un lien ou un bouton : un seul clic suffit.",
            "Le cercle qui tourne : patientez.",
        ],
    },
    "memo-clavier": {
        "title": "Mémo : les touches utiles du clavier",
        "lines": [
            "Cliquez d'abord là où vous voulez écrire : le curseur clignote.",
            "Maj + une lettre : une majuscule.",
            "Verr. Maj : TOUT EN MAJUSCULES. Rappuyez pour arrêter.",
            "Espace (la longue barre) : un blanc entre deux mots.",
            "Entrée : valider, ou aller à la ligne.",
            "Effacer (flèche vers la gauche) : efface à gauche du curseur.",
            "Suppr : efface à droite du curseur.",
            "Chiffres : pavé de droite (Verr. Num allumé), ou Maj + rangée du haut.",
            "é è à ç : touches de la rangée des chiffres.",
            "ê â î : touche ^ puis la lettre.",
            "@ (arobase) : Alt Gr + la touche à.",
        ],
    },
    "memo-fenetres-dossiers": {
        "title": "Mémo : les fenêtres et les dossiers",
        "lines": [
            "Ouvrir une icône : double-clic.",
            "En haut à droite d'une fenêtre : — Réduire, □ Agrandir, ✕ Fermer.",
            "Retrouver une fenêtre : cliquez sur son nom dans la barre des tâches.",
            "Déplacer une fenêtre : glissez-la par sa barre de titre.",
            "Créer un dossier : clic droit dans le vide, Nouveau, Dossier.",
            "Nommer le dossier : tapez le nom, puis Entrée.",
            "Renommer : clic droit sur le dossier, Renommer.",
            "Ranger un fichier : glissez-le sur le dossier.",
            "Supprimer : glissez le fichier sur la Corbeille.",
            "Récupérer : ouvrez la Corbeille, clic droit, Restaurer.",
            "Vider la corbeille efface pour de bon.",
        ],
    },
}
