"""Illustrations of the track « E-mail et bureautique » (fictional mail and word processor)."""

from .. import drawing as d
from .internet import LINK, lines_of_text, link
from .pc_basics import (
    DARK,
    PALE_GREEN,
    PALE_RED,
    SELECTED,
    badge,
    file_icon,
    key,
    pointer,
    power_symbol,
    ring_box,
    window,
)
from .registry import illustration

FOLDERS = ["Boîte de réception", "Envoyés", "Brouillons", "Indésirables", "Corbeille"]
UNREAD = (232, 240, 250)


def paperclip(draw, xy, scale=1.0, color=d.INK):
    x, y = xy

    def box(x0, y0, x1, y1):
        return (x + x0 * scale, y + y0 * scale, x + x1 * scale, y + y1 * scale)

    draw.rounded_rectangle(box(0, 0, 14, 34), radius=int(7 * scale), outline=color, width=3)
    draw.rounded_rectangle(box(4, 8, 10, 28), radius=int(3 * scale), outline=color, width=2)


def envelope(draw, box, color=d.WHITE, line=d.BRAND):
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=color, outline=line, width=4)
    draw.line([(x0, y0), ((x0 + x1) / 2, (y0 + y1) / 2 + 10), (x1, y0)], fill=line, width=4)


def mail_window(draw, box, selected="Boîte de réception", counts=None):
    """The mail program: its « Nouveau message » button and folders; returns the right area."""
    counts = counts or {"Boîte de réception": 2}
    area = window(draw, box, "Messagerie – jean.dupont@exemple.fr")
    x0, y0, x1, y1 = area
    draw.rectangle((x0 + 2, y0, x0 + 250, y1 - 2), fill=(242, 244, 248))
    d.button(draw, (x0 + 16, y0 + 16, x0 + 234, y0 + 64), "Nouveau message", size=20)
    for i, name in enumerate(FOLDERS):
        y = y0 + 84 + i * 48
        bold = name == selected
        if bold:
            draw.rectangle((x0 + 6, y, x0 + 246, y + 42), fill=SELECTED)
        label = name + (f" ({counts[name]})" if name in counts else "")
        d.text(draw, (x0 + 18, y + 21), label, size=18, bold=bold, anchor="lm")
    return (x0 + 252, y0, x1, y1)


def message_list(draw, area, messages):
    """Lines of the inbox: (sender, subject, unread); returns the box of each line."""
    x0, y0, x1, _ = area
    boxes = []
    for i, (sender, subject, unread) in enumerate(messages):
        top = y0 + i * 78
        box = (x0 + 2, top, x1 - 2, top + 78)
        draw.rectangle(box, fill=UNREAD if unread else d.WHITE)
        draw.line([(x0, top + 78), (x1, top + 78)], fill=(220, 220, 224), width=2)
        if unread:
            draw.ellipse((x0 + 14, top + 20, x0 + 28, top + 34), fill=d.BRAND)
        d.text(draw, (x0 + 40, top + 14), sender, size=20, bold=unread)
        d.text(draw, (x0 + 40, top + 44), subject, size=18, fill=d.INK if unread else d.SOFT)
        boxes.append(box)
    return boxes


def compose(draw, box, to="", subject="", body=(), attach=None):
    """A « Nouveau message » window; returns the boxes of its fields and buttons."""
    area = window(draw, box, "Nouveau message")
    x0, y0, x1, y1 = area
    parts = {}
    for i, (name, value) in enumerate((("À", to), ("Objet", subject))):
        y = y0 + 20 + i * 60
        d.text(draw, (x0 + 24, y + 22), name, size=20, bold=True, anchor="lm")
        field_box = (x0 + 110, y, x1 - 24, y + 44)
        d.field(draw, field_box, value=value, size=20)
        parts[name] = field_box
    text_top = y0 + 150
    draw.rectangle((x0 + 24, text_top, x1 - 24, y1 - 90), fill=d.WHITE, outline=d.LINE, width=2)
    for i, line in enumerate(body):
        d.text(draw, (x0 + 40, text_top + 16 + i * 32), line, size=20)
    if attach:
        card = (x0 + 24, y1 - 80, x0 + 360, y1 - 20)
        draw.rounded_rectangle(card, radius=8, fill=d.PALE, outline=d.LINE)
        paperclip(draw, (card[0] + 14, card[1] + 13), scale=1.0)
        d.text(draw, (card[0] + 44, (card[1] + card[3]) / 2), attach, size=18, anchor="lm")
    send = (x1 - 184, y1 - 74, x1 - 24, y1 - 20)
    d.button(draw, send, "Envoyer", size=22)
    join = (send[0] - 190, y1 - 74, send[0] - 20, y1 - 20)
    d.button(draw, join, "   Joindre", primary=False, size=22)
    paperclip(draw, (join[0] + 18, join[1] + 10), scale=1.0, color=d.BRAND)
    parts["Envoyer"], parts["Joindre"] = send, join
    return parts


