"""Track "Retoucher ses photos": from the phone to the PC, tidy folders, simple retouching.

Plain data only; see the format in ``demo/content/__init__.py``.
"""

from ..practice import photo as practice

GLOSSARY = [
    (
        "Câble USB",
        "Le fil qui relie un appareil à l'ordinateur, souvent le même que celui du chargeur. "
        "Il sert à recharger et aussi à faire passer des fichiers, comme des photos.",
    ),
    (
        "Clé USB",
        "Un petit objet que l'on branche sur l'ordinateur pour y copier des fichiers. "
        "On l'emporte partout et elle sert aussi à garder une copie de sécurité.",
    ),
    (
        "Recadrer",
        "Couper les bords d'une photo pour ne garder que l'essentiel. "
        "Certains programmes appellent cet outil « Rogner ».",
    ),
    (
        "Redresser",
        "Tourner très légèrement une photo pour que l'horizon soit bien droit. "
        "On le fait avec une réglette, degré par degré.",
    ),
    (
        "Luminosité",
        "La quantité de lumière d'une photo. "
        "Plus de luminosité éclaircit toute la photo, moins l'assombrit.",
    ),
    (
        "Contraste",
        "La différence entre les parties claires et les parties sombres d'une photo. "
        "Un peu plus de contraste rend une photo terne plus vive.",
    ),
    (
        "Pixel",
        "Un tout petit carré de couleur. "
        "Une photo est faite de millions de pixels, comme une mosaïque.",
    ),
    (
        "Redimensionner",
        "Changer la taille d'une photo, en nombre de pixels. "
        "Une photo plus petite est plus légère et s'envoie plus vite par e-mail.",
    ),
]

SHEETS = {
    "memo-photo-transfert": {
        "title": "Mettre ses photos du téléphone sur l'ordinateur",
        "lines": [
            "1. Branchez le câble du chargeur au téléphone et à l'ordinateur.",
            "2. Déverrouillez le téléphone.",
            "3. Sur le téléphone, touchez « Transfert de fichiers ».",
            "   (iPhone : touchez « Autoriser ».)",
            "4. Sur l'ordinateur, ouvrez l'Explorateur de fichiers.",
            "5. À gauche, cliquez sur le nom du téléphone.",
            "6. Ouvrez le dossier DCIM, puis le dossier des photos.",
            "7. Choisissez les photos (Ctrl + clic), clic droit, Copier.",
            "8. Allez dans Images, ouvrez le bon dossier.",
            "9. Clic droit dans un espace vide, Coller.",
            "10. Attendez la fin de la copie avant de débrancher.",
            "Rangement : un dossier par année, un dossier par événement.",
            "Exemple de nom : 2024-06 Anniversaire Lucie",
            "Une fois par mois : copie de sécurité sur une clé USB.",
        ],
    },
    "memo-photo-retouche": {
        "title": "Retoucher et envoyer une photo",
        "lines": [
            "Ouvrir : clic droit sur la photo, Ouvrir avec, programme de retouche.",
            "Puis cliquer sur Modifier (souvent un petit crayon).",
            "Recadrer (ou Rogner) : tirer les coins du cadre, puis Valider.",
            "Redresser : faire glisser la réglette, l'horizon doit être droit.",
            "Lumière : pousser un peu Luminosité, puis Contraste.",
            "Erreur ? Annuler, ou Ctrl + Z.",
            "Pour l'e-mail : Redimensionner, largeur 1600 pixels.",
            "Garder la case « Garder les proportions » cochée.",
            "Toujours : Enregistrer une copie, jamais remplacer l'original.",
            "Nom de la copie : ajouter « petite », ex. jardin-petite.",
            "Envoyer 5 ou 6 photos par e-mail, pas plus.",
        ],
    },
}

REMEMBER = "remember"

