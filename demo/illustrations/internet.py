"""Illustrations of the track « Naviguer sur Internet » (fictional browser and web pages)."""

from .. import drawing as d
from .pc_basics import (
    PALE_GREEN,
    PALE_RED,
    app_icon,
    badge,
    click_burst,
    desktop,
    hand_cursor,
    key,
    pointer,
    ring_box,
)
from .registry import illustration

LINK = (20, 70, 170)
AD = (255, 236, 120)


def bar_box(box):
    """The address bar of a browser drawn by ``drawing.browser`` in ``box``."""
    x0, y0, x1, _ = box
    return (x0 + 140, y0 + 54, x1 - 16, y0 + 86)


def insecure_address(draw, box, address):
    """Paint over the address bar: no padlock, a red « Non sécurisé » warning instead."""
    bar = bar_box(box)
    draw.rounded_rectangle(bar, radius=16, fill=d.WHITE, outline=d.LINE, width=2)
    d.text(
        draw,
        (bar[0] + 16, bar[1] + 16),
        "⚠ Non sécurisé",
        size=18,
        bold=True,
        fill=d.RED,
        anchor="lm",
    )
    d.text(draw, (bar[0] + 176, bar[1] + 16), address, size=18, anchor="lm")


def star(draw, box, filled=False):
    """The « add to favourites » star at the right end of the address bar; returns its centre."""
    bar = bar_box(box)
    centre = (bar[2] - 24, (bar[1] + bar[3]) / 2)
    d.text(
        draw,
        centre,
        "★" if filled else "☆",
        size=26,
        bold=True,
        fill=d.ORANGE if filled else d.SOFT,
        anchor="mm",
    )
    return centre


def tab(draw, box, index, title, active=False):
    """An extra tab next to the one ``drawing.browser`` draws; returns its close-cross centre."""
    x0, y0 = box[0], box[1]
    left = x0 + 12 + index * 296
    draw.rounded_rectangle(
        (left, y0 + 8, left + 288, y0 + 44), radius=8, fill=d.WHITE if active else (214, 214, 220)
    )
    d.text(draw, (left + 16, y0 + 26), title, size=18, anchor="lm")
    cross = (left + 266, y0 + 26)
    d.text(draw, cross, "✕", size=18, fill=d.SOFT, anchor="mm")
    return cross


def link(draw, xy, value, size=24):
    """Blue underlined text: a link. Returns its box."""
    x, y = xy
    width = draw.textlength(value, font=d.font(size))
    d.text(draw, (x, y), value, size=size, fill=LINK)
    draw.line([(x, y + size + 4), (x + width, y + size + 4)], fill=LINK, width=2)
    return (x, y, x + width, y + size + 4)


def lines_of_text(draw, x, y, widths, step=30, color=(205, 205, 210)):
    """Grey bars standing for ordinary text."""
    for i, width in enumerate(widths):
        if not width:
            continue
        draw.rounded_rectangle(
            (x, y + i * step, x + width, y + i * step + 12), radius=6, fill=color
        )


def globe(draw, centre, radius):
    cx, cy = centre
    box = (cx - radius, cy - radius, cx + radius, cy + radius)
    draw.ellipse(box, fill=d.PALE, outline=d.BRAND, width=6)
    for ratio in (0.45, 0.8):
        w = radius * ratio
        draw.ellipse((cx - w, cy - radius, cx + w, cy + radius), outline=d.BRAND, width=4)
    draw.line([(cx, cy - radius), (cx, cy + radius)], fill=d.BRAND, width=4)
    for dy in (-0.5, 0, 0.5):
        y = cy + dy * radius
        half = (radius**2 - (dy * radius) ** 2) ** 0.5
        draw.line([(cx - half, y), (cx + half, y)], fill=d.BRAND, width=4)


def town_hall_page(draw, page):
    """The home page of a fictional town hall site."""
    x0, y0, x1, _ = page
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 70), fill=d.BRAND)
    d.text(
        draw,
        (x0 + 30, y0 + 35),
        "Mairie de Villeneuve-Exemple",
        size=26,
        bold=True,
        fill=d.WHITE,
        anchor="lm",
    )
    return (x0 + 30, y0 + 100)