@illustration(
    "cover-office",
    title="Un courrier, une lettre et une imprimante",
    alt="Une enveloppe, une lettre bien présentée et une imprimante : écrire un e-mail, rédiger "
    "une lettre et l'imprimer, c'est le programme de ce parcours.",
)
def cover_office():
    image, draw = d.canvas(color=d.PALE)
    envelope(draw, (60, 150, 360, 350))
    draw.rectangle((400, 60, 640, 380), fill=d.WHITE, outline=d.LINE, width=2)
    lines_of_text(draw, 430, 100, [90, 90, 0, 120, 170, 170, 150, 170, 120], step=26)
    printer(draw, (660, 260, 920, 460))
    return image


def printer(draw, box):
    x0, y0, x1, y1 = box
    draw.rectangle((x0 + 40, y0 - 70, x1 - 40, y0 + 10), fill=d.WHITE, outline=d.LINE, width=2)
    draw.rounded_rectangle(
        (x0, y0, x1, y1 - 40), radius=16, fill=(205, 208, 214), outline=d.SOFT, width=3
    )
    draw.rectangle((x0 + 30, y1 - 60, x1 - 30, y1), fill=d.WHITE, outline=d.LINE, width=2)
    draw.rectangle((x0 + 50, y0 + 60, x1 - 50, y0 + 72), fill=DARK)
    draw.ellipse((x1 - 50, y0 + 20, x1 - 26, y0 + 44), fill=d.GREEN)
    draw.ellipse((x1 - 58, y0 + 96, x1 - 18, y0 + 136), fill=d.WHITE, outline=d.SOFT, width=2)
    power_symbol(draw, (x1 - 38, y0 + 116), radius=10, color=d.INK, width=3)


@illustration(
    "mail-address-anatomy",
    title="Comment se lit une adresse e-mail",
    alt="L'adresse « jean.dupont@exemple.fr » découpée en trois : le nom choisi, l'arobase @ "
    "qui se lit « chez », et le fournisseur de la messagerie.",
)
def mail_address_anatomy():
    image, draw = d.canvas()
    parts = [("jean.dupont", d.BRAND), ("@", d.ORANGE), ("exemple.fr", d.GREEN)]
    face = d.font(56, True)
    total = sum(draw.textlength(p, font=face) for p, _ in parts)
    x = (960 - total) / 2
    spans = []
    for value, color in parts:
        width = draw.textlength(value, font=face)
        d.text(draw, (x, 110), value, size=56, bold=True, fill=color)
        draw.line([(x + 4, 190), (x + width - 4, 190)], fill=color, width=6)
        spans.append(((x + width / 2), color))
        x += width
    notes = [
        ("Votre nom,\nchoisi à la création", 190),
        ("L'arobase :\non dit « chez »", 480),
        ("Le fournisseur\nde la messagerie", 780),
    ]
    for (cx, color), (label, bx) in zip(spans, notes, strict=True):
        pointer(draw, (bx, 320), (cx, 200), label, color=color)
    d.wrapped_text(
        draw,
        (80, 440),
        "Une adresse e-mail s'écrit sans espace et sans accent, le plus souvent en minuscules.",
        800,
        size=24,
    )
    return image


@illustration(
    "mail-at-key",
    title="Taper l'arobase @ sur un clavier français",
    alt="Deux touches : Alt Gr, à droite de la barre d'espace, et la touche 0/à qui porte "
    "aussi le signe @. En les appuyant ensemble, on obtient @.",
)
def mail_at_key():
    image, draw = d.canvas()
    key(draw, (80, 160, 300, 330), "Alt Gr", size=40, fill=PALE_GREEN)
    d.text(draw, (350, 245), "+", size=56, bold=True, fill=d.SOFT, anchor="mm")
    box = (400, 160, 580, 330)
    key(draw, box, "", fill=PALE_GREEN)
    d.text(draw, (430, 185), "0", size=44, bold=True)
    d.text(draw, (430, 260), "à", size=40)
    d.text(draw, (520, 260), "@", size=44, bold=True, fill=d.ORANGE)
    d.text(draw, (650, 245), "=", size=56, bold=True, fill=d.SOFT, anchor="mm")
    d.text(draw, (800, 245), "@", size=120, bold=True, fill=d.ORANGE, anchor="mm")
    d.wrapped_text(
        draw,
        (80, 400),
        "Maintenez Alt Gr (à droite de la barre d'espace), puis appuyez sur la "
        "touche 0 / à. Relâchez les deux.",
        800,
        size=26,
    )
    return image


