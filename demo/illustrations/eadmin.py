"""Illustrations of the track "Les démarches en ligne (e-administration)".

All screens are fictional: generic pages with made-up names and addresses (www.exemple-….fr),
no real logo, colours or layout. Each screen says "Écran d'exemple" in its bottom-right corner.
"""

from PIL import Image, ImageDraw

from ..drawing import (
    BRAND,
    GREEN,
    INK,
    LINE,
    ORANGE,
    PALE,
    PAPER,
    RED,
    SOFT,
    WHITE,
    arrow_cursor,
    browser,
    button,
    canvas,
    example_badge,
    field,
    font,
    highlight,
    label_arrow,
    note,
    ring,
    text,
    wrapped_text,
)
from .registry import illustration

HEALTH = (0, 105, 110)
FAMILY = (96, 62, 140)
TAXES = (58, 70, 96)
WORK = (120, 84, 30)
BADGE = (255, 240, 190)
PAGE_BOX = (20, 16, 940, 584)


# --- small drawing helpers of this track -------------------------------------------------------


def site(draw, address, name, color, tab_title="Mon espace"):
    """A browser showing a fictional public site with its coloured band; returns the page area."""
    x0, y0, x1, y1 = browser(draw, PAGE_BOX, address, tab_title)
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 60), fill=color)
    text(draw, (x0 + 24, y0 + 30), name, size=24, bold=True, fill=WHITE, anchor="lm")
    return (x0, y0 + 60, x1, y1)


def tile(draw, box, title, line, color):
    """A menu tile of a personal space: a coloured square and two lines of text."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=12, fill=WHITE, outline=LINE, width=2)
    draw.rounded_rectangle((x0 + 18, y0 + 22, x0 + 62, y0 + 66), radius=8, fill=color)
    text(draw, (x0 + 80, y0 + 30), title, size=22, bold=True)
    text(draw, (x0 + 80, y0 + 64), line, size=18, fill=SOFT)


def plain_connect_button(draw, box):
    """The generic "S'identifier avec FranceConnect" button, drawn as a plain button."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=10, fill=WHITE, outline=INK, width=3)
    text(draw, ((x0 + x1) / 2, (y0 + y1) / 2 - 14), "S'identifier avec", size=20, anchor="mm")
    text(
        draw, ((x0 + x1) / 2, (y0 + y1) / 2 + 14), "FranceConnect", size=24, bold=True, anchor="mm"
    )


def person(draw, center, color, scale=1.0):
    """A very simple person: a head and shoulders."""
    cx, cy = center
    r = 34 * scale
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(240, 200, 170))
    draw.pieslice((cx - 2.2 * r, cy + r * 1.1, cx + 2.2 * r, cy + r * 5.2), 180, 360, fill=color)


def radio_row(draw, x, y, question, answer):
    """A yes/no question with the chosen answer filled in."""
    text(draw, (x, y), question, size=22, bold=True)
    for i, label in enumerate(("Oui", "Non")):
        bx = x + i * 150
        draw.ellipse((bx, y + 44, bx + 30, y + 74), outline=BRAND, width=3)
        if label == answer:
            draw.ellipse((bx + 8, y + 52, bx + 22, y + 66), fill=BRAND)
        text(draw, (bx + 42, y + 59), label, size=22, anchor="lm")


# --- the illustrations -------------------------------------------------------------------------