LESSONS = [
    {
        "slug": "photos-du-telephone-a-l-ordinateur",
        "title": "Mettre ses photos du téléphone sur l'ordinateur",
        "summary": "Brancher son téléphone avec le câble du chargeur, retrouver ses photos dans "
        "le dossier DCIM et les copier sur l'ordinateur.",
        "objectives": [
            "Brancher son téléphone à l'ordinateur avec un câble USB",
            "Autoriser le transfert de fichiers sur le téléphone",
            "Copier ses photos dans le dossier Images",
        ],
        "duration_minutes": 30,
        "tags": ["photos", "téléphone"],
        "body": [
            (
                "text",
                "<h2>Pourquoi mettre ses photos sur l'ordinateur ?</h2>"
                "<p>Votre téléphone garde vos photos. Mais sa mémoire se remplit vite. "
                "Et s'il est perdu ou cassé, les photos peuvent disparaître avec lui.</p>"
                "<p>Sur l'ordinateur, vos photos sont à l'abri. Vous les voyez en grand. "
                "Vous pouvez les ranger, les retoucher et les imprimer.</p>"
                "<p>Il vous faut trois choses : votre téléphone, son câble de charge et "
                "l'ordinateur. Le câble de charge sert aussi à faire passer les photos.</p>",
            ),
            ("glossary_term", "Câble USB"),
            (
                "image",
                {
                    "illustration": "photo-phone-cable",
                    "caption": "Le câble du chargeur relie le téléphone à une prise USB de "
                    "l'ordinateur.",
                },
            ),
            (
                "steps",
                {
                    "title": "Brancher le téléphone et trouver les photos",
                    "steps": [
                        {
                            "instruction": "<p>Débranchez le câble de son chargeur. Branchez le "
                            "petit bout dans le téléphone et le grand bout dans une prise USB "
                            "de l'ordinateur.</p>",
                            "screenshot": "photo-phone-cable",
                            "tip": "La prise USB est un petit trou rectangulaire, à l'avant ou "
                            "sur le côté de l'ordinateur. Elle n'entre que dans un sens : ne "
                            "forcez pas.",
                        },
                        {
                            "instruction": "<p>Déverrouillez le téléphone avec votre code ou "
                            "votre doigt.</p>",
                            "screenshot": None,
                            "tip": "Tant que le téléphone est verrouillé, l'ordinateur ne voit "
                            "pas les photos.",
                        },
                        {
                            "instruction": "<p>Un message apparaît sur le téléphone. Touchez "
                            "<b>Transfert de fichiers</b>.</p>",
                            "screenshot": "photo-phone-usb-choice",
                            "tip": "Pas de message ? Faites glisser le haut de l'écran vers le "
                            "bas et touchez la ligne qui parle d'USB. Sur un iPhone, touchez "
                            "« Autoriser ».",
                        },
                        {
                            "instruction": "<p>Sur l'ordinateur, ouvrez l'<b>Explorateur de "
                            "fichiers</b> : c'est l'icône du dossier jaune, en bas de "
                            "l'écran.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Dans la liste de gauche, cliquez sur le nom de "
                            "votre téléphone.</p>",
                            "screenshot": "photo-explorer-phone",
                            "tip": "Il est parfois rangé sous « Ce PC ».",
                        },
                        {
                            "instruction": "<p>Double-cliquez sur le dossier <b>DCIM</b>, puis "
                            "sur le dossier qu'il contient (souvent <b>Camera</b>).</p>",
                            "screenshot": "photo-explorer-phone",
                            "tip": "DCIM veut dire « images de l'appareil photo ». Ce nom est "
                            "le même sur presque tous les téléphones.",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Copier les photos sur l'ordinateur",
                    "steps": [
                        {
                            "instruction": "<p>Cliquez sur une photo. Pour en choisir "
                            "plusieurs, gardez la touche <b>Ctrl</b> enfoncée et cliquez sur "
                            "chacune.</p>",
                            "screenshot": "photo-copy-photos",
                            "tip": "Pour tout choisir d'un coup, appuyez sur Ctrl et A en même "
                            "temps.",
                        },
                        {
                            "instruction": "<p>Faites un clic droit sur une des photos "
                            "choisies, puis cliquez sur <b>Copier</b>.</p>",
                            "screenshot": "photo-copy-photos",
                            "tip": "Dans certains menus, Copier est une petite icône en haut du "
                            "menu : deux feuilles l'une sur l'autre.",
                        },
                        {
                            "instruction": "<p>Dans la liste de gauche, cliquez sur "
                            "<b>Images</b>, puis ouvrez le dossier où ranger les photos.</p>",
                            "screenshot": None,
                            "tip": "La leçon suivante explique comment créer ce dossier.",
                        },
                        {
                            "instruction": "<p>Faites un clic droit dans un espace vide de la "
                            "fenêtre, puis cliquez sur <b>Coller</b>.</p>",
                            "screenshot": None,
                            "tip": "S'il y a beaucoup de photos, la copie peut prendre "
                            "quelques minutes.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Ne débranchez pas le câble pendant la copie. Attendez que la "
                    "petite fenêtre de copie se ferme.</p>"
                    "<p>Choisissez bien <b>Copier</b>, et non Couper : les photos restent "
                    "aussi dans le téléphone, le temps de vérifier que tout est arrivé.</p>",
                },
            ),
            ("exercise", practice.PHONE_PHOTOS_ORDER),
            ("exercise", practice.PHONE_PHOTOS_BLANKS),
            (
                "document",
                {
                    "sheet": "memo-photo-transfert",
                    "title": "Fiche mémo : mettre ses photos sur l'ordinateur",
                    "description": "Les étapes en gros caractères, à garder près de l'ordinateur.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Le câble du chargeur sert aussi à transférer les "
                    "photos.</li>"
                    "<li>Sur le téléphone, choisissez « Transfert de fichiers ».</li>"
                    "<li>Les photos sont dans le dossier DCIM.</li>"
                    "<li>Copiez, puis attendez la fin avant de débrancher.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "ranger-ses-photos",
        "title": "Ranger ses photos dans des dossiers",
        "summary": "Créer un dossier par année et par événement, lui donner un nom clair, y "
        "ranger ses photos et en garder une copie sur une clé USB.",
        "objectives": [
            "Créer un dossier et lui donner un nom clair",
            "Déplacer des photos dans un dossier",
            "Faire une copie de sécurité sur une clé USB",
        ],
        "duration_minutes": 25,
        "tags": ["photos", "rangement"],
        "body": [
            (
                "text",
                "<h2>Bien rangées, vos photos se retrouvent</h2>"
                "<p>Au bout de quelques mois, vous aurez des centaines de photos. Leurs noms ne "
                "disent rien : IMG_0412, IMG_0413… Pour les retrouver, rangez-les comme dans "
                "un album.</p>"
                "<p>Une méthode simple : un dossier par année. Dans chaque année, un dossier "
                "par événement. Le nom commence par l'année et le mois, puis quelques mots "
                "clairs :</p>"
                "<ul><li>2024-06 Anniversaire Lucie</li><li>2024-09 Le jardin</li></ul>"
                "<p>Avec l'année et le mois au début, les dossiers se mettent tout seuls dans "
                "l'ordre.</p>",
            ),
            (
                "image",
                {
                    "illustration": "photo-folders-tidy",
                    "caption": "Dans Images : un dossier par année, puis un dossier par événement.",
                },
            ),
            (
                "steps",
                {
                    "title": "Créer un dossier pour un événement",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez l'Explorateur de fichiers et cliquez sur "
                            "<b>Images</b> dans la liste de gauche.</p>",
                            "screenshot": None,
                            "tip": "Si vous rangez par année, ouvrez d'abord le dossier de "
                            "l'année.",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Nouveau dossier</b>.</p>",
                            "screenshot": "photo-new-folder",
                            "tip": "Vous ne trouvez pas le bouton ? Faites un clic droit dans "
                            "un espace vide, puis Nouveau, puis Dossier.",
                        },
                        {
                            "instruction": "<p>Un dossier apparaît, avec son nom surligné. "
                            "Tapez tout de suite le nouveau nom, par exemple "
                            "<i>2024-06 Anniversaire Lucie</i>.</p>",
                            "screenshot": "photo-new-folder",
                            "tip": "Le dossier s'appelle « Nouveau dossier » ? Faites un clic "
                            "droit dessus, puis Renommer.",
                        },
                        {
                            "instruction": "<p>Appuyez sur la touche <b>Entrée</b> pour "
                            "valider le nom.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Mettre les photos dans le dossier",
                    "steps": [
                        {
                            "instruction": "<p>Choisissez les photos de l'événement : touche "
                            "<b>Ctrl</b> enfoncée, un clic sur chaque photo.</p>",
                            "screenshot": "photo-copy-photos",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Posez le pointeur sur une des photos choisies. "
                            "Gardez le bouton gauche enfoncé, glissez jusqu'au dossier, puis "
                            "relâchez.</p>",
                            "screenshot": None,
                            "tip": "Vous avez lâché trop tôt ? Rien de grave : recommencez.",
                        },
                        {
                            "instruction": "<p>Double-cliquez sur le dossier pour vérifier que "
                            "les photos sont bien dedans.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            ("glossary_term", "Clé USB"),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Faites une copie de sécurité. Une fois par mois, copiez votre "
                    "dossier Images sur une <b>clé USB</b> ou un disque dur externe. Rangez-la "
                    "ailleurs que près de l'ordinateur.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>N'effacez les photos du téléphone qu'après avoir vérifié "
                    "qu'elles sont bien sur l'ordinateur, et sur la clé de sécurité.</p>",
                },
            ),
            ("exercise", practice.FOLDER_NAMES_SORT),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Un dossier par année, puis un dossier par "
                    "événement.</li>"
                    "<li>Le nom commence par l'année et le mois : 2024-06…</li>"
                    "<li>Une fois par mois, une copie sur une clé USB.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "recadrer-redresser",
        "title": "Recadrer et redresser une photo",
        "summary": "Ouvrir une photo dans un programme de retouche, couper les bords inutiles "
        "et remettre l'horizon bien droit.",
        "objectives": [
            "Ouvrir une photo dans un programme de retouche",
            "Recadrer une photo pour garder l'essentiel",
            "Redresser une photo penchée",
        ],
        "duration_minutes": 30,
        "tags": ["photos", "retouche"],
        "body": [
            (
                "text",
                "<h2>Retoucher, c'est améliorer sans abîmer</h2>"
                "<p>Une photo peut être réussie, mais un peu penchée, ou avec trop de décor "
                "autour. Deux gestes simples la rendent plus belle :</p>"
                "<ul><li><b>Recadrer</b> : couper les bords inutiles pour garder "
                "l'essentiel.</li>"
                "<li><b>Redresser</b> : tourner un peu la photo pour que l'horizon soit "
                "droit.</li></ul>"
                "<p>Chaque ordinateur a un programme de retouche. Sous Windows, c'est souvent "
                "l'application Photos. Les boutons n'ont pas toujours le même nom ni la même "
                "place : cherchez les mots de cette leçon, ou leurs petits dessins.</p>",
            ),
            (
                "image",
                {
                    "illustration": "photo-editor-tools",
                    "caption": "Un programme de retouche : les outils en haut, la photo au milieu.",
                },
            ),
            (
                "steps",
                {
                    "title": "Ouvrir la photo pour la retoucher",
                    "steps": [
                        {
                            "instruction": "<p>Faites un clic droit sur la photo, puis cliquez "
                            "sur <b>Ouvrir avec</b>, puis sur votre programme de retouche.</p>",
                            "screenshot": None,
                            "tip": "Un double-clic ouvre aussi la photo, souvent dans le bon "
                            "programme.",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Modifier</b>. Ce bouton est "
                            "souvent dessiné comme un petit crayon.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Les outils apparaissent : Recadrer, Redresser, "
                            "Lumière… Repérez-les avant de commencer.</p>",
                            "screenshot": "photo-editor-tools",
                            "tip": "",
                        },
                    ],
                },
            ),
            ("glossary_term", "Recadrer"),
            (
                "steps",
                {
                    "title": "Recadrer la photo",
                    "steps": [
                        {
                            "instruction": "<p>Cliquez sur <b>Recadrer</b> (ou "
                            "<b>Rogner</b>). Un cadre blanc apparaît autour de la photo.</p>",
                            "screenshot": "photo-crop",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Posez le pointeur sur un coin du cadre. Gardez "
                            "le bouton gauche enfoncé et tirez vers l'intérieur.</p>",
                            "screenshot": "photo-crop",
                            "tip": "Tirez les coins plutôt que les côtés : la photo garde de "
                            "belles proportions.",
                        },
                        {
                            "instruction": "<p>Pour déplacer le cadre, cliquez au milieu et "
                            "faites-le glisser.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Valider</b> (parfois une coche "
                            "✓).</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Redresser une photo penchée",
                    "steps": [
                        {
                            "instruction": "<p>Cliquez sur <b>Redresser</b>. Dans certains "
                            "programmes, la réglette est dans l'outil Recadrer.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Faites glisser la réglette tout doucement, "
                            "jusqu'à ce que l'horizon suive les lignes de la grille.</p>",
                            "screenshot": "photo-straighten",
                            "tip": "Regardez une ligne qui doit être droite : l'horizon, le "
                            "bord d'une table, un mur.",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Valider</b>.</p>",
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
                    "text": "<p>Vous vous êtes trompé ? Cliquez sur <b>Annuler</b>, ou "
                    "appuyez sur <b>Ctrl</b> et <b>Z</b> en même temps. On peut toujours "
                    "revenir en arrière.</p>",
                },
            ),
            (
                "text",
                "<h2>Garder son travail</h2>"
                "<p>Quand la photo vous plaît, cliquez sur <b>Enregistrer une copie</b>. "
                "Une nouvelle photo est créée à côté de l'originale. L'originale ne change "
                "pas : vous pourrez toujours recommencer.</p>",
            ),
            ("exercise", practice.CROP_TOOL_CLICK),
            ("exercise", practice.PHOTO_TOOLS_MATCH),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Recadrer, c'est couper les bords inutiles.</li>"
                    "<li>Redresser, c'est remettre l'horizon droit.</li>"
                    "<li>Ctrl + Z annule la dernière action.</li>"
                    "<li>Enregistrez une copie, gardez l'original.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "lumiere-et-contraste",
        "title": "Régler la lumière et le contraste",
        "summary": "Éclaircir une photo trop sombre et rendre ses couleurs plus vives avec les "
        "réglettes Luminosité et Contraste, sans exagérer.",
        "objectives": [
            "Éclaircir une photo trop sombre",
            "Rendre une photo terne plus vive",
            "Comparer avant et après, et annuler si besoin",
        ],
        "duration_minutes": 25,
        "tags": ["photos", "retouche"],
        "body": [
            (
                "text",
                "<h2>Une photo trop sombre se rattrape</h2>"
                "<p>Une photo prise à l'intérieur, en hiver ou face au soleil est souvent trop "
                "sombre. Les visages se voient mal. Heureusement, cela se corrige en quelques "
                "secondes.</p>"
                "<p>Deux réglages suffisent presque toujours :</p>"
                "<ul><li>la <b>luminosité</b>, qui éclaire toute la photo ;</li>"
                "<li>le <b>contraste</b>, qui rend les couleurs plus franches.</li></ul>",
            ),
            (
                "image",
                {
                    "illustration": "photo-light",
                    "caption": "La même photo, avant et après : un peu plus de luminosité et de "
                    "contraste.",
                },
            ),
            ("glossary_term", "Luminosité"),
            ("glossary_term", "Contraste"),
            (
                "steps",
                {
                    "title": "Éclaircir une photo",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez la photo et cliquez sur <b>Modifier</b>.</p>",
                            "screenshot": "photo-editor-tools",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur l'outil <b>Lumière</b>. Il s'appelle "
                            "parfois Réglages ou Ajustements.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Faites glisser la réglette <b>Luminosité</b> un "
                            "peu vers la droite.</p>",
                            "screenshot": "photo-light",
                            "tip": "Allez doucement. Regardez les visages : ils doivent rester "
                            "naturels.",
                        },
                        {
                            "instruction": "<p>Si la photo paraît grise, poussez un peu le "
                            "<b>Contraste</b> vers la droite.</p>",
                            "screenshot": "photo-light",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Comparez avec l'original. Beaucoup de "
                            "programmes ont un bouton <b>Comparer</b> ou <b>Avant/Après</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Enregistrer une copie</b>.</p>",
                            "screenshot": "photo-save-copy",
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Beaucoup de programmes ont un bouton d'amélioration "
                    "automatique, souvent dessiné comme une baguette magique. Essayez-le "
                    "d'abord. S'il ne vous plaît pas, annulez.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Trop, c'est trop. Une photo trop éclaircie devient blanche et "
                    "perd ses détails. Mieux vaut deux petits réglages qu'un grand.</p>",
                },
            ),
            ("exercise", practice.LIGHT_TRUE_FALSE),
            ("exercise", practice.LIGHT_TOOL_CLICK),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Luminosité : pour éclaircir.</li>"
                    "<li>Contraste : pour des couleurs plus vives.</li>"
                    "<li>Petits réglages, puis comparer avec l'original.</li></ul>",
                },
            ),
        ],
    },
    {
        "slug": "reduire-une-photo-pour-l-e-mail",
        "title": "Réduire une photo pour l'envoyer par e-mail",
        "summary": "Comprendre ce qu'est un pixel, réduire une photo à 1600 pixels de large et "
        "enregistrer une copie légère, prête à partir par e-mail.",
        "objectives": [
            "Comprendre pourquoi une photo est lourde",
            "Redimensionner une photo en gardant ses proportions",
            "Enregistrer une copie légère sans toucher à l'original",
        ],
        "duration_minutes": 30,
        "tags": ["photos", "messagerie"],
        "body": [
            (
                "text",
                "<h2>Pourquoi réduire une photo ?</h2>"
                "<p>Une photo de téléphone est très grande : plusieurs millions de petits "
                "points. Elle pèse souvent 3 à 5 Mo (mégaoctets).</p>"
                "<p>Envoyée telle quelle, elle met longtemps à partir. Elle remplit la boîte "
                "de la personne qui la reçoit. Et un message trop lourd peut être refusé : "
                "beaucoup de messageries s'arrêtent vers 20 ou 25 Mo par message.</p>"
                "<p>Pour regarder une photo sur un écran, une largeur de 1600 pixels suffit "
                "largement.</p>",
            ),
            ("glossary_term", "Pixel"),
            (
                "image",
                {
                    "illustration": "photo-pixels",
                    "caption": "Très agrandie, une photo montre ses pixels : des petits carrés "
                    "de couleur.",
                },
            ),
            ("glossary_term", "Redimensionner"),
            (
                "steps",
                {
                    "title": "Réduire la taille de la photo",
                    "steps": [
                        {
                            "instruction": "<p>Ouvrez la photo dans votre programme de "
                            "retouche.</p>",
                            "screenshot": "photo-editor-tools",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cherchez <b>Redimensionner</b> ou <b>Taille de "
                            "l'image</b>. Il est souvent dans le menu « … » (trois "
                            "points).</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Dans la case <b>Largeur</b>, effacez le nombre "
                            "et tapez <b>1600</b>.</p>",
                            "screenshot": "photo-resize",
                            "tip": "Laissez cochée la case « Garder les proportions » : la "
                            "hauteur se calcule toute seule et la photo n'est pas déformée.",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Valider</b>.</p>",
                            "screenshot": None,
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur <b>Enregistrer une copie</b>. "
                            "Ajoutez « petite » au nom, par exemple <i>jardin-petite</i>, puis "
                            "cliquez sur Enregistrer.</p>",
                            "screenshot": "photo-save-copy",
                            "tip": "Ne remplacez pas l'original : gardez la grande photo pour "
                            "l'imprimer.",
                        },
                    ],
                },
            ),
            (
                "image",
                {
                    "illustration": "photo-weight",
                    "caption": "Après réduction, la copie est dix fois plus légère et reste "
                    "belle à l'écran.",
                },
            ),
            (
                "text",
                "<h2>Envoyer la photo</h2>"
                "<p>Ouvrez votre messagerie et écrivez un nouveau message. Ajoutez la photo en "
                "pièce jointe, comme vu dans l'atelier Internet. Choisissez bien la copie "
                "« petite ».</p>",
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Beaucoup de photos à envoyer ? Faites plusieurs messages de 5 ou "
                    "6 photos chacun, plutôt qu'un seul très lourd.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Pour faire imprimer une photo, utilisez toujours l'original. "
                    "Une photo réduite serait floue une fois imprimée en grand.</p>",
                },
            ),
            ("exercise", practice.RESIZE_BLANKS),
            ("exercise", practice.PHOTO_TO_SEND_CHOICE),
            (
                "document",
                {
                    "sheet": "memo-photo-retouche",
                    "title": "Fiche mémo : retoucher et envoyer une photo",
                    "description": "Recadrer, éclaircir, réduire, enregistrer une copie : "
                    "l'essentiel sur une page.",
                },
            ),
            (
                "callout",
                {
                    "kind": REMEMBER,
                    "text": "<ul><li>Une photo de téléphone est trop lourde pour l'e-mail.</li>"
                    "<li>Redimensionnez à 1600 pixels de large.</li>"
                    "<li>Enregistrez une copie « petite », gardez l'original.</li></ul>",
                },
            ),
        ],
    },
]

TRACK = {
    "slug": "retoucher-ses-photos",
    "title": "Retoucher ses photos",
    "summary": "Vos photos dorment dans votre téléphone ? Apprenez à les mettre sur "
    "l'ordinateur et à les ranger dans des dossiers. Puis améliorez-les : recadrer, "
    "redresser, éclaircir. Enfin, réduisez-les pour les envoyer par e-mail à vos proches.",
    "level": "beginner",
    "duration_minutes": sum(lesson["duration_minutes"] for lesson in LESSONS),
    "audience": "Retraités et débutants qui prennent des photos avec leur téléphone",
    "objectives": [
        "Transférer ses photos du téléphone vers l'ordinateur",
        "Ranger ses photos dans des dossiers bien nommés",
        "Recadrer et redresser une photo",
        "Régler la luminosité et le contraste",
        "Réduire une photo pour l'envoyer par e-mail",
    ],
    "prerequisites": [
        "Savoir utiliser la souris : clic, double-clic, clic droit",
        "Savoir ouvrir un dossier sur l'ordinateur",
    ],
    "tags": ["photos", "débutant", "loisirs"],
    "cover": "cover-photo",
    "lessons": LESSONS,
}