@illustration(
    "mail-signup-form",
    title="Le formulaire pour créer une adresse",
    alt="La page d'inscription d'une messagerie : prénom, nom, adresse souhaitée et mot de "
    "passe sont remplis. Le bouton « Créer mon adresse » est entouré.",
)
def mail_signup_form():
    image, draw = d.canvas()
    page = d.browser(
        draw, (20, 10, 940, 590), "www.messagerie-exemple.fr/inscription", "Créer une adresse"
    )
    x0, y0 = page[0] + 40, page[1] + 20
    d.text(draw, (x0, y0), "Créer votre adresse e-mail", size=28, bold=True, fill=d.BRAND)
    rows = [("Prénom", "Jean", 0), ("Nom", "Dupont", 1)]
    for label, value, col in rows:
        left = x0 + col * 300
        d.field(draw, (left, y0 + 90, left + 270, y0 + 134), label=label, value=value)
    d.field(
        draw, (x0, y0 + 200, x0 + 270, y0 + 244), label="Adresse souhaitée", value="jean.dupont"
    )
    d.text(draw, (x0 + 284, y0 + 222), "@exemple.fr", size=22, bold=True, anchor="lm")
    d.field(
        draw,
        (x0, y0 + 310, x0 + 420, y0 + 354),
        label="Mot de passe",
        value="● ● ● ● ● ● ● ● ● ● ● ●",
    )
    button_box = (x0, y0 + 390, x0 + 300, y0 + 444)
    d.button(draw, button_box, "Créer mon adresse")
    ring_box(draw, button_box)
    badge(draw, (740, y0 + 222), "Sans espace\nni accent")
    badge(draw, (740, y0 + 332), "Notez-le sur\nvotre carnet")
    return image


@illustration(
    "mail-password",
    title="Un mot de passe solide",
    alt="À gauche, des mots de passe trop faciles à deviner, barrés en rouge. À droite, un mot "
    "de passe solide fait de trois mots et d'un nombre, marqué en vert.",
)
def mail_password():
    image, draw = d.canvas()
    draw.rounded_rectangle((40, 60, 450, 520), radius=18, fill=PALE_RED, outline=d.RED, width=3)
    d.text(draw, (245, 110), "✗ Trop facile", size=32, bold=True, fill=d.RED, anchor="mm")
    for i, word in enumerate(("123456", "jeanne1950", "motdepasse", "azerty")):
        d.text(draw, (245, 200 + i * 75), word, size=30, anchor="mm")
    draw.rounded_rectangle(
        (510, 60, 920, 520), radius=18, fill=PALE_GREEN, outline=d.GREEN, width=3
    )
    d.text(draw, (715, 110), "✓ Solide", size=32, bold=True, fill=d.GREEN, anchor="mm")
    d.text(draw, (715, 220), "Tulipe-Vélo-", size=34, bold=True, anchor="mm")
    d.text(draw, (715, 270), "Soleil-72", size=34, bold=True, anchor="mm")
    d.wrapped_text(
        draw,
        (540, 330),
        "Trois mots sans rapport entre eux et un nombre : facile à retenir, difficile à deviner.",
        350,
        size=22,
    )
    return image


@illustration(
    "mail-inbox",
    title="La boîte de réception",
    alt="La messagerie ouverte : à gauche les dossiers, à droite la liste des messages reçus. "
    "Les messages pas encore lus sont en gras, avec un point bleu.",
)
def mail_inbox():
    image, draw = d.canvas()
    area = mail_window(draw, (20, 20, 940, 520))
    message_list(
        draw,
        area,
        [
            ("Léa Martin", "Photos de l'anniversaire", True),
            ("Mairie de Villeneuve-Exemple", "Inscription au repas des aînés", True),
            ("Club de marche", "Sortie de jeudi", False),
            ("Paul Dupont", "Bon voyage !", False),
        ],
    )
    pointer(draw, (150, 565), (150, 410), "Les dossiers", color=d.BRAND)
    pointer(draw, (760, 565), (800, 110), "Pas encore lu : en gras", color=d.BRAND)
    return image