@illustration(
    "cover-eadmin",
    title="Les démarches en ligne",
    alt="Un écran d'exemple « Mes démarches » avec des cases Santé, Allocations, Impôts, Emploi et "
    "Retraite : l'atelier apprend à utiliser les sites des services publics sans crainte.",
)
def cover():
    image, draw = canvas()
    x0, y0, x1, y1 = site(draw, "www.exemple-demarches.fr", "Mes démarches en ligne", BRAND)
    items = (
        ("Santé", "Attestations, remboursements", HEALTH),
        ("Allocations", "Déclarations, paiements", FAMILY),
        ("Impôts", "Déclarer ses revenus", TAXES),
        ("Emploi", "Actualisation, messages", WORK),
        ("Retraite", "Relevés, paiements", GREEN),
    )
    for i, (title, line, color) in enumerate(items):
        bx = x0 + 30 + (i % 2) * 445
        by = y0 + 24 + (i // 2) * 110
        tile(draw, (bx, by, bx + 420, by + 92), title, line, color)
    draw.ellipse((x0 + 700, y0 + 250, x0 + 800, y0 + 350), fill=GREEN)
    draw.line((x0 + 725, y0 + 302, x0 + 745, y0 + 322, x0 + 778, y0 + 282), fill=WHITE, width=9)
    example_badge(draw)
    return image


@illustration(
    "eadmin-login-page",
    title="La page pour entrer dans son espace personnel",
    alt="Une page de connexion d'exemple : un champ Identifiant, un champ Mot de passe, le bouton "
    "« Se connecter », et en dessous, un bouton « S'identifier avec FranceConnect ».",
)
def login_page():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-sante.fr/connexion",
        "Mon compte santé (écran d'exemple)",
        HEALTH,
        "Se connecter",
    )
    field(draw, (x0 + 40, y0 + 70, x0 + 440, y0 + 118), "Identifiant", "1 52 07 36 …")
    field(draw, (x0 + 40, y0 + 180, x0 + 440, y0 + 228), "Mot de passe", "● ● ● ● ● ● ● ●")
    button(draw, (x0 + 40, y0 + 258, x0 + 440, y0 + 310), "Se connecter")
    draw.line((x0 + 520, y0 + 40, x0 + 520, y0 + 360), fill=LINE, width=2)
    text(draw, (x0 + 520, y0 + 200), " ou ", size=22, bold=True, anchor="mm", fill=SOFT)
    text(draw, (x0 + 580, y0 + 60), "Ou bien, avec un compte", size=20, fill=SOFT)
    text(draw, (x0 + 580, y0 + 88), "que vous avez déjà :", size=20, fill=SOFT)
    plain_connect_button(draw, (x0 + 580, y0 + 130, x0 + 880, y0 + 204))
    label_arrow(draw, (x0 + 700, y0 + 330), (x0 + 700, y0 + 222), "Une seule clé", size=22)
    example_badge(draw)
    return image


@illustration(
    "eadmin-franceconnect-idea",
    title="FranceConnect : une clé pour plusieurs portes",
    alt="Un schéma : une seule clé, le compte que vous avez déjà, ouvre plusieurs sites publics "
    "(santé, allocations, impôts, emploi, retraite) grâce au bouton FranceConnect.",
)
def franceconnect_idea():
    image, draw = canvas()
    text(
        draw,
        (480, 44),
        "Un seul compte pour entrer dans plusieurs sites",
        size=28,
        bold=True,
        anchor="mm",
        fill=BRAND,
    )
    # the key
    draw.ellipse((70, 240, 170, 340), outline=ORANGE, width=14)
    draw.rectangle((168, 282, 330, 298), fill=ORANGE)
    for x in (280, 310):
        draw.rectangle((x, 298, x + 14, 322), fill=ORANGE)
    text(draw, (200, 380), "Votre compte", size=24, bold=True, anchor="mm")
    text(draw, (200, 412), "(impôts, santé…)", size=22, anchor="mm", fill=SOFT)
    doors = (
        ("Santé", HEALTH),
        ("Allocations", FAMILY),
        ("Impôts", TAXES),
        ("Emploi", WORK),
        ("Retraite", GREEN),
    )
    for i, (name, color) in enumerate(doors):
        y = 100 + i * 92
        draw.line((350, 290, 600, y + 36), fill=LINE, width=3)
        draw.rounded_rectangle((610, y, 900, y + 72), radius=10, fill=color)
        draw.ellipse((866, y + 30, 880, y + 44), fill=WHITE)
        text(draw, (636, y + 36), name, size=24, bold=True, fill=WHITE, anchor="lm")
    return image