@illustration(
    "cover-internet",
    title="Un navigateur ouvert sur Internet",
    alt="Une fenêtre de navigateur avec une barre d'adresse et un globe terrestre : "
    "Internet relie les ordinateurs du monde entier.",
)
def cover_internet():
    image, draw = d.canvas(color=d.PALE)
    page = d.browser(draw, (80, 50, 880, 550), "www.mairie-exemple.fr", "Accueil")
    globe(draw, (330, page[1] + 200), 150)
    d.field(draw, (540, page[1] + 150, 840, page[1] + 200), value="Rechercher…")
    d.button(draw, (540, page[1] + 230, 740, page[1] + 280), "Chercher")
    return image


@illustration(
    "web-browser-parts",
    title="Les parties d'un navigateur",
    alt="Une fenêtre de navigateur dont les parties sont nommées : l'onglet en haut, la flèche "
    "pour revenir en arrière, la barre d'adresse et la page du site en dessous.",
)
def web_browser_parts():
    image, draw = d.canvas()
    _town_hall_browser(draw)
    pointer(draw, (340, 50), (340, 124), "L'onglet", color=d.BRAND)
    pointer(draw, (680, 50), (680, 170), "La barre d'adresse", color=d.BRAND)
    pointer(draw, (95, 320), (220, 204), "Revenir\nen arrière", color=d.BRAND)
    badge(draw, (740, 480), "La page du site", color=d.BRAND)
    return image


def _town_hall_browser(draw):
    page = d.browser(draw, (200, 120, 940, 580), "www.mairie-exemple.fr", "Mairie – Accueil")
    x, y = town_hall_page(draw, page)
    lines_of_text(draw, x, y + 30, [440, 380, 420, 300])


@illustration(
    "web-browser-plain",
    title="Un navigateur ouvert, sans légende",
    alt="Une fenêtre de navigateur ouverte sur le site d'une mairie : l'onglet, les flèches et "
    "la barre d'adresse en haut, la page du site en dessous.",
)
def web_browser_plain():
    """The browser of « web-browser-parts » without its labels, for the exercise."""
    image, draw = d.canvas()
    _town_hall_browser(draw)
    return image


@illustration(
    "web-open-browser",
    title="Ouvrir le navigateur",
    alt="Sur le bureau, l'icône « Navigateur » est entourée : un double-clic dessus ouvre le "
    "programme qui sert à aller sur Internet.",
)
def web_open_browser():
    image, draw = d.canvas()
    desktop(draw)
    app_icon(draw, (110, 60), "Corbeille", color=d.SOFT, glyph="♻")
    app_icon(draw, (110, 210), "Navigateur", color=d.BRAND, glyph="◎")
    app_icon(draw, (110, 360), "Messagerie", color=d.GREEN, glyph="✉")
    ring_box(draw, (50, 206, 170, 318))
    click_burst(draw, (120, 240))
    d.arrow_cursor(draw, (120, 240), scale=1.2)
    pointer(draw, (420, 250), (186, 256), "Double-cliquez ici")
    d.wrapped_text(
        draw,
        (330, 330),
        "Le navigateur peut aussi avoir un autre nom ou une autre image : demandez à l'animateur.",
        560,
        size=22,
        fill=d.WHITE,
    )
    return image


@illustration(
    "web-type-address",
    title="Taper une adresse dans la barre d'adresse",
    alt="La barre d'adresse, entourée, contient « www.mairie-exemple.fr » en cours de frappe. "
    "Une touche Entrée est dessinée à côté : on appuie dessus pour aller sur le site.",
)
def web_type_address():
    image, draw = d.canvas()
    box = (30, 40, 930, 400)
    page = d.browser(draw, box, "www.mairie-exemple.fr", "Nouvel onglet")
    bar = bar_box(box)
    width = draw.textlength("www.mairie-exemple.fr", font=d.font(18))
    draw.line(
        [(bar[0] + 48 + width, bar[1] + 6), (bar[0] + 48 + width, bar[3] - 6)], fill=d.INK, width=2
    )
    ring_box(draw, bar)
    d.wrapped_text(
        draw,
        (page[0] + 40, page[1] + 60),
        "1. Cliquez dans la barre, tapez l'adresse…",
        800,
        size=26,
        bold=True,
        fill=d.BRAND,
    )
    d.text(draw, (380, 500), "2. … puis appuyez sur", size=26, bold=True, fill=d.BRAND, anchor="rm")
    key(draw, (420, 440, 600, 560), "Entrée", sub="↵", fill=PALE_GREEN, size=28)
    return image