@illustration(
    "mail-read-message",
    title="Lire un message et y répondre",
    alt="Un message de Léa est ouvert : on voit qui l'envoie, l'objet et le texte. Le bouton "
    "« Répondre » est entouré.",
)
def mail_read_message():
    image, draw = d.canvas()
    area = window(draw, (20, 20, 940, 580), "Photos de l'anniversaire")
    x0, y0, x1, _ = area
    reply = (x0 + 24, y0 + 20, x0 + 204, y0 + 70)
    d.button(draw, reply, "Répondre", size=22)
    d.button(draw, (x0 + 220, y0 + 20, x0 + 400, y0 + 70), "Transférer", primary=False, size=22)
    d.button(draw, (x0 + 416, y0 + 20, x0 + 596, y0 + 70), "Supprimer", primary=False, size=22)
    ring_box(draw, reply)
    d.text(draw, (x0 + 24, y0 + 100), "De : Léa Martin <lea.martin@exemple.fr>", size=20)
    d.text(draw, (x0 + 24, y0 + 134), "Objet : Photos de l'anniversaire", size=20, bold=True)
    draw.line([(x0 + 24, y0 + 172), (x1 - 24, y0 + 172)], fill=d.LINE, width=2)
    for i, line in enumerate(("Bonjour Mamie,", "Voici les photos de samedi.", "Gros bisous, Léa")):
        d.text(draw, (x0 + 24, y0 + 200 + i * 40), line, size=24)
    pointer(draw, (760, 200), (x0 + 500, y0 + 112), "Qui l'envoie", color=d.BRAND)
    return image


@illustration(
    "mail-new-message",
    title="Écrire un nouveau message",
    alt="La fenêtre « Nouveau message » : l'adresse de Léa dans la case « À », un objet court, "
    "le texte du message, et le bouton « Envoyer » entouré.",
)
def mail_new_message():
    image, draw = d.canvas()
    parts = compose(
        draw,
        (20, 20, 940, 580),
        to="lea.martin@exemple.fr",
        subject="Merci pour les photos",
        body=("Bonjour Léa,", "Merci pour les belles photos !", "Je t'embrasse,", "Mamie"),
    )
    ring_box(draw, parts["Envoyer"])
    pointer(
        draw,
        (770, 400),
        (parts["À"][2] - 200, parts["À"][3] + 6),
        "L'adresse de Léa",
        color=d.BRAND,
    )
    return image


@illustration(
    "mail-attach-button",
    title="Le bouton pour joindre un fichier",
    alt="Dans la fenêtre « Nouveau message », le bouton « Joindre », avec un trombone, est "
    "entouré : il sert à ajouter une photo ou un document au message.",
)
def mail_attach_button():
    image, draw = d.canvas()
    parts = compose(
        draw,
        (20, 20, 940, 580),
        to="paul.dupont@exemple.fr",
        subject="Photos de Noël",
        body=(
            "Bonjour Paul,",
            "Voici les photos.",
        ),
    )
    ring_box(draw, parts["Joindre"])
    pointer(
        draw,
        (300, 440),
        (parts["Joindre"][0] - 12, parts["Joindre"][1] + 10),
        "Le trombone : joindre",
    )
    return image


@illustration(
    "mail-choose-file",
    title="Choisir le fichier à joindre",
    alt="La fenêtre « Choisir un fichier » est ouverte sur le dossier Images. La photo "
    "« noel-2024 » est sélectionnée et le bouton « Ouvrir » est entouré.",
)
def mail_choose_file():
    image, draw = d.canvas()
    area = window(draw, (40, 30, 920, 570), "Choisir un fichier", color=d.SOFT)
    x0, y0, x1, y1 = area
    draw.rectangle((x0 + 2, y0, x0 + 220, y1 - 2), fill=(242, 244, 248))
    for i, place in enumerate(("Bureau", "Documents", "Images", "Téléchargements")):
        y = y0 + 20 + i * 52
        if place == "Images":
            draw.rectangle((x0 + 6, y, x0 + 216, y + 44), fill=SELECTED)
        d.text(draw, (x0 + 20, y + 22), place, size=20, bold=place == "Images", anchor="lm")
    for i, name in enumerate(("noel-2024", "jardin", "chat")):
        left = x0 + 260 + i * 190
        if i == 0:
            draw.rectangle((left - 20, y0 + 20, left + 130, y0 + 200), fill=SELECTED)
        file_icon(draw, (left, y0 + 30), name, width=110, photo=True)
    openb = (x1 - 200, y1 - 80, x1 - 30, y1 - 24)
    d.button(draw, openb, "Ouvrir")
    d.button(draw, (openb[0] - 190, openb[1], openb[0] - 20, openb[3]), "Annuler", primary=False)
    ring_box(draw, openb)
    badge(draw, (x0 + 430, y0 + 290), "1. Cliquez sur la photo")
    badge(draw, (x0 + 430, y0 + 360), "2. Puis sur « Ouvrir »")
    return image