@illustration(
    "eadmin-franceconnect-choose",
    title="Choisir le compte que l'on a déjà",
    alt="Une page d'exemple demande de choisir un compte que l'on a déjà : compte des impôts, "
    "compte santé, compte agricole ou identité numérique. Le compte des impôts est entouré.",
)
def franceconnect_choose():
    image, draw = canvas()
    x0, y0, x1, y1 = browser(draw, PAGE_BOX, "www.exemple-connexion.fr", "Choisir un compte")
    text(draw, (x0 + 40, y0 + 34), "Je choisis un compte que j'ai déjà :", size=26, bold=True)
    accounts = (
        ("Compte des impôts", TAXES),
        ("Compte santé", HEALTH),
        ("Compte agricole", GREEN),
        ("Identité numérique", BRAND),
    )
    for i, (name, color) in enumerate(accounts):
        bx = x0 + 40 + (i % 2) * 430
        by = y0 + 100 + (i // 2) * 140
        draw.rounded_rectangle(
            (bx, by, bx + 400, by + 110), radius=12, fill=WHITE, outline=color, width=3
        )
        draw.rounded_rectangle((bx + 20, by + 30, bx + 70, by + 80), radius=10, fill=color)
        text(draw, (bx + 90, by + 40), name, size=22, bold=True)
        text(draw, (bx + 90, by + 74), "(exemple)", size=18, fill=SOFT)
    ring(draw, (x0 + 40, y0 + 100, x0 + 440, y0 + 210))
    arrow_cursor(draw, (x0 + 300, y0 + 170))
    wrapped_text(
        draw,
        (x0 + 40, y0 + 400),
        "Vous tapez ensuite l'identifiant et le mot de passe de ce compte-là.",
        620,
        size=22,
    )
    example_badge(draw)
    return image


@illustration(
    "eadmin-sante-home",
    title="L'espace personnel santé (exemple)",
    alt="L'accueil d'un compte santé d'exemple, avec quatre cases : Mes paiements, Mes "
    "attestations, Mes démarches, Ma messagerie. La case « Mes attestations » est entourée.",
)
def sante_home():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw, "www.exemple-sante.fr/mon-compte", "Mon compte santé (écran d'exemple)", HEALTH
    )
    text(draw, (x0 + 30, y0 + 26), "Bonjour Madame Martin", size=24, bold=True)
    items = (
        ("Mes paiements", "Mes remboursements"),
        ("Mes attestations", "Droits, indemnités"),
        ("Mes démarches", "Changer d'adresse…"),
        ("Ma messagerie", "Écrire à ma caisse"),
    )
    for i, (title, line) in enumerate(items):
        bx = x0 + 30 + (i % 2) * 445
        by = y0 + 80 + (i // 2) * 130
        tile(draw, (bx, by, bx + 420, by + 100), title, line, HEALTH)
    ring(draw, (x0 + 475, y0 + 80, x0 + 895, y0 + 180))
    arrow_cursor(draw, (x0 + 820, y0 + 150))
    example_badge(draw)
    return image


@illustration(
    "eadmin-sante-attestation",
    title="Télécharger l'attestation de droits (exemple)",
    alt="La page « Attestation de droits » d'un site d'exemple : on choisit pour qui, puis on "
    "clique sur le bouton « Télécharger l'attestation (PDF) », qui est entouré.",
)
def sante_attestation():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw, "www.exemple-sante.fr/attestations", "Mon compte santé (écran d'exemple)", HEALTH
    )
    text(draw, (x0 + 40, y0 + 30), "Attestation de droits", size=28, bold=True)
    text(draw, (x0 + 40, y0 + 90), "Pour qui ?", size=22, bold=True)
    for i, who in enumerate(("Pour moi", "Pour moi et mes proches rattachés")):
        y = y0 + 134 + i * 50
        draw.ellipse((x0 + 40, y, x0 + 70, y + 30), outline=BRAND, width=3)
        if i == 0:
            draw.ellipse((x0 + 48, y + 8, x0 + 62, y + 22), fill=BRAND)
        text(draw, (x0 + 86, y + 15), who, size=22, anchor="lm")
    button(
        draw, (x0 + 40, y0 + 260, x0 + 480, y0 + 316), "Télécharger l'attestation (PDF)", size=22
    )
    ring(draw, (x0 + 40, y0 + 260, x0 + 480, y0 + 316))
    arrow_cursor(draw, (x0 + 400, y0 + 296))
    # the document that comes out
    draw.rectangle((x0 + 620, y0 + 30, x0 + 860, y0 + 330), fill=WHITE, outline=SOFT, width=2)
    text(draw, (x0 + 740, y0 + 66), "Attestation", size=22, bold=True, anchor="mm")
    for j in range(5):
        draw.line(
            (x0 + 645, y0 + 110 + j * 34, x0 + 835 - (j % 3) * 30, y0 + 110 + j * 34),
            fill=LINE,
            width=6,
        )
    draw.rounded_rectangle((x0 + 760, y0 + 280, x0 + 850, y0 + 318), radius=6, fill=RED)
    text(draw, (x0 + 805, y0 + 299), "PDF", size=20, bold=True, fill=WHITE, anchor="mm")
    example_badge(draw)
    return image


