"""Illustrations of the track "Chercher un emploi": a CV, a cover letter, PDF, e-mail, offers.

People, companies and sites are made up; the screens are generic and drawn by code.
"""

from ..drawing import (
    BRAND,
    GREEN,
    INK,
    LINE,
    ORANGE,
    PALE,
    RED,
    SOFT,
    WHITE,
    arrow_cursor,
    browser,
    button,
    canvas,
    example_badge,
    field,
    note,
    ring,
    text,
    window,
    wrapped_text,
)
from .registry import illustration

GREY = (225, 228, 232)
SELECTED = (204, 228, 247)
BADGE = (255, 240, 190)


# --- small drawing helpers of this track -------------------------------------------------------


def sheet(draw, box):
    """A white sheet of paper with a light shadow."""
    x0, y0, x1, y1 = box
    draw.rectangle((x0 + 6, y0 + 6, x1 + 6, y1 + 6), fill=(190, 190, 196))
    draw.rectangle(box, fill=WHITE, outline=LINE, width=1)


def lines(draw, x0, y, x1, count, gap=20, width=6):
    """Grey lines standing for text on a sheet; returns the y below them."""
    for i in range(count):
        end = x1 - (i % 3) * (x1 - x0) // 6
        draw.line((x0, y, end, y), fill=LINE, width=width)
        y += gap
    return y


def file_icon(draw, xy, name, kind, color):
    """A document icon with a coloured label (PDF, DOCX) and its name on the right."""
    x, y = xy
    draw.polygon(
        [(x, y), (x + 56, y), (x + 76, y + 20), (x + 76, y + 96), (x, y + 96)],
        fill=WHITE,
        outline=SOFT,
    )
    draw.rounded_rectangle((x - 8, y + 52, x + 62, y + 80), radius=5, fill=color)
    text(draw, (x + 27, y + 66), kind, size=18, bold=True, fill=WHITE, anchor="mm")
    text(draw, (x + 100, y + 48), name, size=24, bold=True, anchor="lm")


def word_processor(draw, title):
    """A word processor with its toolbar (G for bold, I, S) and a grey desk; returns the desk."""
    x0, y0, x1, y1 = window(draw, (20, 20, 940, 580), title)
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 56), fill=(238, 240, 244))
    for i, (label, bold) in enumerate(
        (("Fichier", False), ("G", True), ("I", False), ("S", False))
    ):
        bx = x0 + 16 + (0 if i == 0 else 110 + (i - 1) * 58)
        width = 96 if i == 0 else 46
        draw.rounded_rectangle(
            (bx, y0 + 8, bx + width, y0 + 48), radius=6, fill=WHITE, outline=LINE
        )
        text(draw, (bx + width / 2, y0 + 28), label, size=20, bold=bold, anchor="mm")
    draw.rounded_rectangle(
        (x0 + 320, y0 + 8, x0 + 400, y0 + 48), radius=6, fill=WHITE, outline=LINE
    )
    text(draw, (x0 + 360, y0 + 28), "12", size=20, anchor="mm")
    draw.rectangle((x0 + 2, y0 + 56, x1 - 2, y1 - 2), fill=GREY)
    return (x0, y0 + 56, x1, y1)


# --- the illustrations -------------------------------------------------------------------------


@illustration(
    "cover-jobs",
    title="Chercher un emploi",
    alt="Un CV et une lettre posés côte à côte, près du titre « Chercher un emploi » : l'atelier "
    "apprend à préparer et à envoyer sa candidature avec l'ordinateur.",
)
def cover():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=(232, 240, 236))
    sheet(draw, (60, 90, 300, 430))
    draw.ellipse((84, 114, 144, 174), fill=PALE, outline=BRAND, width=3)
    draw.line((160, 126, 280, 126), fill=INK, width=8)
    lines(draw, 160, 150, 270, 2)
    for y in (220, 320):
        draw.line((84, y, 200, y), fill=BRAND, width=7)
        lines(draw, 84, y + 24, 276, 3)
    sheet(draw, (220, 170, 460, 510))
    lines(draw, 244, 200, 360, 3)
    lines(draw, 300, 290, 436, 1)
    lines(draw, 244, 340, 436, 6)
    text(draw, (530, 210), "Chercher", size=52, bold=True, fill=GREEN)
    text(draw, (530, 274), "un emploi", size=52, bold=True, fill=GREEN)
    for i, item in enumerate(
        ("Le CV", "La lettre de motivation", "L'envoi par e-mail", "Les offres, vraies ou fausses")
    ):
        y = 370 + i * 44
        draw.ellipse((532, y + 4, 548, y + 20), fill=ORANGE)
        text(draw, (562, y), item, size=24)
    return image