@illustration(
    "mail-attachment-received",
    title="Une pièce jointe reçue",
    alt="Un message reçu avec une pièce jointe, montrée par un trombone et le nom du fichier. "
    "Le bouton « Télécharger » est entouré : il enregistre le fichier sur l'ordinateur.",
)
def mail_attachment_received():
    image, draw = d.canvas()
    area = window(draw, (20, 20, 940, 580), "Photos de l'anniversaire")
    x0, y0, x1, _ = area
    d.text(draw, (x0 + 24, y0 + 24), "De : Léa Martin <lea.martin@exemple.fr>", size=20)
    for i, line in enumerate(("Bonjour Mamie,", "Voici la photo du gâteau !", "Léa")):
        d.text(draw, (x0 + 24, y0 + 80 + i * 40), line, size=24)
    card = (x0 + 24, y0 + 240, x0 + 520, y0 + 420)
    draw.rounded_rectangle(card, radius=10, fill=d.PALE, outline=d.LINE, width=2)
    file_icon(draw, (card[0] + 20, card[1] + 22), width=100, photo=True)
    paperclip(draw, (card[0] + 150, card[1] + 26), scale=1.0)
    d.text(
        draw,
        (card[0] + 180, card[1] + 40),
        "gateau-anniversaire.jpg",
        size=20,
        bold=True,
        anchor="lm",
    )
    d.text(draw, (card[0] + 150, card[1] + 80), "Photo – 2 Mo", size=18, fill=d.SOFT)
    download = (card[0] + 150, card[1] + 110, card[0] + 380, card[1] + 160)
    d.button(draw, download, "Télécharger", size=22)
    ring_box(draw, download)
    pointer(draw, (760, 300), (card[2] + 10, card[1] + 40), "La pièce jointe", color=d.BRAND)
    return image


@illustration(
    "mail-spam-folder",
    title="Le dossier des messages indésirables",
    alt="Le dossier « Indésirables » est ouvert : il contient des messages douteux, comme un "
    "faux gain à la loterie ou un faux remboursement. On peut les supprimer sans les ouvrir.",
)
def mail_spam_folder():
    image, draw = d.canvas()
    area = mail_window(
        draw, (20, 20, 940, 520), selected="Indésirables", counts={"Indésirables": 3}
    )
    message_list(
        draw,
        area,
        [
            ("Loterie Internationale", "Vous avez gagné 500 000 € !!!", False),
            ("Service Remboursement", "Un remboursement vous attend", False),
            ("Pharmacie en ligne", "Promotions incroyables", False),
        ],
    )
    ring_box(draw, (28, 290, 266, 330), pad=2)
    pointer(draw, (740, 565), (760, 270), "Des messages douteux", color=d.RED)
    return image


@illustration(
    "mail-phishing",
    title="Reconnaître un faux message (hameçonnage)",
    alt="Un faux message de livraison de colis, avec trois signes d'alerte entourés : une "
    "adresse d'expéditeur bizarre, un ton pressant et une demande de payer par carte.",
)
def mail_phishing():
    image, draw = d.canvas()
    area = window(draw, (20, 20, 700, 580), "Votre colis est bloqué")
    x0, y0, x1, y1 = area
    d.text(draw, (x0 + 20, y0 + 24), "De : Service Colis", size=20, bold=True)
    d.text(draw, (x0 + 20, y0 + 56), "<suivi@colis-livraison-secure.xyz>", size=18)
    ring_box(draw, (x0 + 16, y0 + 52, x0 + 360, y0 + 80), color=d.RED, pad=4)
    d.wrapped_text(
        draw,
        (x0 + 20, y0 + 120),
        "Votre colis ne peut pas être livré. Payez 1,99 € de frais AVANT 24 "
        "HEURES, sinon il sera renvoyé.",
        x1 - x0 - 40,
        size=22,
    )
    ring_box(draw, (x0 + 16, y0 + 112, x1 - 20, y0 + 182), color=d.RED, pad=4)
    payb = (x0 + 20, y0 + 270, x0 + 360, y0 + 326)
    d.button(draw, payb, "Payer par carte", size=24)
    ring_box(draw, payb, color=d.RED)
    d.text(draw, (x0 + 20, y0 + 380), "Merci de votre confiance.", size=20, fill=d.SOFT)
    badge(draw, (830, 130), "1. Adresse\nbizarre", color=d.RED)
    badge(draw, (830, 260), "2. Vite,\nvite !", color=d.RED)
    badge(draw, (830, 390), "3. Votre\ncarte", color=d.RED)
    d.label_arrow(draw, (740, 130), (x0 + 370, y0 + 66), "", color=d.RED)
    d.label_arrow(draw, (752, 262), (x1 - 12, y0 + 160), "", color=d.RED)
    d.label_arrow(draw, (752, 392), (payb[2] + 14, payb[3] - 10), "", color=d.RED)
    return image