@illustration(
    "eadmin-sante-paiements",
    title="Suivre ses remboursements (exemple)",
    alt="La liste « Mes paiements » d'un site d'exemple : pour chaque soin, la date, le soin et "
    "la somme remboursée. La dernière ligne, en haut, est entourée.",
)
def sante_paiements():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw, "www.exemple-sante.fr/paiements", "Mon compte santé (écran d'exemple)", HEALTH
    )
    text(draw, (x0 + 40, y0 + 28), "Mes paiements", size=28, bold=True)
    columns = (x0 + 40, x0 + 220, x0 + 640)
    for x, head in zip(columns, ("Date", "Soin", "Remboursé"), strict=True):
        text(draw, (x, y0 + 96), head, size=20, bold=True, fill=SOFT)
    rows = (
        ("12 mars", "Consultation médecin", "19,00 €"),
        ("5 mars", "Pharmacie", "8,40 €"),
        ("20 février", "Prise de sang", "12,60 €"),
        ("2 février", "Kinésithérapeute", "10,20 €"),
    )
    for i, row in enumerate(rows):
        y = y0 + 136 + i * 62
        draw.rectangle((x0 + 30, y, x1 - 40, y + 54), fill=PALE if i % 2 == 0 else WHITE)
        for x, value in zip(columns, row, strict=True):
            text(draw, (x, y + 27), value, size=22, anchor="lm", bold=x == columns[2])
    ring(draw, (x0 + 30, y0 + 136, x1 - 40, y0 + 190), margin=4)
    example_badge(draw)
    return image


@illustration(
    "eadmin-caf-home",
    title="L'espace personnel des allocations (exemple)",
    alt="L'accueil d'une caisse d'allocations d'exemple, avec les boutons Déclarer mes "
    "ressources, Mes paiements, Mes messages et Mon dossier. « Déclarer mes ressources » est "
    "entouré.",
)
def caf_home():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-allocations.fr/mon-compte",
        "Caisse d'allocations — écran d'exemple",
        FAMILY,
    )
    text(draw, (x0 + 30, y0 + 26), "Bonjour Monsieur Bernard", size=24, bold=True)
    draw.rounded_rectangle((x0 + 30, y0 + 76, x1 - 30, y0 + 150), radius=10, fill=BADGE)
    text(
        draw,
        (x0 + 50, y0 + 113),
        "À faire : déclarer vos ressources de janvier à mars",
        size=22,
        bold=True,
        anchor="lm",
    )
    items = (
        ("Déclarer mes ressources", "Tous les 3 mois"),
        ("Mes paiements", "Dates et sommes"),
        ("Mes messages", "Courriers de la caisse"),
        ("Mon dossier", "Adresse, famille…"),
    )
    for i, (title, line) in enumerate(items):
        bx = x0 + 30 + (i % 2) * 445
        by = y0 + 180 + (i // 2) * 120
        tile(draw, (bx, by, bx + 420, by + 100), title, line, FAMILY)
    ring(draw, (x0 + 30, y0 + 180, x0 + 450, y0 + 280))
    example_badge(draw)
    return image


@illustration(
    "eadmin-caf-declaration",
    title="La déclaration trimestrielle (exemple)",
    alt="Un formulaire d'exemple pour déclarer ses ressources de trois mois : une ligne par mois, "
    "avec la somme reçue. Une somme déjà remplie est entourée : il faut la vérifier.",
)
def caf_declaration():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-allocations.fr/declaration",
        "Caisse d'allocations — écran d'exemple",
        FAMILY,
    )
    text(draw, (x0 + 40, y0 + 24), "Mes ressources de janvier, février, mars", size=26, bold=True)
    text(draw, (x0 + 40, y0 + 70), "Salaires reçus (montant net)", size=22, fill=SOFT)
    for i, (month, value) in enumerate(
        (("Janvier", "412,00 €"), ("Février", "398,50 €"), ("Mars", "0,00 €"))
    ):
        y = y0 + 120 + i * 72
        text(draw, (x0 + 40, y + 24), month, size=22, bold=True, anchor="lm")
        field(draw, (x0 + 200, y, x0 + 420, y + 48), None, value)
    ring(draw, (x0 + 200, y0 + 120, x0 + 420, y0 + 168), margin=6)
    draw.rounded_rectangle((x0 + 480, y0 + 110, x1 - 40, y0 + 250), radius=10, fill=BADGE)
    wrapped_text(
        draw,
        (x0 + 500, y0 + 126),
        "Certaines sommes sont déjà remplies. Vérifiez-les avec vos fiches de paie.",
        360,
        size=20,
    )
    button(draw, (x0 + 40, y0 + 350, x0 + 300, y0 + 402), "Continuer", size=22)
    example_badge(draw)
    return image