@illustration(
    "web-address-anatomy",
    title="Comment lire une adresse web",
    alt="L'adresse « https://www.mairie-exemple.fr/horaires » découpée en trois parties : "
    "https (connexion protégée), le nom du site, puis la page. Le nom du site est le plus "
    "important.",
)
def web_address_anatomy():
    image, draw = d.canvas()
    parts = [("https://", d.GREEN), ("www.mairie-exemple.fr", d.BRAND), ("/horaires", d.SOFT)]
    face = d.font(40, True)
    total = sum(draw.textlength(p, font=face) for p, _ in parts)
    x = (960 - total) / 2
    spans = []
    for value, color in parts:
        width = draw.textlength(value, font=face)
        d.text(draw, (x, 120), value, size=40, bold=True, fill=color)
        draw.line([(x + 4, 180), (x + width - 4, 180)], fill=color, width=6)
        spans.append((x + width / 2, color))
        x += width
    notes = [
        ("La connexion\nest protégée", 150),
        ("Le nom du site :\nà vérifier !", 470),
        ("La page\ndans le site", 800),
    ]
    for (cx, color), (label, bx) in zip(spans, notes, strict=True):
        pointer(draw, (bx, 330), (cx, 190), label, color=color)
    d.wrapped_text(
        draw,
        (80, 450),
        "Le nom du site se lit juste avant le premier « / ». C'est lui qui dit chez qui vous êtes.",
        800,
        size=24,
    )
    return image


@illustration(
    "web-padlock",
    title="Le cadenas et le nom du site",
    alt="Deux barres d'adresse. En haut, un cadenas et le bon nom « mairie-exemple.fr » : bon "
    "signe. En bas, « Non sécurisé » et un nom à rallonge suspect : méfiance.",
)
def web_padlock():
    image, draw = d.canvas()
    top = (30, 30, 930, 150)
    d.browser(draw, top, "https://www.mairie-exemple.fr", "Mairie")
    width = draw.textlength("https://www.mairie-exemple.fr", font=d.font(18))
    ring_box(draw, (176, 86, 220 + width, 114), color=d.GREEN, pad=4)
    badge(draw, (480, 200), "✓ Cadenas et bon nom : bon signe", color=d.GREEN)
    bottom = (30, 270, 930, 390)
    d.browser(draw, bottom, "", "Cadeau !")
    insecure_address(draw, bottom, "http://mairie-exemple.fr.cadeau-gratuit.biz")
    width = draw.textlength("http://mairie-exemple.fr.cadeau-gratuit.biz", font=d.font(18))
    ring_box(draw, (180, 326, 350 + width, 354), color=d.RED, pad=4)
    badge(draw, (480, 440), "✗ Pas de cadenas, nom bizarre : méfiance", color=d.RED)
    d.wrapped_text(
        draw,
        (60, 500),
        "Le cadenas protège la connexion, mais ne garantit pas que le site est "
        "honnête. Vérifiez toujours le nom du site.",
        840,
        size=22,
        fill=d.SOFT,
    )
    return image


def search_home(draw, box, query):
    page = d.browser(draw, box, "www.recherche-exemple.fr", "Recherche")
    cx = (page[0] + page[2]) / 2
    d.text(draw, (cx, page[1] + 70), "Recherche", size=44, bold=True, fill=d.BRAND, anchor="mm")
    field_box = (cx - 330, page[1] + 130, cx + 330, page[1] + 186)
    d.field(draw, field_box, value=query, size=24)
    button_box = (cx - 110, page[1] + 220, cx + 110, page[1] + 274)
    d.button(draw, button_box, "Rechercher")
    return field_box, button_box


@illustration(
    "web-search-engine",
    title="Le moteur de recherche",
    alt="La page d'un moteur de recherche : on a tapé « horaires piscine Châteauroux » dans "
    "la case, entourée, puis on clique sur le bouton Rechercher.",
)
def web_search_engine():
    image, draw = d.canvas()
    field_box, button_box = search_home(draw, (30, 30, 930, 570), "horaires piscine Châteauroux")
    ring_box(draw, field_box)
    badge(draw, (200, 480), "1. Tapez quelques mots")
    badge(draw, (720, 480), "2. Rechercher")
    d.label_arrow(draw, (720, 456), (600, button_box[3] + 10), "")
    return image