@illustration(
    "mail-link-check",
    title="Voir où mène un lien avant de cliquer",
    alt="Le pointeur est posé sur un lien sans cliquer. En bas à gauche apparaît la vraie "
    "adresse, « colis-paiement.xyz » : elle n'a rien à voir avec le service annoncé.",
)
def mail_link_check():
    image, draw = d.canvas()
    area = window(draw, (20, 20, 940, 580), "Votre colis est bloqué")
    x0, y0, x1, y1 = area
    d.text(draw, (x0 + 24, y0 + 30), "Pour recevoir votre colis :", size=24)
    box = link(draw, (x0 + 24, y0 + 80), "Suivre mon colis", size=28)
    d.arrow_cursor(draw, (box[0] + 120, box[1] + 20), scale=1.2)
    status = (x0 + 2, y1 - 46, x0 + 520, y1 - 2)
    draw.rectangle(status, fill=(240, 240, 244), outline=d.LINE)
    d.text(
        draw,
        (status[0] + 12, (status[1] + status[3]) / 2),
        "http://colis-paiement.xyz/carte",
        size=20,
        anchor="lm",
        fill=LINK,
    )
    ring_box(draw, status, color=d.RED, pad=2)
    pointer(draw, (640, 330), (status[2] - 40, status[1] - 10), "La vraie adresse", color=d.RED)
    d.wrapped_text(
        draw,
        (x0 + 24, y0 + 200),
        "Posez la souris sur le lien, sans cliquer, et lisez l'adresse qui apparaît en bas.",
        800,
        size=24,
        fill=d.SOFT,
    )
    return image


def word_window(draw, box, title="Traitement de texte – Lettre", size="12", bold_on=False):
    """The word processor: toolbar and a white page on grey; returns (toolbar, page) boxes."""
    area = window(draw, box, "")
    x0, y0, x1, y1 = area
    d.text(
        draw, ((x0 + x1) / 2 + 40, y0 - 22), title, size=20, bold=True, fill=d.WHITE, anchor="mm"
    )
    toolbar = (x0 + 2, y0, x1 - 2, y0 + 60)
    draw.rectangle(toolbar, fill=(242, 244, 248))
    buttons = {}
    for i, sign in enumerate(("G", "I", "S")):
        b = (x0 + 16 + i * 56, y0 + 8, x0 + 62 + i * 56, y0 + 52)
        fill = SELECTED if (sign == "G" and bold_on) else d.WHITE
        draw.rounded_rectangle(b, radius=6, fill=fill, outline=d.LINE, width=2)
        d.text(
            draw,
            ((b[0] + b[2]) / 2, (b[1] + b[3]) / 2),
            sign,
            size=24,
            bold=sign == "G",
            anchor="mm",
        )
        buttons[sign] = b
    size_box = (x0 + 200, y0 + 8, x0 + 290, y0 + 52)
    d.field(draw, size_box, value=size, size=22)
    d.text(draw, (size_box[2] - 20, y0 + 30), "▾", size=20, anchor="mm")
    buttons["taille"] = size_box
    for i in range(3):
        left = x0 + 320 + i * 56
        b = (left, y0 + 8, left + 46, y0 + 52)
        draw.rounded_rectangle(b, radius=6, fill=d.WHITE, outline=d.LINE, width=2)
        for j in range(4):
            width = 28 if j % 2 == 0 else 18
            offset = (0, (28 - width) / 2, 28 - width)[i]
            draw.line(
                [
                    (left + 9 + offset, y0 + 17 + j * 7),
                    (left + 9 + offset + width, y0 + 17 + j * 7),
                ],
                fill=d.INK,
                width=2,
            )
    d.button(draw, (x1 - 180, y0 + 8, x1 - 16, y0 + 52), "Imprimer", primary=False, size=20)
    buttons["imprimer"] = (x1 - 180, y0 + 8, x1 - 16, y0 + 52)
    draw.rectangle((x0 + 2, y0 + 60, x1 - 2, y1 - 2), fill=(210, 212, 218))
    page = (x0 + 90, y0 + 80, x1 - 90, y1 - 2)
    draw.rectangle(page, fill=d.WHITE, outline=d.LINE)
    return buttons, page