@illustration(
    "eadmin-caf-confirmation",
    title="La déclaration est enregistrée (exemple)",
    alt="Un message d'exemple confirme que la déclaration est bien enregistrée, avec un grand "
    "signe vert. Le bouton « Télécharger le justificatif » est entouré.",
)
def caf_confirmation():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-allocations.fr/declaration",
        "Caisse d'allocations — écran d'exemple",
        FAMILY,
    )
    draw.ellipse((x0 + 60, y0 + 50, x0 + 170, y0 + 160), fill=GREEN)
    draw.line((x0 + 88, y0 + 106, x0 + 110, y0 + 128, x0 + 146, y0 + 84), fill=WHITE, width=10)
    text(draw, (x0 + 200, y0 + 76), "Votre déclaration est", size=28, bold=True, fill=GREEN)
    text(draw, (x0 + 200, y0 + 114), "bien enregistrée.", size=28, bold=True, fill=GREEN)
    text(draw, (x0 + 60, y0 + 210), "Date : 3 avril, 10 h 24", size=22)
    button(draw, (x0 + 60, y0 + 270, x0 + 500, y0 + 326), "Télécharger le justificatif", size=22)
    ring(draw, (x0 + 60, y0 + 270, x0 + 500, y0 + 326))
    wrapped_text(
        draw,
        (x0 + 560, y0 + 260),
        "Gardez ce justificatif : il prouve que vous avez déclaré à temps.",
        320,
        size=20,
        fill=SOFT,
    )
    example_badge(draw)
    return image


@illustration(
    "eadmin-impots-avis",
    title="Où trouver son numéro fiscal",
    alt="Le haut d'un avis d'impôt d'exemple. Dans le cadre « Vos références », en haut à "
    "gauche, la ligne « Numéro fiscal » et ses 13 chiffres sont entourés.",
)
def impots_avis():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=(225, 228, 232))
    draw.rectangle((90, 30, 870, 620), fill=WHITE, outline=SOFT, width=2)
    text(draw, (530, 70), "AVIS D'IMPÔT (exemple)", size=28, bold=True, anchor="la")
    text(draw, (530, 110), "sur les revenus de l'année", size=20, fill=SOFT)
    draw.rectangle((120, 150, 500, 330), outline=INK, width=2)
    text(draw, (136, 166), "Vos références", size=22, bold=True)
    text(draw, (136, 214), "Numéro fiscal :", size=20)
    text(draw, (136, 246), "12 34 567 890 123", size=26, bold=True)
    text(draw, (136, 292), "Référence de l'avis : …", size=18, fill=SOFT)
    ring(draw, (130, 206, 420, 278), margin=4)
    text(draw, (560, 180), "Mme Jeanne MARTIN", size=22, bold=True)
    text(draw, (560, 214), "3 rue des Tilleuls", size=20)
    text(draw, (560, 244), "36000 VILLE-EXEMPLE", size=20)
    for j in range(4):
        draw.line((120, 390 + j * 40, 820 - j * 60, 390 + j * 40), fill=LINE, width=6)
    note(draw, (560, 320), "13 chiffres", (432, 262), size=24)
    example_badge(draw, (950, 590))
    return image


