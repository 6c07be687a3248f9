"""Skills in plain French, by kind of job, for people who do not know what to write. The
learner ticks some and types others; the keys are stored, the labels are translated."""

from django.utils.translation import gettext_lazy as _

# (group key, group title, [(skill key, label)]). Keys never change once used.
GROUPS = [
    (
        "qualites",
        _("Qualités utiles dans tous les métiers"),
        [
            ("ponctuel", _("Ponctuel, on peut compter sur moi")),
            ("equipe", _("Travailler en équipe")),
            ("ecoute", _("Écouter et rassurer les gens")),
            ("soigneux", _("Soigneux et organisé")),
            ("autonome", _("Travailler seul, sans qu'on me le demande")),
            ("patient", _("Patient et calme")),
        ],
    ),
    (
        "aide",
        _("Aide aux personnes (aide à domicile, garde d'enfants)"),
        [
            ("repas", _("Préparer des repas")),
            ("menage", _("Faire le ménage, le linge, le repassage")),
            ("toilette", _("Aider à la toilette et à l'habillage")),
            ("enfants", _("Garder des enfants, aider aux devoirs")),
            ("courses", _("Faire les courses, accompagner aux rendez-vous")),
        ],
    ),
    (
        "batiment",
        _("Bâtiment, jardin, entretien"),
        [
            ("bricolage", _("Petits travaux de bricolage")),
            ("peinture", _("Peinture, papier peint")),
            ("jardin", _("Jardinage, tonte, taille des haies")),
            ("outils", _("Utiliser des outils et machines en sécurité")),
        ],
    ),
    (
        "vente",
        _("Vente, accueil, commerce"),
        [
            ("accueil", _("Accueillir les clients, répondre au téléphone")),
            ("caisse", _("Tenir une caisse, rendre la monnaie")),
            ("rayon", _("Mettre en rayon, ranger un stock")),
            ("conseil", _("Conseiller un client")),
        ],
    ),
    (
        "bureau",
        _("Bureau et ordinateur"),
        [
            ("courriel", _("Écrire et envoyer un courriel")),
            ("traitement", _("Écrire un texte sur l'ordinateur")),
            ("classement", _("Classer des papiers, tenir un agenda")),
            ("internet", _("Faire des démarches sur Internet")),
        ],
    ),
    (
        "transport",
        _("Transport, logistique, restauration"),
        [
            ("conduite", _("Conduire en sécurité")),
            ("colis", _("Préparer des colis, charger, décharger")),
            ("cuisine", _("Cuisiner pour beaucoup de monde")),
            ("service", _("Servir en salle, faire la plonge")),
        ],
    ),
]

LABELS = {key: label for _group, _title, items in GROUPS for key, label in items}


def labels_of(keys):
    """The labels of known keys, in the order of the lists (unknown keys are dropped)."""
    wanted = set(keys or ())
    return [label for key, label in LABELS.items() if key in wanted]