@illustration(
    "office-word-window",
    title="La fenêtre du traitement de texte",
    alt="Le traitement de texte : en haut, la barre d'outils (gras, italique, taille, "
    "alignement, imprimer) ; au milieu, la page blanche où l'on écrit la lettre.",
)
def office_word_window():
    image, draw = d.canvas()
    buttons, page = word_window(draw, (20, 110, 940, 590))
    x, y = page[0] + 40, page[1] + 40
    d.text(draw, (x, y), "Jean Dupont", size=20)
    d.text(draw, (x, y + 30), "3 rue des Lilas", size=20)
    draw.line([(x + 170, y + 34), (x + 170, y + 56)], fill=d.INK, width=2)
    pointer(
        draw,
        (170, 45),
        ((buttons["G"][0] + buttons["S"][2]) / 2, buttons["G"][1] - 6),
        "Gras, italique, souligné",
        size=20,
        color=d.BRAND,
    )
    pointer(
        draw,
        (400, 45),
        ((buttons["taille"][0] + buttons["taille"][2]) / 2, buttons["taille"][1] - 6),
        "Taille",
        size=20,
        color=d.BRAND,
    )
    pointer(
        draw,
        (820, 45),
        ((buttons["imprimer"][0] + buttons["imprimer"][2]) / 2, buttons["imprimer"][1] - 6),
        "Imprimer",
        size=20,
        color=d.BRAND,
    )
    badge(draw, (640, 480), "La page : écrivez ici", color=d.BRAND)
    return image


@illustration(
    "office-letter-layout",
    title="La présentation d'une lettre",
    alt="Le plan d'une lettre : vos coordonnées en haut à gauche, celles du destinataire à "
    "droite, le lieu et la date, l'objet, le texte, puis la signature en bas à droite.",
)
def office_letter_layout():
    image, draw = d.canvas(color=(226, 228, 234))
    page = (40, 12, 520, 588)
    draw.rectangle(page, fill=d.WHITE, outline=d.LINE, width=2)
    x0, y0, x1 = page[0] + 30, page[1] + 24, page[2] - 30
    d.text(draw, (x0, y0), "Jean Dupont", size=18, bold=True)
    d.text(draw, (x0, y0 + 24), "3 rue des Lilas", size=18)
    d.text(draw, (x0, y0 + 48), "36000 Châteauroux", size=18)
    d.text(draw, (x1, y0 + 90), "Monsieur le Maire", size=18, bold=True, anchor="ra")
    d.text(draw, (x1, y0 + 114), "Mairie de Villeneuve", size=18, anchor="ra")
    d.text(draw, (x1, y0 + 164), "Châteauroux, le 12 mars", size=18, anchor="ra")
    d.text(draw, (x0, y0 + 210), "Objet : carte d'électeur", size=18, bold=True)
    d.text(draw, (x0, y0 + 256), "Monsieur le Maire,", size=18)
    lines_of_text(draw, x0, y0 + 296, [410, 390, 410, 300, 0, 400, 260], step=24)
    d.text(draw, (x1, y0 + 490), "Jean Dupont", size=18, anchor="ra")
    notes = [
        ("1. Vous", y0 + 36, x0 + 190),
        ("2. Le destinataire", y0 + 112, x1 + 12),
        ("3. Lieu et date", y0 + 174, x1 + 12),
        ("4. L'objet", y0 + 220, x0 + 250),
        ("5. Le texte", y0 + 350, x1 + 12),
        ("6. La signature", y0 + 500, x1 + 12),
    ]
    for i, (label, y, end_x) in enumerate(notes):
        pointer(draw, (750, 50 + i * 98), (end_x, y), label, color=d.BRAND)
    return image


@illustration(
    "office-bold-size",
    title="Mettre un mot en gras et grossir le texte",
    alt="Le mot « Objet : carte d'électeur » est sélectionné (surligné en bleu). Le bouton G "
    "(gras) est entouré, et la taille du texte est réglée sur 14.",
)
def office_bold_size():
    image, draw = d.canvas()
    buttons, page = word_window(draw, (20, 20, 940, 580), size="14", bold_on=True)
    ring_box(draw, buttons["G"], pad=5)
    ring_box(draw, buttons["taille"], pad=5)
    x, y = page[0] + 40, page[1] + 60
    value = "Objet : carte d'électeur"
    width = draw.textlength(value, font=d.font(26, True))
    draw.rectangle((x - 4, y - 6, x + width + 4, y + 34), fill=SELECTED)
    d.text(draw, (x, y), value, size=26, bold=True)
    lines_of_text(draw, x, y + 80, [560, 520, 540])
    badge(draw, (x + 300, y + 230), "1. Sélectionnez le texte")
    badge(draw, (x + 300, y + 300), "2. Cliquez sur G ou la taille")
    return image