@illustration(
    "eadmin-impots-declaration",
    title="La déclaration de revenus en ligne (exemple)",
    alt="Une page d'exemple de déclaration de revenus : les sommes sont déjà remplies, avec un "
    "lien « Modifier » à côté. Le bouton « Valider et signer » est entouré.",
)
def impots_declaration():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-impots.fr/declaration",
        "Espace particulier des impôts — écran d'exemple",
        TAXES,
    )
    text(draw, (x0 + 40, y0 + 24), "Vérifiez vos revenus déjà remplis", size=26, bold=True)
    rows = (
        ("Pensions, retraites (vous)", "14 520 €"),
        ("Salaires (vous)", "0 €"),
        ("Pensions, retraites (conjoint)", "11 860 €"),
    )
    for i, (label, value) in enumerate(rows):
        y = y0 + 86 + i * 70
        draw.rectangle((x0 + 30, y, x1 - 40, y + 56), fill=PALE if i % 2 == 0 else WHITE)
        text(draw, (x0 + 50, y + 28), label, size=22, anchor="lm")
        text(draw, (x0 + 560, y + 28), value, size=22, bold=True, anchor="lm")
        text(draw, (x0 + 720, y + 28), "Modifier", size=20, fill=BRAND, anchor="lm")
        draw.line((x0 + 720, y + 40, x0 + 808, y + 40), fill=BRAND, width=2)
    button(draw, (x0 + 40, y0 + 330, x0 + 380, y0 + 386), "Valider et signer", size=24)
    ring(draw, (x0 + 40, y0 + 330, x0 + 380, y0 + 386))
    text(
        draw,
        (x0 + 440, y0 + 340),
        "Une somme est fausse ?",
        size=20,
        bold=True,
        fill=ORANGE,
        anchor="lm",
    )
    text(
        draw,
        (x0 + 440, y0 + 370),
        "Cliquez sur Modifier.",
        size=20,
        bold=True,
        fill=ORANGE,
        anchor="lm",
    )
    label_arrow(draw, (x0 + 730, y0 + 340), (x0 + 770, y0 + 292), "")
    example_badge(draw)
    return image


@illustration(
    "eadmin-emploi-actualisation",
    title="L'actualisation mensuelle (exemple)",
    alt="Une page d'actualisation d'exemple pose des questions avec Oui ou Non : avez-vous "
    "travaillé ce mois-ci ? Cherchez-vous toujours un emploi ? Le bouton Valider est entouré.",
)
def emploi_actualisation():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw,
        "www.exemple-emploi.fr/actualisation",
        "Espace demandeur d'emploi — écran d'exemple",
        WORK,
    )
    text(draw, (x0 + 40, y0 + 24), "Je m'actualise pour le mois de mars", size=26, bold=True)
    radio_row(draw, x0 + 40, y0 + 84, "Avez-vous travaillé ce mois-ci ?", "Non")
    radio_row(draw, x0 + 40, y0 + 184, "Cherchez-vous toujours un emploi ?", "Oui")
    button(draw, (x0 + 40, y0 + 320, x0 + 280, y0 + 376), "Valider", size=24)
    ring(draw, (x0 + 40, y0 + 320, x0 + 280, y0 + 376))
    draw.rounded_rectangle((x0 + 560, y0 + 90, x1 - 40, y0 + 290), radius=10, fill=BADGE)
    wrapped_text(
        draw,
        (x0 + 580, y0 + 108),
        "Répondez avec soin. Un seul jour de travail compte : dites-le.",
        270,
        size=20,
    )
    example_badge(draw)
    return image