@illustration(
    "jobs-cv-layout",
    title="Les parties d'un CV",
    alt="Un CV d'une page avec ses parties dans l'ordre : nom et coordonnées, poste recherché, "
    "expériences, formations, compétences, puis loisirs si on le souhaite.",
)
def cv_layout():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=GREY)
    sheet(draw, (60, 20, 450, 580))
    blocks = (
        (40, 70, "1. Nom et coordonnées", INK),
        (130, 36, "2. Le poste recherché", BRAND),
        (190, 120, "3. Expériences", BRAND),
        (330, 80, "4. Formations", BRAND),
        (430, 60, "5. Compétences", BRAND),
        (510, 44, "6. Loisirs (si vous voulez)", SOFT),
    )
    for top, height, label, color in blocks:
        draw.rectangle(
            (80, top, 430, top + height),
            fill=PALE if color == BRAND else WHITE,
            outline=color,
            width=2,
        )
        if color == BRAND:
            draw.line((96, top + 14, 230, top + 14), fill=color, width=7)
            lines(draw, 96, top + 36, 410, (height - 30) // 20)
        else:
            lines(draw, 96, top + 16, 380, max(1, (height - 10) // 20))
        note(draw, (540, top + height / 2), label, (440, top + height / 2))
    return image


@illustration(
    "jobs-cv-word",
    title="Écrire son CV dans le traitement de texte",
    alt="Un traitement de texte avec le début d'un CV : le nom « Martine DURAND » est sélectionné "
    "et le bouton G, pour mettre en gras, est entouré.",
)
def cv_word():
    image, draw = canvas()
    x0, y0, x1, y1 = word_processor(draw, "CV-Martine-Durand — Traitement de texte")
    ring(draw, (x0 + 126, y0 - 48, x0 + 172, y0 - 8), margin=5)
    sheet(draw, (x0 + 120, y0 + 20, x1 - 120, y1 - 14))
    px = x0 + 160
    draw.rectangle((px - 6, y0 + 44, px + 300, y0 + 86), fill=SELECTED)
    text(draw, (px, y0 + 65), "Martine DURAND", size=30, bold=True, anchor="lm")
    text(draw, (px, y0 + 110), "12 rue des Lilas, 36000 Ville-Exemple", size=20)
    text(draw, (px, y0 + 140), "06 00 00 00 00 · martine.durand@exemple.fr", size=20)
    text(draw, (px, y0 + 196), "Vendeuse en boulangerie", size=26, bold=True, fill=BRAND)
    text(draw, (px, y0 + 250), "EXPÉRIENCES", size=22, bold=True)
    text(draw, (px, y0 + 288), "2015-2023 · Vendeuse, Boulangerie du Marché", size=20)
    text(draw, (px, y0 + 320), "Accueil, encaissement, mise en rayon", size=20, fill=SOFT)
    arrow_cursor(draw, (x0 + 160, y0 - 22))
    return image


@illustration(
    "jobs-letter-layout",
    title="Le plan d'une lettre de motivation",
    alt="Une lettre d'une page avec son plan : vos coordonnées, le destinataire, la date, l'objet, "
    "puis trois paragraphes (vous, moi, nous) et la formule de politesse avec la signature.",
)
def letter_layout():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=GREY)
    sheet(draw, (60, 20, 450, 580))
    parts = (
        ((80, 36, 230, 96), "Vos coordonnées"),
        ((280, 106, 430, 156), "Le destinataire"),
        ((280, 166, 430, 186), "Lieu et date"),
        ((80, 198, 380, 220), "Objet : candidature…"),
        ((80, 240, 430, 310), "1. Vous : l'entreprise"),
        ((80, 322, 430, 392), "2. Moi : ce que j'apporte"),
        ((80, 404, 430, 450), "3. Nous : une rencontre"),
        ((80, 464, 430, 556), "Politesse et signature"),
    )
    for box, label in parts:
        bx0, by0, bx1, by1 = box
        draw.rectangle(box, fill=PALE)
        lines(draw, bx0 + 8, by0 + 12, bx1 - 8, max(1, (by1 - by0 - 4) // 20), gap=18, width=5)
        note(draw, (530, (by0 + by1) / 2), label, (bx1 + 10, (by0 + by1) / 2), size=22)
    return image


@illustration(
    "jobs-save-pdf",
    title="Enregistrer au format PDF",
    alt="La fenêtre « Enregistrer sous » : le nom du fichier est « CV-Martine-Durand » et, dans la "
    "liste des types, « PDF » est choisi et entouré.",
)
def save_pdf():
    image, draw = canvas()
    word_processor(draw, "CV-Martine-Durand — Traitement de texte")
    x0, y0, x1, y1 = window(draw, (150, 80, 850, 584), "Enregistrer sous")
    field(draw, (x0 + 30, y0 + 70, x1 - 30, y0 + 120), "Nom du fichier", "CV-Martine-Durand")
    field(draw, (x0 + 30, y0 + 190, x1 - 30, y0 + 240), "Type", "PDF (*.pdf)")
    text(draw, (x1 - 60, y0 + 215), "▾", size=26, anchor="mm")
    for i, kind in enumerate(("Document texte (*.odt)", "Word (*.docx)", "PDF (*.pdf)")):
        top = y0 + 244 + i * 44
        fill = SELECTED if i == 2 else WHITE
        draw.rectangle((x0 + 30, top, x1 - 30, top + 44), fill=fill, outline=LINE)
        text(draw, (x0 + 46, top + 22), kind, size=22, bold=i == 2, anchor="lm")
    ring(draw, (x0 + 30, y0 + 332, x1 - 30, y0 + 376), margin=4)
    button(draw, (x1 - 240, y1 - 58, x1 - 30, y1 - 12), "Enregistrer", size=22)
    return image


@illustration(
    "jobs-pdf-files",
    title="Deux versions du même CV",
    alt="Deux fichiers du même CV : la version du traitement de texte, à garder pour la modifier, "
    "et la version PDF, à envoyer aux employeurs.",
)
def pdf_files():
    image, draw = canvas()
    text(draw, (480, 60), "Gardez les deux versions", size=30, bold=True, fill=BRAND, anchor="mm")
    file_icon(draw, (90, 140), "CV-Martine-Durand.odt", "ODT", BRAND)
    text(draw, (190, 230), "Pour modifier votre CV plus tard", size=22, fill=SOFT)
    file_icon(draw, (90, 330), "CV-Martine-Durand.pdf", "PDF", RED)
    text(draw, (190, 420), "Pour l'envoyer : il s'ouvre partout,", size=22, fill=SOFT)
    text(draw, (190, 452), "sans bouger.", size=22, fill=SOFT)
    ring(draw, (70, 320, 720, 480))
    return image


@illustration(
    "jobs-email-application",
    title="Envoyer sa candidature par e-mail",
    alt="Un nouveau message prêt à partir : l'adresse de l'employeur, un objet clair avec la "
    "référence de l'offre, un court message et deux fichiers PDF joints, le CV et la lettre.",
)
def email_application():
    image, draw = canvas()
    x0, y0, x1, y1 = window(draw, (20, 20, 940, 580), "Nouveau message")
    text(draw, (x0 + 24, y0 + 34), "À :", size=22, bold=True, anchor="lm")
    text(draw, (x0 + 110, y0 + 34), "recrutement@boulangerie-exemple.fr", size=22, anchor="lm")
    draw.line((x0 + 16, y0 + 62, x1 - 16, y0 + 62), fill=LINE, width=2)
    text(draw, (x0 + 24, y0 + 92), "Objet :", size=22, bold=True, anchor="lm")
    text(draw, (x0 + 126, y0 + 92), "Candidature vendeuse – offre n° 2041", size=22, anchor="lm")
    ring(draw, (x0 + 120, y0 + 72, x0 + 576, y0 + 112), margin=4)
    draw.line((x0 + 16, y0 + 122, x1 - 16, y0 + 122), fill=LINE, width=2)
    body = (
        "Madame, Monsieur,",
        "Je vous propose ma candidature au poste de vendeuse.",
        "Vous trouverez ci-joint mon CV et ma lettre de motivation.",
        "Bien cordialement,",
        "Martine Durand – 06 00 00 00 00",
    )
    for i, line in enumerate(body):
        text(draw, (x0 + 24, y0 + 150 + i * 40 + (20 if i >= 3 else 0)), line, size=22)
    for i, name in enumerate(("CV-Martine-Durand.pdf", "Lettre-Martine-Durand.pdf")):
        bx = x0 + 24 + i * 370
        draw.rounded_rectangle(
            (bx, y1 - 130, bx + 350, y1 - 84), radius=10, fill=PALE, outline=BRAND, width=2
        )
        draw.rounded_rectangle(
            (bx + 16, y1 - 122, bx + 30, y1 - 92), radius=7, outline=SOFT, width=3
        )
        text(draw, (bx + 44, y1 - 107), name, size=19, bold=True, anchor="lm")
    button(draw, (x0 + 24, y1 - 66, x0 + 224, y1 - 16), "Envoyer", size=22)
    note(draw, (x0 + 656, y0 + 92), "Un objet clair", (x0 + 592, y0 + 92))
    return image


@illustration(
    "jobs-offer-search",
    title="Chercher des offres sur un site d'emploi (exemple)",
    alt="Un site d'offres d'emploi d'exemple : on tape le métier, puis la ville, et on clique sur "
    "« Rechercher ». En dessous, la liste des offres trouvées.",
)
def offer_search():
    image, draw = canvas()
    x0, y0, x1, y1 = browser(
        draw, (20, 16, 940, 584), "www.exemple-offres-emploi.fr", "Offres d'emploi"
    )
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 150), fill=(236, 244, 238))
    field(draw, (x0 + 30, y0 + 60, x0 + 330, y0 + 108), "Quel métier ?", "vendeur")
    field(draw, (x0 + 360, y0 + 60, x0 + 640, y0 + 108), "Où ?", "Ville-Exemple (36)")
    button(draw, (x0 + 670, y0 + 58, x0 + 880, y0 + 110), "Rechercher", size=22)
    ring(draw, (x0 + 670, y0 + 58, x0 + 880, y0 + 110))
    offers = (
        ("Vendeur / vendeuse en boulangerie", "CDD 6 mois · 30 h par semaine"),
        ("Vendeur en jardinerie", "CDI · temps plein"),
        ("Vendeuse rayon fromage", "Intérim · 2 mois"),
    )
    for i, (title, line) in enumerate(offers):
        y = y0 + 170 + i * 96
        draw.rounded_rectangle(
            (x0 + 30, y, x1 - 30, y + 82), radius=10, fill=WHITE, outline=LINE, width=2
        )
        text(draw, (x0 + 50, y + 26), title, size=22, bold=True, anchor="lm", fill=GREEN)
        text(draw, (x0 + 50, y + 58), line, size=20, fill=SOFT, anchor="lm")
    example_badge(draw)
    return image


@illustration(
    "jobs-offer-read",
    title="Bien lire une offre d'emploi",
    alt="Une offre d'emploi d'exemple avec ses informations importantes repérées : le poste, le "
    "lieu, le type de contrat, les horaires, le salaire et la façon de postuler.",
)
def offer_read():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=GREY)
    draw.rounded_rectangle((40, 20, 560, 580), radius=14, fill=WHITE, outline=LINE, width=2)
    text(draw, (64, 48), "Vendeur / vendeuse", size=26, bold=True, fill=GREEN)
    text(draw, (64, 82), "en boulangerie", size=26, bold=True, fill=GREEN)
    rows = (
        ("Lieu", "Ville-Exemple (36)"),
        ("Contrat", "CDD de 6 mois"),
        ("Horaires", "30 h, du mardi au samedi"),
        ("Salaire", "selon la grille"),
        ("Expérience", "débutant accepté"),
    )
    for i, (key, value) in enumerate(rows):
        y = 150 + i * 62
        text(draw, (64, y), key, size=20, bold=True, fill=SOFT)
        text(draw, (64, y + 26), value, size=22)
    draw.rounded_rectangle((60, 470, 540, 560), radius=10, fill=PALE)
    text(draw, (80, 496), "Pour postuler :", size=20, bold=True)
    text(draw, (80, 528), "CV et lettre par e-mail", size=22)
    note(draw, (640, 170), "Où ?", (300, 176))
    note(draw, (640, 232), "Quel contrat ?", (250, 238))
    note(draw, (640, 294), "Quelles heures ?", (370, 300))
    note(draw, (640, 515), "Comment postuler ?", (552, 515))
    return image


@illustration(
    "jobs-fake-offer",
    title="Une fausse offre d'emploi",
    alt="Une offre trop belle pour être vraie : beaucoup d'argent sans effort, pas d'entretien, "
    "des frais à payer et un contact seulement par messagerie. Chaque signe est montré en rouge.",
)
def fake_offer():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=GREY)
    draw.rounded_rectangle((40, 30, 520, 470), radius=14, fill=WHITE, outline=RED, width=3)
    text(
        draw,
        (480, 530),
        "Un vrai employeur ne vous demande jamais d'argent.",
        size=26,
        bold=True,
        fill=RED,
        anchor="mm",
    )
    y = wrapped_text(
        draw, (64, 56), "Gagnez 3 000 € par semaine depuis chez vous !", 430, size=26, bold=True
    )
    y = wrapped_text(
        draw,
        (64, y + 30),
        "Aucune expérience. Pas d'entretien. Vous commencez demain.",
        430,
        size=22,
    )
    draw.rounded_rectangle((60, y + 20, 500, y + 80), radius=8, fill=BADGE)
    text(draw, (80, y + 50), "Frais d'inscription : 49 €", size=22, bold=True, anchor="lm")
    text(draw, (64, y + 130), "Contact : uniquement par", size=22)
    text(draw, (64, y + 162), "messagerie, au 07 00 00 00 00", size=22)
    note(draw, (600, 90), "Trop beau pour être vrai", (524, 90), color=RED)
    note(draw, (600, 200), "Pas d'entretien ?", (484, 200), color=RED)
    note(draw, (600, y + 50), "Payer ? Jamais !", (510, y + 50), color=RED)
    note(draw, (600, y + 146), "Ni nom, ni adresse", (470, y + 146), color=RED)
    return image