@illustration(
    "office-save-dialog",
    title="Enregistrer la lettre",
    alt="La fenêtre « Enregistrer sous » : le dossier Documents est choisi, le nom « Lettre "
    "mairie » est tapé, et le bouton « Enregistrer » est entouré.",
)
def office_save_dialog():
    image, draw = d.canvas()
    area = window(draw, (60, 40, 900, 560), "Enregistrer sous", color=d.SOFT)
    x0, y0, x1, y1 = area
    draw.rectangle((x0 + 2, y0, x0 + 220, y1 - 2), fill=(242, 244, 248))
    for i, place in enumerate(("Bureau", "Documents", "Images")):
        y = y0 + 20 + i * 52
        if place == "Documents":
            draw.rectangle((x0 + 6, y, x0 + 216, y + 44), fill=SELECTED)
        d.text(draw, (x0 + 20, y + 22), place, size=20, bold=place == "Documents", anchor="lm")
    name_box = (x0 + 250, y0 + 220, x1 - 30, y0 + 270)
    d.field(draw, name_box, label="Nom du fichier", value="Lettre mairie")
    save = (x1 - 230, y1 - 80, x1 - 30, y1 - 24)
    d.button(draw, save, "Enregistrer")
    ring_box(draw, save)
    ring_box(draw, name_box, color=d.BRAND, pad=4)
    badge(draw, (x0 + 400, y0 + 60), "1. Le dossier : Documents", color=d.BRAND)
    badge(draw, (x0 + 400, y0 + 330), "2. Un nom clair", color=d.BRAND)
    badge(draw, (x0 + 330, y1 - 52), "3. Enregistrer")
    return image


@illustration(
    "office-print-dialog",
    title="La fenêtre d'impression",
    alt="La fenêtre « Imprimer » : l'imprimante choisie, le nombre d'exemplaires (1), toutes "
    "les pages, et le bouton « Imprimer » entouré.",
)
def office_print_dialog():
    image, draw = d.canvas()
    area = window(draw, (80, 30, 880, 570), "Imprimer", color=d.SOFT)
    x0, y0, x1, y1 = area
    left = x0 + 40
    d.field(
        draw,
        (left, y0 + 70, left + 420, y0 + 116),
        label="Imprimante",
        value="Imprimante du salon  ▾",
    )
    d.field(draw, (left, y0 + 180, left + 120, y0 + 226), label="Exemplaires", value="1")
    d.field(
        draw, (left, y0 + 290, left + 420, y0 + 336), label="Pages", value="Toutes les pages  ▾"
    )
    preview = (x1 - 230, y0 + 40, x1 - 40, y0 + 300)
    draw.rectangle(preview, fill=d.WHITE, outline=d.LINE, width=2)
    lines_of_text(
        draw, preview[0] + 20, preview[1] + 24, [60, 60, 0, 100, 150, 150, 120, 150], step=22
    )
    d.text(
        draw,
        ((preview[0] + preview[2]) / 2, preview[3] + 24),
        "Aperçu",
        size=18,
        fill=d.SOFT,
        anchor="mm",
    )
    printb = (x1 - 230, y1 - 80, x1 - 40, y1 - 24)
    d.button(draw, printb, "Imprimer")
    d.button(
        draw, (printb[0] - 200, printb[1], printb[0] - 20, printb[3]), "Annuler", primary=False
    )
    ring_box(draw, printb)
    return image


@illustration(
    "office-printer",
    title="Avant d'imprimer : l'imprimante",
    alt="Une imprimante : le voyant vert montre qu'elle est allumée, le bac du bas contient "
    "le papier, et la feuille imprimée sort en haut.",
)
def office_printer():
    image, draw = d.canvas()
    printer(draw, (280, 200, 680, 520))
    pointer(draw, (820, 110), (640, 232), "Voyant vert :\nallumée", color=d.GREEN)
    pointer(draw, (130, 100), (340, 140), "La feuille\nsort ici", color=d.BRAND)
    pointer(draw, (120, 470), (310, 490), "Le papier", color=d.BRAND)
    pointer(draw, (830, 400), (652, 325), "Bouton\nmarche", color=d.BRAND)
    return image