@illustration(
    "eadmin-emploi-messages",
    title="Lire ses messages (exemple)",
    alt="La messagerie d'un espace emploi d'exemple : la liste des messages, les nouveaux en gras "
    "avec un point orange. Le message sur un rendez-vous est entouré.",
)
def emploi_messages():
    image, draw = canvas()
    x0, y0, x1, y1 = site(
        draw, "www.exemple-emploi.fr/messages", "Espace demandeur d'emploi — écran d'exemple", WORK
    )
    text(draw, (x0 + 40, y0 + 24), "Mes messages", size=28, bold=True)
    messages = (
        (True, "Votre rendez-vous du 14 mai", "Conseillère emploi"),
        (True, "Une offre qui peut vous intéresser", "Votre agence"),
        (False, "Votre actualisation est enregistrée", "Service en ligne"),
        (False, "Atelier CV le 2 avril", "Votre agence"),
    )
    for i, (new, subject, sender) in enumerate(messages):
        y = y0 + 86 + i * 74
        draw.rectangle((x0 + 30, y, x1 - 40, y + 64), fill=WHITE, outline=LINE, width=1)
        if new:
            draw.ellipse((x0 + 46, y + 24, x0 + 62, y + 40), fill=ORANGE)
        text(draw, (x0 + 80, y + 32), subject, size=22, bold=new, anchor="lm")
        text(draw, (x0 + 560, y + 32), sender, size=20, fill=SOFT, anchor="lm")
    ring(draw, (x0 + 30, y0 + 86, x1 - 40, y0 + 150), margin=4)
    arrow_cursor(draw, (x0 + 460, y0 + 112))
    example_badge(draw)
    return image


@illustration(
    "eadmin-real-fake-address",
    title="Vrai site ou faux site : regarder l'adresse",
    alt="Deux adresses côte à côte. En haut, une adresse d'exemple qui se termine par .gouv.fr, "
    "marquée en vert. En bas, une fausse adresse qui se termine par .com, marquée en rouge.",
)
def real_fake_address():
    image, draw = canvas()
    text(
        draw,
        (480, 44),
        "Regardez la fin du nom, avant le premier « / »",
        size=28,
        bold=True,
        anchor="mm",
        fill=BRAND,
    )
    rows = (
        (150, GREEN, "www.demarches-exemple", ".gouv.fr", "/mon-compte", "Vrai site"),
        (360, RED, "www.demarches-exemple-gouv-fr", ".remboursement.com", "/", "Faux site"),
    )
    for y, color, start, end, rest, verdict in rows:
        draw.rounded_rectangle((40, y, 920, y + 70), radius=35, fill=WHITE, outline=color, width=4)
        x = 70
        for part, bold, fill in ((start, False, INK), (end, True, color), (rest, False, SOFT)):
            text(draw, (x, y + 35), part, size=24, bold=bold, fill=fill, anchor="lm")
            x += draw.textlength(part, font=font(24, bold))
        text(draw, (60, y + 110), verdict, size=26, bold=True, fill=color, anchor="lm")
    draw.ellipse((880, 240, 930, 290), fill=GREEN)
    draw.line((893, 266, 903, 276, 919, 254), fill=WHITE, width=6)
    draw.ellipse((880, 450, 930, 500), fill=RED)
    draw.line((893, 463, 917, 487), fill=WHITE, width=6)
    draw.line((917, 463, 893, 487), fill=WHITE, width=6)
    text(draw, (260, 260), "se termine par .gouv.fr", size=22, anchor="lm")
    text(draw, (260, 470), "« gouv » est au milieu : c'est un piège", size=22, anchor="lm")
    return image


@illustration(
    "eadmin-fake-sms",
    title="Un faux message, reconnaissable",
    alt="Un téléphone montre un faux SMS : « Votre carte Vitale expire, payez 1,50 € ici » avec "
    "un lien étrange. Des flèches rouges montrent les signes de l'arnaque : urgence, lien, "
    "paiement.",
)
def fake_sms():
    image, draw = canvas()
    draw.rounded_rectangle((60, 20, 420, 580), radius=32, fill=(40, 40, 46))
    draw.rounded_rectangle((76, 60, 404, 540), radius=10, fill=WHITE)
    text(draw, (240, 90), "Message", size=20, bold=True, anchor="mm", fill=SOFT)
    draw.rounded_rectangle((90, 120, 390, 440), radius=16, fill=(236, 236, 240))
    lines = (
        "URGENT : votre carte",
        "Vitale expire demain.",
        "Pour la renouveler,",
        "payez 1,50 € ici :",
    )
    for i, line in enumerate(lines):
        text(draw, (108, 140 + i * 34), line, size=20)
    text(draw, (108, 290), "http://vitale-renouv", size=20, fill=BRAND)
    text(draw, (108, 320), "-dossier.info", size=20, fill=BRAND)
    text(draw, (108, 380), "Service Santé", size=20, bold=True)
    note(draw, (520, 152), "Ça presse ? Méfiance !", (398, 152), color=RED)
    note(draw, (520, 246), "On vous demande de payer", (398, 246), color=RED)
    note(draw, (520, 340), "Une adresse bizarre", (398, 312), color=RED)
    return image


