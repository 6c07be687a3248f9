"""Track "Animer un atelier numérique", for the centre's facilitators only (a view restriction
to their group, set by the loader): running a session of 8, the live room, writing a lesson,
annotated screenshots, accompanying someone on a public-service site, privacy.

Plain data only; see the format in ``demo/content/__init__.py``.
"""

from ..practice import facilitators as practice

GLOSSARY = []
SHEETS = {}

FACILITATORS_ONLY = True
WRITING_LESSON_SLUG = "comment-ecrire-une-lecon"

LESSONS = [
    {
        "slug": "animer-une-seance-de-huit",
        "title": "Animer une séance de huit personnes",
        "summary": "Préparer la salle, accueillir, faire avancer chacun à son rythme.",
        "objectives": [
            "Préparer les postes avant l'arrivée du groupe",
            "Ouvrir la séance par ce que chacun veut réussir",
            "Finir par ce que chacun a appris",
        ],
        "duration_minutes": 20,
        "tags": ["animation"],
        "body": [
            (
                "text",
                "<h2>Avant la séance</h2><p>Allumez les huit postes, ouvrez la leçon du jour "
                "sur chacun et vérifiez le son. Une personne qui attend devant un écran noir "
                "se décourage avant d'avoir commencé.</p>",
            ),
            (
                "steps",
                {
                    "title": "Le déroulé d'une séance",
                    "steps": [
                        {
                            "instruction": "<p>Accueillez chacun par son prénom et demandez "
                            "ce qu'il veut réussir aujourd'hui.</p>",
                            "tip": "Notez-le : vous y reviendrez à la fin.",
                        },
                        {
                            "instruction": "<p>Montrez une seule chose à la fois, au "
                            "vidéoprojecteur, puis laissez faire.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Passez derrière chaque poste ; les mains restent "
                            "sur les genoux : c'est la personne qui clique.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Finissez par un tour de table : « Qu'avez-vous "
                            "réussi aujourd'hui ? »</p>",
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>Huit personnes, huit rythmes : l'objectif est que chacun "
                    "reparte avec une réussite, pas que tous finissent la leçon.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Mettez côte à côte une personne à l'aise et une personne "
                    "qui débute : elles s'entraident.</p>",
                },
            ),
            ("exercise", practice.SESSION_TRUE_FALSE),
        ],
    },
    {
        "slug": "la-salle-en-direct",
        "title": "Suivre la salle en direct",
        "summary": "Voir d'un coup d'œil qui avance, qui attend et qui a besoin d'aide.",
        "objectives": ["Ouvrir la salle en direct", "Repérer une main levée", "Aller aider"],
        "duration_minutes": 15,
        "tags": ["animation"],
        "body": [
            (
                "text",
                "<p>La salle en direct montre les huit personnes de la séance : la leçon où "
                "chacun se trouve, son étape et les mains levées. Elle se met à jour seule.</p>",
            ),
            (
                "steps",
                {
                    "title": "Ouvrir la salle",
                    "steps": [
                        {
                            "instruction": "<p>Dans le menu, ouvrez « Ateliers », puis la "
                            "séance du jour.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Cliquez sur « Ouvrir la salle en direct ».</p>",
                            "tip": "Gardez-la ouverte sur votre poste pendant la séance.",
                        },
                        {
                            "instruction": "<p>Une main levée (« Je suis bloqué ») apparaît "
                            "en premier : allez voir la personne, puis baissez sa main.</p>",
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Une personne immobile sur la même étape depuis longtemps "
                    "n'ose souvent pas lever la main : allez la voir.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>La salle en direct aide à voir ; elle ne remplace pas le "
                    "tour des postes.</p>",
                },
            ),
            ("exercise", practice.LIVE_ROOM_CHOICE),
        ],
    },
    {
        "slug": WRITING_LESSON_SLUG,
        "title": "Comment écrire une leçon",
        "summary": "Écrire seul une leçon claire, avec ses étapes et un exercice.",
        "objectives": [
            "Partir du plan maison d'une nouvelle leçon",
            "Écrire une étape par action",
            "Créer l'exercice sans quitter la leçon",
        ],
        "duration_minutes": 25,
        "tags": ["écrire une leçon"],
        "body": [
            (
                "text",
                "<h2>Le plan maison</h2><p>Une nouvelle leçon s'ouvre avec quatre blocs prêts "
                "à remplir : ce que la personne va apprendre, trois étapes, « À retenir » et "
                "une question. Remplacez chaque texte « À compléter » : la leçon ne peut pas "
                "être publiée tant qu'il en reste un.</p>",
            ),
            (
                "steps",
                {
                    "title": "Écrire la leçon",
                    "steps": [
                        {
                            "instruction": "<p>Dans « Pages », ouvrez l'atelier, puis cliquez "
                            "sur « Ajouter une page enfant ».</p>",
                            "tip": "Les leçons sont listées dans l'ordre de l'atelier ; "
                            "glissez-les pour le changer.",
                        },
                        {
                            "instruction": "<p>Donnez un titre court, avec un verbe : "
                            "« Envoyer une photo par e-mail ».</p>",
                            "tip": "L'adresse de la page se fait seule, sans accents.",
                        },
                        {
                            "instruction": "<p>Écrivez une étape par action, en commençant "
                            "par un verbe : « Cliquez sur Envoyer ».</p>",
                            "tip": "Ajoutez une capture d'écran à chaque étape qui montre un "
                            "bouton.",
                        },
                        {
                            "instruction": "<p>Dans le bloc « Exercice », cliquez sur "
                            "« Choisir », puis sur l'onglet « Créer un exercice ».</p>",
                            "tip": "« Voir l'aperçu » montre l'exercice comme la personne le "
                            "verra.",
                        },
                        {
                            "instruction": "<p>Cliquez sur « Publier ».</p>",
                            "tip": "La durée de la leçon et celle de l'atelier se calculent "
                            "seules.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>Une phrase, une idée. Un écran, une capture. Une étape, une "
                    "action.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "text": "<p>Relisez la leçon dans l'aperçu, à droite de l'éditeur : "
                    "c'est ce que la personne verra.</p>",
                },
            ),
            ("exercise", practice.WRITING_CHOICE),
        ],
    },
    {
        "slug": "captures-annotees",
        "title": "Des captures d'écran qui guident",
        "summary": "Montrer le bon bouton sans montrer les données de personne.",
        "objectives": [
            "Faire une capture d'un seul écran",
            "Montrer le bouton à cliquer",
            "Cacher un nom ou un numéro",
        ],
        "duration_minutes": 15,
        "tags": ["écrire une leçon"],
        "body": [
            (
                "text",
                "<p>Une capture d'écran rassure : la personne voit que son écran ressemble "
                "au vôtre. Elle doit montrer un seul endroit, et jamais les données de "
                "quelqu'un.</p>",
            ),
            (
                "steps",
                {
                    "title": "Une bonne capture",
                    "steps": [
                        {
                            "instruction": "<p>Faites la capture avec un compte de "
                            "démonstration, jamais celui d'une personne.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Recadrez sur la partie utile de l'écran.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Numérotez le bouton à cliquer et écrivez son "
                            "nom dans la légende.</p>",
                            "tip": "Le texte alternatif nomme aussi ce bouton.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Un nom, une adresse, un numéro de sécurité sociale : "
                    "cachez-les avant de déposer l'image.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>Une capture, un seul endroit à regarder, nommé dans la "
                    "légende.</p>",
                },
            ),
            ("exercise", practice.SCREENSHOT_TRUE_FALSE),
        ],
    },
    {
        "slug": "accompagner-sans-faire-a-la-place",
        "title": "Accompagner une démarche sans la faire à la place",
        "summary": "Aider sur un site public en laissant la personne tenir la souris.",
        "objectives": [
            "Laisser la personne tenir la souris et le clavier",
            "Ne jamais taper ses mots de passe",
            "Savoir quand orienter vers un aidant habilité",
        ],
        "duration_minutes": 20,
        "tags": ["démarches"],
        "body": [
            (
                "text",
                "<p>Sur un site public (impôts, retraite, santé), la personne reste maître "
                "de sa démarche : c'est elle qui lit, clique et valide. Vous expliquez, vous "
                "montrez sur un autre écran si besoin, vous ne faites pas à sa place.</p>",
            ),
            (
                "steps",
                {
                    "title": "Pendant la démarche",
                    "steps": [
                        {
                            "instruction": "<p>Asseyez-vous à côté, pas devant le clavier.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Faites lire l'écran à voix haute, puis "
                            "demandez : « Que vous demande-t-on ? »</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Tournez-vous quand la personne tape un mot "
                            "de passe.</p>",
                            "tip": "Ne le notez jamais pour elle.",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Si la personne ne peut pas faire seule, orientez-la vers un "
                    "aidant habilité (Aidants Connect) : ne vous connectez jamais avec ses "
                    "identifiants.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>C'est la personne qui clique : vous expliquez, elle fait.</p>",
                },
            ),
            ("exercise", practice.ACCOMPANY_CHOICE),
        ],
    },
    {
        "slug": "proteger-les-donnees",
        "title": "Protéger les données des personnes",
        "summary": "Ce que l'on garde, ce que l'on efface, ce que l'on ne montre pas.",
        "objectives": [
            "Ne garder que les données utiles",
            "Fermer les sessions en fin de séance",
            "Répondre à une demande d'effacement",
        ],
        "duration_minutes": 15,
        "tags": ["données personnelles"],
        "body": [
            (
                "text",
                "<p>Le site ne demande ni adresse e-mail ni date de naissance aux "
                "apprenants. Ses données ne sont visibles que par la personne, ses "
                "animateurs et les anges gardiens qu'elle a acceptés.</p>",
            ),
            (
                "steps",
                {
                    "title": "En fin de séance",
                    "steps": [
                        {
                            "instruction": "<p>Faites se déconnecter chaque personne.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Fermez le navigateur de chaque poste.</p>",
                            "tip": "",
                        },
                        {
                            "instruction": "<p>Ne laissez aucune carte d'accès sur les tables.</p>",
                            "tip": "",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "remember",
                    "text": "<p>Une personne peut demander l'export ou l'effacement de ses "
                    "données : c'est prévu dans l'administration, faites-le avec elle.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "warning",
                    "text": "<p>Ne photographiez jamais l'écran d'une personne pour une leçon.</p>",
                },
            ),
            ("exercise", practice.PRIVACY_TRUE_FALSE),
        ],
    },
]

TRACK = {
    "slug": "animer-un-atelier-numerique",
    "title": "Animer un atelier numérique",
    "summary": (
        "Pour les animateurs du centre : animer une séance de huit, suivre la salle en direct, "
        "écrire une leçon, faire des captures qui guident, accompagner une démarche sans la "
        "faire à la place et protéger les données."
    ),
    "level": "intermediate",
    "audience": "Animateurs et animatrices du centre",
    "objectives": [
        "Animer une séance de huit personnes",
        "Écrire une leçon claire, seul",
        "Accompagner sans faire à la place",
    ],
    "prerequisites": ["Avoir un compte animateur"],
    "tags": ["animation"],
    "cover": "cover-office",
    "facilitators_only": FACILITATORS_ONLY,
    "lessons": LESSONS,
}