@illustration(
    "web-search-results",
    title="La liste des résultats",
    alt="Une page de résultats. Le premier résultat porte la mention « Annonce » : c'est une "
    "publicité. Les résultats suivants, avec leur titre bleu, sont les vraies réponses.",
)
def web_search_results():
    image, draw = d.canvas()
    page = d.browser(draw, (20, 20, 940, 580), "www.recherche-exemple.fr", "Résultats")
    x, y = page[0] + 30, page[1] + 20
    d.field(draw, (x, y, x + 520, y + 44), value="horaires piscine Châteauroux", size=20)
    results = [
        ("Annonce", "Piscines en kit à prix cassés", "www.piscines-promo-exemple.com"),
        (None, "Piscine municipale – Horaires", "www.ville-exemple.fr › piscine"),
        (None, "Centre aquatique : tarifs et horaires", "www.centre-aquatique-exemple.fr"),
    ]
    top = y + 80
    for i, (tag, title, address) in enumerate(results):
        ry = top + i * 130
        if tag:
            draw.rectangle((x - 10, ry - 10, x + 620, ry + 100), fill=AD)
            d.text(draw, (x, ry), tag, size=18, bold=True)
            d.text(draw, (x + 100, ry), address, size=18, fill=d.SOFT)
        else:
            d.text(draw, (x, ry), address, size=18, fill=d.GREEN)
        link(draw, (x, ry + 30), title, size=24)
        lines_of_text(draw, x, ry + 76, [520], step=20)
    pointer(draw, (800, 150), (x + 640, top + 20), "Publicité", color=d.RED)
    pointer(draw, (800, 330), (x + 400, top + 174), "Vrai résultat", color=d.GREEN)
    return image


@illustration(
    "web-link-hand",
    title="Reconnaître un lien",
    alt="Sur une page, le pointeur de la souris est posé sur un texte bleu souligné et a pris "
    "la forme d'une main : c'est un lien, un clic ouvre une autre page.",
)
def web_link_hand():
    image, draw = d.canvas()
    page = d.browser(draw, (30, 30, 930, 570), "www.mairie-exemple.fr", "Mairie – Accueil")
    x, y = town_hall_page(draw, page)
    lines_of_text(draw, x, y, [700, 640, 680])
    d.text(draw, (x, y + 110), "Pour connaître nos jours d'ouverture :", size=24)
    box = link(draw, (x, y + 150), "Voir les horaires de la mairie")
    hand_cursor(draw, (box[0] + 200, box[1] + 14), scale=1.3)
    pointer(draw, (620, 470), (box[0] + 250, box[3] + 30), "La main : c'est un lien")
    return image


@illustration(
    "web-tabs",
    title="Les onglets",
    alt="Un navigateur avec deux onglets ouverts. Le bouton « + » pour ouvrir un nouvel onglet "
    "et la petite croix pour fermer un onglet sont montrés.",
)
def web_tabs():
    image, draw = d.canvas()
    box = (30, 140, 930, 570)
    page = d.browser(draw, box, "www.meteo-exemple.fr", "Mairie – Accueil")
    draw.rounded_rectangle((42, 148, 330, 184), radius=8, fill=(214, 214, 220))
    d.text(draw, (58, 166), "Mairie – Accueil", size=18, anchor="lm")
    d.text(draw, (308, 166), "✕", size=18, fill=d.SOFT, anchor="mm")
    cross = tab(draw, box, 1, "Météo", active=True)
    plus = (box[0] + 12 + 2 * 296 + 24, box[1] + 26)
    d.text(draw, plus, "+", size=34, bold=True, fill=d.INK, anchor="mm")
    d.highlight(draw, plus, radius=22)
    d.text(
        draw, (page[0] + 40, page[1] + 40), "Météo de la semaine", size=30, bold=True, fill=d.BRAND
    )
    lines_of_text(draw, page[0] + 40, page[1] + 110, [600, 520, 560])
    pointer(draw, (780, 60), (plus[0] + 26, plus[1] - 12), "Nouvel onglet")
    pointer(draw, (420, 60), (cross[0] - 6, cross[1] - 16), "Fermer cet onglet", color=d.RED)
    pointer(draw, (160, 60), (170, 144), "Autre onglet", color=d.BRAND)
    return image


@illustration(
    "web-zoom-keys",
    title="Agrandir le texte d'une page",
    alt="Les touches Ctrl et + pour agrandir le texte d'une page, Ctrl et - pour le réduire, "
    "Ctrl et 0 pour revenir à la taille normale.",
)
def web_zoom_keys():
    image, draw = d.canvas()
    rows = [("+", "Agrandir", 48), ("-", "Réduire", 26), ("0", "Taille normale", 34)]
    for i, (sign, meaning, size) in enumerate(rows):
        y = 50 + i * 180
        key(draw, (60, y, 200, y + 110), "Ctrl", size=30)
        d.text(draw, (240, y + 55), "+", size=40, bold=True, fill=d.SOFT, anchor="mm")
        key(draw, (280, y, 390, y + 110), sign, size=40)
        d.text(draw, (440, y + 55), meaning, size=30, bold=True, fill=d.BRAND, anchor="lm")
        d.text(draw, (900, y + 55), "Aa", size=size, bold=True, anchor="rm")
    return image