@illustration(
    "eadmin-bank-codes",
    title="Jamais de code bancaire par e-mail",
    alt="Un faux e-mail demande le numéro de carte bancaire et son code secret pour « recevoir "
    "un remboursement ». Il est barré d'une grande croix rouge.",
)
def bank_codes():
    image, draw = canvas()
    draw.rectangle((120, 40, 840, 520), fill=WHITE, outline=LINE, width=2)
    text(draw, (150, 70), "De : remboursement@service-public-aide.net", size=20, fill=SOFT)
    text(draw, (150, 104), "Objet : Vous avez droit à un remboursement", size=20, bold=True)
    draw.line((140, 140, 820, 140), fill=LINE, width=2)
    wrapped_text(
        draw,
        (150, 160),
        "Madame, Monsieur, pour recevoir 148,30 €, indiquez ci-dessous vos informations bancaires.",
        640,
        size=22,
    )
    field(draw, (150, 290, 560, 336), "Numéro de carte", "")
    field(draw, (150, 400, 400, 446), "Code secret", "")
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    odraw = ImageDraw.Draw(overlay)
    odraw.line((160, 60, 800, 500), fill=(*RED, 120), width=18)
    odraw.line((800, 60, 160, 500), fill=(*RED, 120), width=18)
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    draw = ImageDraw.Draw(image)
    text(
        draw,
        (480, 560),
        "Aucun service public ne demande vos codes bancaires.",
        size=26,
        bold=True,
        fill=RED,
        anchor="mm",
    )
    return image


@illustration(
    "eadmin-help-desk",
    title="Se faire aider près de chez soi",
    alt="Un bureau d'accueil d'aide aux démarches : une conseillère et une personne sont assises "
    "devant un ordinateur. À côté, la liste de ce qu'il faut apporter.",
)
def help_desk():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=PAPER)
    draw.rounded_rectangle((40, 30, 560, 90), radius=10, fill=BRAND)
    text(
        draw, (300, 60), "Accueil — aide aux démarches", size=24, bold=True, fill=WHITE, anchor="mm"
    )
    person(draw, (160, 230), (80, 120, 170))
    person(draw, (440, 230), (170, 90, 70))
    draw.rectangle((250, 220, 350, 300), fill=(60, 64, 72))
    draw.rectangle((258, 228, 342, 288), fill=PALE)
    draw.rectangle((60, 330, 540, 360), fill=(150, 110, 70))
    text(draw, (160, 400), "La conseillère", size=22, anchor="mm")
    text(draw, (440, 400), "Vous", size=22, bold=True, anchor="mm")
    draw.rounded_rectangle((600, 30, 930, 560), radius=14, fill=WHITE, outline=BRAND, width=3)
    text(draw, (620, 52), "À apporter :", size=24, bold=True, fill=BRAND)
    for i, item in enumerate(
        (
            "Pièce d'identité",
            "Carte Vitale",
            "Vos identifiants",
            "Vos courriers",
            "Votre téléphone",
            "Vos lunettes",
        )
    ):
        y = 110 + i * 70
        draw.rectangle((622, y, 648, y + 26), outline=BRAND, width=3)
        draw.line((626, y + 12, 634, y + 22, 646, y + 2), fill=GREEN, width=4)
        text(draw, (664, y + 13), item, size=22, anchor="lm")
    highlight(draw, (300, 255), radius=70, color=GREEN)
    return image
