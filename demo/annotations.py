"""The demo's annotated screenshots (images.annotations): numbered markers that the lesson's
steps name, and the personal data of the example screens blurred or covered."""

# Coordinates are fractions of the 960 × 600 drawings of demo/illustrations/eadmin.py.
ANNOTATIONS = {
    "eadmin-login-page": {
        "version": 1,
        "shapes": [
            {"kind": "blur", "x": 0.0667, "y": 0.4033, "w": 0.4083, "h": 0.07},
            {
                "kind": "marker",
                "x": 0.5104,
                "y": 0.4367,
                "colour": "red",
                "label": "le champ Identifiant, où l'on tape son numéro (flouté ici)",
            },
            {
                "kind": "marker",
                "x": 0.5104,
                "y": 0.62,
                "colour": "red",
                "label": "le champ Mot de passe",
            },
            {
                "kind": "marker",
                "x": 0.5104,
                "y": 0.7533,
                "colour": "red",
                "label": "le bouton Se connecter",
            },
        ],
    },
    "eadmin-sante-home": {
        "version": 1,
        "shapes": [
            {"kind": "cover", "x": 0.1667, "y": 0.32, "w": 0.2292, "h": 0.0567},
            {
                "kind": "marker",
                "x": 0.4271,
                "y": 0.3467,
                "colour": "red",
                "label": "le nom de la personne, masqué ici",
            },
            {
                "kind": "marker",
                "x": 0.9167,
                "y": 0.4367,
                "colour": "red",
                "label": "la case Mes attestations",
            },
        ],
    },
}