@illustration(
    "web-ad-banner",
    title="Une publicité trompeuse sur une page",
    alt="Un article de journal en ligne avec, à droite, un encadré qui clignote « Vous avez "
    "gagné ! ». La petite mention « Publicité » montre que ce n'est pas le journal qui parle.",
)
def web_ad_banner():
    image, draw = d.canvas()
    page = d.browser(draw, (20, 20, 940, 580), "www.journal-exemple.fr", "Le Journal")
    x, y = page[0] + 30, page[1] + 30
    d.text(draw, (x, y), "La fête du village aura lieu samedi", size=26, bold=True)
    lines_of_text(draw, x, y + 60, [480, 440, 470, 420, 460, 300])
    ad = (x + 530, y - 10, page[2] - 30, y + 300)
    draw.rectangle(ad, fill=AD, outline=d.RED, width=4)
    d.text(draw, (ad[0] + 10, ad[1] + 8), "Publicité", size=18, fill=d.SOFT)
    d.wrapped_text(
        draw,
        (ad[0] + 20, ad[1] + 50),
        "BRAVO ! Vous avez gagné un téléphone !",
        ad[2] - ad[0] - 40,
        size=26,
        bold=True,
        fill=d.RED,
    )
    d.button(draw, (ad[0] + 20, ad[3] - 80, ad[2] - 20, ad[3] - 24), "Je le reçois", size=22)
    ring_box(draw, (ad[0] + 6, ad[1] + 6, ad[0] + 104, ad[1] + 32), pad=3)
    pointer(
        draw,
        (300, 420),
        (ad[0] - 8, ad[1] + 30),
        "« Publicité » : ce n'est\npas le journal",
        color=d.RED,
    )
    badge(draw, (720, 470), "Trop beau pour\nêtre vrai", color=d.RED)
    return image


@illustration(
    "web-scam-popup",
    title="Une fausse alerte de virus",
    alt="Une fenêtre rouge et alarmante prétend que l'ordinateur est bloqué et demande "
    "d'appeler un numéro. C'est une arnaque : on n'appelle jamais, on ferme la page.",
)
def web_scam_popup():
    image, draw = d.canvas()
    page = d.browser(draw, (20, 20, 940, 580), "http://alerte-securite-pc.xyz", "ALERTE")
    insecure_address(draw, (20, 20, 940, 580), "http://alerte-securite-pc.xyz")
    draw.rectangle((page[0] + 2, page[1], page[2] - 2, page[3] - 2), fill=PALE_RED)
    box = (page[0] + 80, page[1] + 30, page[2] - 80, page[1] + 300)
    draw.rectangle(box, fill=d.RED)
    d.text(
        draw,
        ((box[0] + box[2]) / 2, box[1] + 50),
        "⚠ ALERTE VIRUS ⚠",
        size=36,
        bold=True,
        fill=d.WHITE,
        anchor="mm",
    )
    d.wrapped_text(
        draw,
        (box[0] + 30, box[1] + 100),
        "Votre ordinateur est bloqué. Vos données vont disparaître. Appelez tout de suite le :",
        box[2] - box[0] - 60,
        size=24,
        fill=d.WHITE,
    )
    d.text(
        draw,
        ((box[0] + box[2]) / 2, box[3] - 50),
        "01 99 00 12 34",
        size=36,
        bold=True,
        fill=d.WHITE,
        anchor="mm",
    )
    badge(draw, (480, 440), "FAUX ! N'appelez jamais ce numéro.", color=d.RED, size=26)
    badge(draw, (480, 510), "Fermez la page, ou éteignez l'ordinateur.", color=d.GREEN)
    return image


@illustration(
    "web-cookie-banner",
    title="La fenêtre des cookies",
    alt="Une fenêtre demande d'accepter les « cookies ». Le bouton « Tout refuser » est "
    "entouré : on a le droit de refuser, le site marche quand même.",
)
def web_cookie_banner():
    image, draw = d.canvas()
    page = d.browser(draw, (20, 20, 940, 580), "www.meteo-exemple.fr", "Météo")
    lines_of_text(draw, page[0] + 40, page[1] + 30, [600, 500, 560, 520], color=(225, 225, 230))
    box = (page[0] + 90, page[1] + 110, page[2] - 90, page[3] - 40)
    draw.rectangle((box[0] + 6, box[1] + 6, box[2] + 6, box[3] + 6), fill=(150, 150, 150))
    draw.rectangle(box, fill=d.WHITE, outline=d.LINE, width=2)
    d.text(draw, (box[0] + 30, box[1] + 30), "Vos choix sur ce site", size=26, bold=True)
    d.wrapped_text(
        draw,
        (box[0] + 30, box[1] + 80),
        "Ce site utilise des « cookies » pour mesurer les visites et afficher des publicités.",
        box[2] - box[0] - 60,
        size=22,
    )
    y = box[3] - 90
    refuse = (box[0] + 30, y, box[0] + 250, y + 56)
    d.button(draw, refuse, "Tout refuser", primary=False)
    d.button(draw, (box[0] + 270, y, box[0] + 490, y + 56), "Personnaliser", primary=False)
    d.button(draw, (box[0] + 510, y, box[2] - 30, y + 56), "Tout accepter")
    ring_box(draw, refuse)
    badge(draw, (box[0] + 140, y - 50), "Vous pouvez refuser")
    return image


@illustration(
    "web-favorite-star",
    title="Ajouter une page aux favoris",
    alt="L'étoile au bout de la barre d'adresse est entourée. Un clic dessus ouvre une petite "
    "fenêtre « Favori ajouté » où l'on peut donner un nom court, ici « Mairie ».",
)
def web_favorite_star():
    image, draw = d.canvas()
    box = (20, 40, 940, 580)
    page = d.browser(draw, box, "www.mairie-exemple.fr", "Mairie – Accueil")
    town_hall_page(draw, page)
    centre = star(draw, box, filled=True)
    d.highlight(draw, centre, radius=26)
    pop = (520, page[1] + 10, 920, page[1] + 300)
    draw.rectangle((pop[0] + 6, pop[1] + 6, pop[2] + 6, pop[3] + 6), fill=(150, 150, 150))
    draw.rectangle(pop, fill=d.WHITE, outline=d.LINE, width=2)
    d.text(draw, (pop[0] + 24, pop[1] + 28), "Favori ajouté", size=24, bold=True)
    d.field(
        draw, (pop[0] + 24, pop[1] + 110, pop[2] - 24, pop[1] + 156), label="Nom", value="Mairie"
    )
    d.button(draw, (pop[2] - 184, pop[3] - 76, pop[2] - 24, pop[3] - 22), "Terminé")
    badge(draw, (240, 380), "1. Cliquez sur l'étoile")
    badge(draw, (240, 460), "2. Un nom court")
    badge(draw, (240, 540), "3. Terminé")
    return image


@illustration(
    "web-favorites-bar",
    title="La barre des favoris",
    alt="Sous la barre d'adresse, une rangée de favoris : Mairie, Météo, Journal, Photos de "
    "famille. Un clic sur un nom ouvre directement le site, sans rien taper.",
)
def web_favorites_bar():
    image, draw = d.canvas()
    box = (20, 40, 940, 580)
    page = d.browser(draw, box, "www.meteo-exemple.fr", "Météo")
    bar = (page[0] + 2, page[1], page[2] - 2, page[1] + 50)
    draw.rectangle(bar, fill=(244, 244, 247))
    draw.line([(bar[0], bar[3]), (bar[2], bar[3])], fill=d.LINE, width=2)
    x = bar[0] + 16
    centres = []
    for name in ("Mairie", "Météo", "Journal", "Photos de famille"):
        label = f"★ {name}"
        width = draw.textlength(label, font=d.font(20))
        d.text(draw, (x, bar[1] + 25), label, size=20, anchor="lm")
        centres.append((x + width / 2, bar[1] + 25, x, x + width))
        x += width + 40
    mairie = centres[0]
    ring_box(draw, (mairie[2] - 4, bar[1] + 8, mairie[3] + 4, bar[3] - 8), pad=4)
    d.arrow_cursor(draw, (mairie[0] + 10, mairie[1] + 4), scale=1.0)
    lines_of_text(draw, page[0] + 40, bar[3] + 60, [600, 520, 560])
    pointer(draw, (560, 440), (mairie[0] + 30, bar[3] + 20), "Un clic, et le site s'ouvre")
    return image
