"""Illustrations of the track "Retoucher ses photos": a phone, the file explorer, a photo editor.

Every screen is fictional and drawn by code; the "photos" are little landscapes drawn here too.
"""

from PIL import Image, ImageDraw, ImageEnhance, ImageOps

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
    button,
    canvas,
    field,
    font,
    highlight,
    label_arrow,
    ring,
    text,
    window,
    wrapped_text,
)
from .registry import illustration

SELECTED = (204, 228, 247)
FOLDER = (245, 190, 60)
FOLDER_EDGE = (196, 140, 20)


# --- small drawing helpers of this track -------------------------------------------------------


def scene(width, height):
    """A fictional holiday photo: sky, sun, hills, a lake, a house and a tree."""
    image = Image.new("RGB", (width, height), WHITE)
    draw = ImageDraw.Draw(image)
    horizon = int(height * 0.58)
    for y in range(horizon):
        t = y / max(horizon, 1)
        draw.line([(0, y), (width, y)], fill=(int(120 + 90 * t), int(180 + 50 * t), 245))
    sun = min(width, height) * 0.09
    draw.ellipse(
        (width * 0.16 - sun, height * 0.2 - sun, width * 0.16 + sun, height * 0.2 + sun),
        fill=(255, 214, 90),
    )
    draw.polygon(
        [(0, horizon), (width * 0.3, height * 0.38), (width * 0.62, horizon)], fill=(94, 140, 90)
    )
    draw.polygon(
        [(width * 0.4, horizon), (width * 0.75, height * 0.32), (width, horizon)],
        fill=(70, 120, 80),
    )
    draw.rectangle((0, horizon, width, height), fill=(120, 170, 80))
    draw.rectangle((0, int(height * 0.8), width, height), fill=(80, 140, 200))
    # the house
    hx, hy, hw = width * 0.55, height * 0.62, width * 0.16
    draw.rectangle((hx, hy, hx + hw, hy + hw * 0.7), fill=(245, 235, 215))
    draw.polygon(
        [(hx - hw * 0.1, hy), (hx + hw / 2, hy - hw * 0.45), (hx + hw * 1.1, hy)],
        fill=(190, 70, 50),
    )
    draw.rectangle(
        (hx + hw * 0.4, hy + hw * 0.35, hx + hw * 0.6, hy + hw * 0.7), fill=(110, 70, 40)
    )
    # the tree
    tx, ty = width * 0.3, height * 0.6
    draw.rectangle(
        (tx - width * 0.012, ty, tx + width * 0.012, ty + height * 0.14), fill=(110, 70, 40)
    )
    r = width * 0.06
    draw.ellipse((tx - r, ty - r * 1.4, tx + r, ty + r * 0.4), fill=(40, 110, 50))
    return image


def paste_scene(image, box, light=1.0, contrast=1.0, angle=0):
    """Paste a scene in ``box``, darker or lighter, tilted by ``angle`` degrees if asked."""
    x0, y0, x1, y1 = (int(v) for v in box)
    photo = scene(x1 - x0, y1 - y0)
    if angle:
        photo = photo.rotate(angle, resample=Image.BICUBIC, fillcolor=(60, 60, 60))
    photo = ImageEnhance.Brightness(photo).enhance(light)
    photo = ImageEnhance.Contrast(photo).enhance(contrast)
    image.paste(photo, (x0, y0))


def tilted_print(image, center, size, angle):
    """A paper print of a photo, with its white border, lying at an angle."""
    photo = ImageOps.expand(scene(*size), border=12, fill=WHITE).convert("RGBA")
    photo = photo.rotate(angle, resample=Image.BICUBIC, expand=True)
    shadow = Image.new("RGBA", photo.size, (0, 0, 0, 0))
    shadow.putalpha(photo.getchannel("A").point(lambda a: 60 if a else 0))
    x, y = int(center[0] - photo.width / 2), int(center[1] - photo.height / 2)
    image.paste((0, 0, 0), (x + 8, y + 8), shadow)
    image.paste(photo, (x, y), photo)


def phone(draw, box):
    """A smartphone; returns the box of its screen."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=30, fill=(40, 40, 46))
    draw.rounded_rectangle(
        ((x0 + x1) / 2 - 30, y0 + 14, (x0 + x1) / 2 + 30, y0 + 22), radius=4, fill=(90, 90, 96)
    )
    screen = (x0 + 14, y0 + 36, x1 - 14, y1 - 36)
    draw.rounded_rectangle(screen, radius=8, fill=WHITE)
    return screen


def folder_icon(draw, xy, label, width=110, selected=False, size=18):
    """A yellow folder with its name under it."""
    x, y = xy
    if selected:
        draw.rounded_rectangle(
            (x - 14, y - 10, x + width + 14, y + width * 0.72 + 64),
            radius=8,
            fill=SELECTED,
            outline=BRAND,
            width=2,
        )
    draw.rounded_rectangle((x, y, x + width * 0.45, y + 18), radius=4, fill=FOLDER_EDGE)
    draw.rounded_rectangle(
        (x, y + 10, x + width, y + width * 0.72),
        radius=8,
        fill=FOLDER,
        outline=FOLDER_EDGE,
        width=2,
    )
    text(draw, (x + width / 2, y + width * 0.72 + 14), label, size=size, anchor="ma")


def explorer(draw, box, path, places, current):
    """The file explorer: a path bar, the list of places on the left; returns the main area."""
    x0, y0, x1, y1 = window(draw, box, "Explorateur de fichiers")
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 48), fill=(244, 244, 246))
    draw.rounded_rectangle((x0 + 14, y0 + 8, x1 - 14, y0 + 40), radius=6, fill=WHITE, outline=LINE)
    text(draw, (x0 + 28, y0 + 24), path, size=19, anchor="lm")
    draw.rectangle((x0 + 2, y0 + 48, x0 + 240, y1 - 2), fill=(246, 248, 251))
    for i, place in enumerate(places):
        top = y0 + 64 + i * 48
        if place == current:
            draw.rounded_rectangle((x0 + 8, top, x0 + 232, top + 40), radius=6, fill=SELECTED)
        draw.rounded_rectangle((x0 + 20, top + 12, x0 + 44, top + 30), radius=3, fill=FOLDER)
        text(draw, (x0 + 56, top + 20), place, size=19, anchor="lm", bold=place == current)
    return (x0 + 240, y0 + 48, x1, y1)


def editor(draw, box, title, tools, active=None):
    """A generic photo-editing program with its row of tools; returns the photo area."""
    x0, y0, x1, y1 = window(draw, box, title, color=(55, 65, 85))
    draw.rectangle((x0 + 2, y0, x1 - 2, y0 + 64), fill=(238, 240, 244))
    x = x0 + 16
    for tool in tools:
        width = draw.textlength(tool, font=font(20, True)) + 36
        button(draw, (x, y0 + 10, x + width, y0 + 54), tool, primary=tool == active, size=20)
        x += width + 14
    return (x0 + 2, y0 + 64, x1 - 2, y1 - 2)


def slider(draw, x0, x1, y, value, label):
    """A slider with its name on the left and its knob at ``value`` (0 to 1)."""
    text(draw, (x0, y), label, size=22, bold=True, anchor="lm")
    start = x0 + 190
    draw.rounded_rectangle((start, y - 5, x1, y + 5), radius=5, fill=LINE)
    knob = start + (x1 - start) * value
    draw.rounded_rectangle((start, y - 5, knob, y + 5), radius=5, fill=BRAND)
    draw.ellipse((knob - 16, y - 16, knob + 16, y + 16), fill=WHITE, outline=BRAND, width=4)
    return knob


def file_card(draw, box, name, weight, color):
    """A photo file shown as a card: its name and how heavy it is."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=12, fill=WHITE, outline=color, width=4)
    text(draw, ((x0 + x1) / 2, y1 - 70), name, size=22, bold=True, anchor="mm")
    text(draw, ((x0 + x1) / 2, y1 - 34), weight, size=24, bold=True, fill=color, anchor="mm")


# --- the illustrations -------------------------------------------------------------------------


@illustration(
    "cover-photo",
    title="Retoucher ses photos",
    alt="Des photos imprimées posées en éventail à côté du titre « Retoucher ses photos » : "
    "l'atelier apprend à transférer, ranger, améliorer et envoyer ses photos.",
)
def cover_photo():
    image, draw = canvas()
    draw.rectangle((0, 0, 960, 600), fill=(240, 234, 222))
    tilted_print(image, (230, 220), (300, 200), 8)
    tilted_print(image, (300, 400), (300, 200), -6)
    tilted_print(image, (170, 430), (220, 150), 14)
    text(draw, (520, 190), "Retoucher", size=52, bold=True, fill=BRAND)
    text(draw, (520, 254), "ses photos", size=52, bold=True, fill=BRAND)
    y = 350
    for line in (
        "Transférer depuis le téléphone",
        "Ranger dans des dossiers",
        "Recadrer, éclaircir",
        "Envoyer par e-mail",
    ):
        draw.ellipse((522, y + 4, 538, y + 20), fill=ORANGE)
        text(draw, (552, y), line, size=24)
        y += 44
    return image


@illustration(
    "photo-phone-cable",
    title="Le téléphone branché à l'ordinateur",
    alt="Un téléphone relié à l'unité centrale d'un ordinateur par un câble USB. Le câble se "
    "branche dans une prise USB, à l'avant ou à l'arrière de l'ordinateur.",
)
def phone_cable():
    image, draw = canvas()
    screen = phone(draw, (110, 110, 300, 480))
    paste_scene(image, (screen[0] + 6, screen[1] + 60, screen[2] - 6, screen[1] + 200))
    # the computer
    draw.rounded_rectangle((640, 90, 820, 500), radius=12, fill=(70, 74, 84))
    draw.ellipse((712, 120, 748, 156), outline=WHITE, width=4)
    for i in range(2):
        draw.rectangle(
            (690, 300 + i * 40, 770, 318 + i * 40), fill=INK, outline=(150, 150, 150), width=2
        )
    # the cable
    cable = [(205, 480), (205, 540), (420, 560), (560, 420), (640, 309)]
    draw.line(cable, fill=(60, 60, 60), width=9, joint="curve")
    draw.rectangle((190, 480, 220, 500), fill=(60, 60, 60))
    draw.rectangle((640, 300, 700, 318), fill=(60, 60, 60))
    text(draw, (205, 80), "Le téléphone", size=24, bold=True, anchor="mm")
    text(draw, (730, 60), "L'ordinateur", size=24, bold=True, anchor="mm")
    label_arrow(draw, (470, 300), (470, 500), "Le câble USB")
    label_arrow(draw, (884, 220), (770, 300), "Prise USB", size=22)
    return image


@illustration(
    "photo-phone-usb-choice",
    title="Autoriser le transfert sur le téléphone",
    alt="L'écran du téléphone demande à quoi sert la connexion USB. Le choix « Transfert de "
    "fichiers » est entouré : il permet à l'ordinateur de voir les photos.",
)
def phone_usb_choice():
    image, draw = canvas()
    x0, y0, x1, y1 = phone(draw, (80, 20, 480, 580))
    text(draw, (x0 + 20, y0 + 30), "Utiliser l'USB pour :", size=24, bold=True)
    options = ("Recharger seulement", "Transfert de fichiers", "Transfert de photos")
    for i, option in enumerate(options):
        top = y0 + 100 + i * 90
        chosen = i == 1
        draw.ellipse((x0 + 24, top, x0 + 54, top + 30), outline=BRAND, width=3)
        if chosen:
            draw.ellipse((x0 + 32, top + 8, x0 + 46, top + 22), fill=BRAND)
        text(draw, (x0 + 70, top + 15), option, size=22, bold=chosen, anchor="lm")
    highlight(draw, (x0 + 39, y0 + 205), radius=30)
    label_arrow(draw, (690, 225), (x1 + 10, y0 + 205), "Touchez ici", size=24)
    draw.rounded_rectangle((540, 360, 930, 520), radius=14, fill=PALE, outline=BRAND, width=2)
    text(draw, (560, 380), "Avec un iPhone :", size=22, bold=True, fill=BRAND)
    wrapped_text(draw, (560, 420), "touchez « Autoriser » ou « Faire confiance ».", 350, size=22)
    return image


@illustration(
    "photo-explorer-phone",
    title="Le téléphone dans l'explorateur de fichiers",
    alt="L'explorateur de fichiers montre le téléphone dans la liste de gauche. Dans la mémoire "
    "du téléphone, le dossier DCIM est entouré : c'est là que sont rangées les photos.",
)
def explorer_phone():
    image, draw = canvas()
    places = ("Bureau", "Documents", "Images", "Ce PC", "Téléphone")
    x0, y0, x1, y1 = explorer(
        draw, (20, 20, 940, 580), "Ce PC  ›  Téléphone  ›  Mémoire interne", places, "Téléphone"
    )
    names = ("Android", "DCIM", "Download", "Music", "Pictures", "Movies")
    for i, name in enumerate(names):
        x = x0 + 50 + (i % 3) * 220
        y = y0 + 50 + (i // 3) * 200
        folder_icon(draw, (x, y), name, selected=name == "DCIM")
    highlight(draw, (x0 + 325, y0 + 100), radius=90)
    label_arrow(draw, (x0 + 440, y1 - 40), (x0 + 360, y0 + 200), "Vos photos sont ici")
    return image


@illustration(
    "photo-copy-photos",
    title="Copier les photos choisies",
    alt="Des photos du téléphone sont affichées en vignettes ; trois sont sélectionnées en bleu. "
    "Un menu est ouvert par un clic droit et la commande « Copier » est entourée.",
)
def copy_photos():
    image, draw = canvas()
    x0, y0, x1, y1 = explorer(
        draw,
        (20, 20, 940, 580),
        "Téléphone  ›  DCIM  ›  Camera",
        ("Bureau", "Documents", "Images", "Téléphone"),
        "Téléphone",
    )
    chosen = {0, 1, 4}
    for i in range(6):
        x = x0 + 30 + (i % 3) * 215
        y = y0 + 30 + (i // 3) * 230
        if i in chosen:
            draw.rounded_rectangle(
                (x - 10, y - 10, x + 190, y + 190), radius=8, fill=SELECTED, outline=BRAND, width=3
            )
        paste_scene(image, (x, y, x + 180, y + 135), light=0.8 + 0.08 * i)
        text(draw, (x + 90, y + 150), f"IMG_04{12 + i}.jpg", size=19, anchor="ma")
    # the right-click menu
    mx, my = x0 + 340, y0 + 170
    draw.rectangle((mx, my, mx + 250, my + 170), fill=WHITE, outline=SOFT, width=2)
    for i, entry in enumerate(("Ouvrir", "Copier", "Supprimer")):
        top = my + 10 + i * 52
        if entry == "Copier":
            draw.rectangle((mx + 4, top, mx + 246, top + 46), fill=SELECTED)
        text(draw, (mx + 24, top + 23), entry, size=22, bold=entry == "Copier", anchor="lm")
    ring(draw, (mx + 4, my + 62, mx + 246, my + 108), margin=4)
    arrow_cursor(draw, (mx + 200, my + 80))
    return image


@illustration(
    "photo-new-folder",
    title="Créer un dossier pour un événement",
    alt="Dans le dossier Images, le bouton « Nouveau dossier » est entouré. Un nouveau dossier "
    "apparaît et son nom se tape : « 2024-06 Anniversaire Lucie ».",
)
def new_folder():
    image, draw = canvas()
    x0, y0, x1, y1 = explorer(
        draw,
        (20, 20, 940, 580),
        "Ce PC  ›  Images",
        ("Bureau", "Documents", "Images", "Téléphone"),
        "Images",
    )
    button(draw, (x0 + 30, y0 + 24, x0 + 270, y0 + 74), "+ Nouveau dossier", size=21)
    ring(draw, (x0 + 30, y0 + 24, x0 + 270, y0 + 74))
    folder_icon(draw, (x0 + 60, y0 + 140), "2023-08 Vacances", width=110)
    folder_icon(draw, (x0 + 330, y0 + 140), "", width=110, selected=True)
    draw.rectangle((x0 + 230, y0 + 236, x0 + 650, y0 + 276), fill=WHITE, outline=BRAND, width=3)
    text(draw, (x0 + 242, y0 + 256), "2024-06 Anniversaire Lucie", size=21, anchor="lm")
    draw.line((x0 + 560, y0 + 242, x0 + 560, y0 + 270), fill=INK, width=2)
    label_arrow(draw, (x0 + 380, y1 - 70), (x0 + 420, y0 + 290), "Tapez un nom clair, puis Entrée")
    return image


@illustration(
    "photo-folders-tidy",
    title="Des photos bien rangées",
    alt="Un plan de rangement : dans Images, un dossier par année, et dans chaque année un dossier "
    "par événement, nommé avec l'année, le mois et un mot clair.",
)
def folders_tidy():
    image, draw = canvas()
    text(
        draw,
        (480, 40),
        "Un dossier par année, puis un par événement",
        size=26,
        bold=True,
        anchor="mm",
        fill=BRAND,
    )
    folder_icon(draw, (60, 250), "Images", width=110, size=22)
    years = (
        ("2023", 140, ("2023-08 Vacances Bretagne", "2023-12 Noël en famille")),
        ("2024", 380, ("2024-06 Anniversaire Lucie", "2024-09 Le jardin")),
    )
    for year, y, events in years:
        draw.line((180, 300, 240, 300, 240, y + 40, 290, y + 40), fill=SOFT, width=4)
        folder_icon(draw, (300, y), year, width=100, size=22)
        for j, event in enumerate(events):
            ey = y - 40 + j * 100
            draw.line((410, y + 40, 450, y + 40, 450, ey + 30, 490, ey + 30), fill=SOFT, width=4)
            draw.rounded_rectangle(
                (500, ey + 10, 540, ey + 50), radius=6, fill=FOLDER, outline=FOLDER_EDGE, width=2
            )
            text(draw, (556, ey + 30), event, size=22, anchor="lm")
    return image


@illustration(
    "photo-editor-tools",
    title="Le programme de retouche et ses outils",
    alt="Un programme de retouche photo ouvert sur une photo de jardin. En haut, une rangée de "
    "boutons : Recadrer, Redresser, Lumière, Taille. En bas, « Enregistrer une copie ».",
)
def editor_tools():
    image, draw = canvas()
    tools = ("Recadrer", "Redresser", "Lumière", "Taille")
    x0, y0, x1, y1 = editor(draw, (20, 20, 940, 580), "Retouche photo — jardin.jpg", tools)
    paste_scene(image, (x0 + 150, y0 + 30, x0 + 570, y0 + 345))
    button(draw, (x1 - 330, y1 - 66, x1 - 20, y1 - 16), "Enregistrer une copie", size=21)
    label_arrow(draw, (x1 - 180, y0 + 150), (x0 + 540, y0 - 4), "Les outils", size=24)
    label_arrow(draw, (x0 + 200, y1 - 40), (x0 + 260, y0 + 320), "Votre photo", size=24)
    return image


@illustration(
    "photo-crop",
    title="Recadrer : garder le meilleur de la photo",
    alt="L'outil Recadrer est actif. Un cadre blanc entoure la maison ; ce qui est en dehors est "
    "assombri et sera retiré. Le pointeur tire un coin du cadre vers l'intérieur.",
)
def crop():
    image, draw = canvas()
    tools = ("Recadrer", "Redresser", "Lumière", "Taille")
    x0, y0, x1, y1 = editor(
        draw, (20, 20, 940, 580), "Retouche photo — jardin.jpg", tools, active="Recadrer"
    )
    photo_box = (x0 + 60, y0 + 30, x0 + 620, y0 + 450)
    paste_scene(image, photo_box)
    frame = (x0 + 250, y0 + 150, x0 + 560, y0 + 400)
    # darken what will be cut away
    shade = Image.new("RGB", image.size, (0, 0, 0))
    mask = Image.new("L", image.size, 0)
    mdraw = ImageDraw.Draw(mask)
    mdraw.rectangle(photo_box, fill=130)
    mdraw.rectangle(frame, fill=0)
    image.paste(shade, (0, 0), mask)
    draw = ImageDraw.Draw(image)
    draw.rectangle(frame, outline=WHITE, width=4)
    fx0, fy0, fx1, fy1 = frame
    for cx, cy, dx, dy in (
        (fx0, fy0, 1, 1),
        (fx1, fy0, -1, 1),
        (fx0, fy1, 1, -1),
        (fx1, fy1, -1, -1),
    ):
        draw.line((cx, cy + dy * 30, cx, cy, cx + dx * 30, cy), fill=WHITE, width=10)
    arrow_cursor(draw, (fx0 + 6, fy0 + 6), scale=1.2)
    highlight(draw, (fx0, fy0), radius=30)
    button(draw, (x1 - 220, y1 - 66, x1 - 30, y1 - 16), "Valider", size=22)
    wrapped_text(
        draw,
        (x0 + 660, y0 + 60),
        "Tirez un coin du cadre vers l'intérieur.",
        220,
        size=22,
        bold=True,
        fill=ORANGE,
    )
    wrapped_text(draw, (x0 + 660, y0 + 220), "Ce qui est sombre sera retiré.", 220, size=22)
    return image


@illustration(
    "photo-straighten",
    title="Redresser une photo penchée",
    alt="Une photo penchée, avec une grille par-dessus pour aider à voir l'horizon. En dessous, la "
    "réglette « Redresser » se fait glisser jusqu'à ce que l'horizon soit droit.",
)
def straighten():
    image, draw = canvas()
    tools = ("Recadrer", "Redresser", "Lumière", "Taille")
    x0, y0, x1, y1 = editor(
        draw, (20, 20, 940, 580), "Retouche photo — lac.jpg", tools, active="Redresser"
    )
    box = (x0 + 170, y0 + 20, x0 + 730, y0 + 360)
    paste_scene(image, box, angle=5)
    for i in range(1, 4):
        x = box[0] + (box[2] - box[0]) * i / 4
        y = box[1] + (box[3] - box[1]) * i / 4
        draw.line((x, box[1], x, box[3]), fill=WHITE, width=2)
        draw.line((box[0], y, box[2], y), fill=WHITE, width=2)
    knob = slider(draw, x0 + 120, x1 - 140, y1 - 60, 0.62, "Redresser")
    highlight(draw, (knob, y1 - 60), radius=26)
    text(draw, (x1 - 120, y1 - 60), "+ 3°", size=22, bold=True, anchor="lm")
    return image


@illustration(
    "photo-light",
    title="Luminosité et contraste : avant, après",
    alt="La même photo deux fois : à gauche trop sombre, à droite éclaircie. En dessous, les "
    "réglettes « Luminosité » et « Contraste » ont été poussées un peu vers la droite.",
)
def light():
    image, draw = canvas()
    text(draw, (250, 40), "Avant", size=28, bold=True, anchor="mm")
    text(draw, (710, 40), "Après", size=28, bold=True, anchor="mm", fill=GREEN)
    paste_scene(image, (40, 70, 460, 370), light=0.45, contrast=0.8)
    paste_scene(image, (500, 70, 920, 370), light=1.05, contrast=1.1)
    draw.rectangle((40, 70, 460, 370), outline=SOFT, width=3)
    draw.rectangle((500, 70, 920, 370), outline=GREEN, width=5)
    draw.rounded_rectangle((40, 410, 920, 580), radius=14, fill=WHITE, outline=LINE, width=2)
    knob = slider(draw, 80, 880, 460, 0.66, "Luminosité")
    highlight(draw, (knob, 460), radius=24)
    slider(draw, 80, 880, 530, 0.58, "Contraste")
    return image


@illustration(
    "photo-pixels",
    title="Une photo est faite de pixels",
    alt="À gauche, une photo avec un petit carré entouré. À droite, ce carré très agrandi : on "
    "voit qu'il est fait de petits carrés de couleur, les pixels.",
)
def pixels():
    image, draw = canvas()
    paste_scene(image, (40, 120, 400, 390))
    draw.rectangle((220, 270, 256, 300), outline=ORANGE, width=4)
    zoom = scene(360, 270).crop((180, 150, 216, 180)).resize((12, 10), Image.NEAREST)
    big = zoom.resize((480, 400), Image.NEAREST)
    image.paste(big, (450, 80))
    for i in range(13):
        draw.line((450 + i * 40, 80, 450 + i * 40, 480), fill=WHITE, width=2)
    for j in range(11):
        draw.line((450, 80 + j * 40, 930, 80 + j * 40), fill=WHITE, width=2)
    draw.line((256, 270, 450, 80), fill=ORANGE, width=3)
    draw.line((256, 300, 450, 480), fill=ORANGE, width=3)
    text(draw, (220, 60), "La photo", size=26, bold=True, anchor="mm")
    text(draw, (690, 40), "Très agrandie", size=26, bold=True, anchor="mm")
    text(
        draw,
        (480, 530),
        "Chaque petit carré de couleur est un pixel.",
        size=26,
        bold=True,
        anchor="mm",
        fill=BRAND,
    )
    text(
        draw,
        (480, 570),
        "Une photo de téléphone en compte plusieurs millions.",
        size=22,
        anchor="mm",
    )
    return image


@illustration(
    "photo-resize",
    title="La fenêtre Redimensionner",
    alt="La fenêtre « Redimensionner » montre la taille actuelle en pixels. La largeur est "
    "remplacée par 1600 ; la case « Garder les proportions » est cochée.",
)
def resize():
    image, draw = canvas()
    tools = ("Recadrer", "Redresser", "Lumière", "Taille")
    x0, y0, x1, y1 = editor(
        draw, (20, 20, 940, 580), "Retouche photo — jardin.jpg", tools, active="Taille"
    )
    paste_scene(image, (x0 + 60, y0 + 40, x0 + 560, y0 + 420), light=0.6)
    d0, e0, d1, e1 = window(draw, (300, 130, 880, 560), "Redimensionner")
    text(draw, (d0 + 30, e0 + 30), "Taille actuelle : 4000 × 3000 pixels", size=22, fill=SOFT)
    field(draw, (d0 + 30, e0 + 120, d0 + 230, e0 + 170), "Largeur", "1600")
    field(draw, (d0 + 300, e0 + 120, d0 + 500, e0 + 170), "Hauteur", "1200")
    text(draw, (d0 + 240, e0 + 145), "×", size=26, bold=True, anchor="lm")
    ring(draw, (d0 + 30, e0 + 120, d0 + 230, e0 + 170))
    draw.rectangle((d0 + 30, e0 + 210, d0 + 60, e0 + 240), fill=BRAND)
    draw.line((d0 + 36, e0 + 226, d0 + 44, e0 + 234, d0 + 56, e0 + 214), fill=WHITE, width=4)
    text(draw, (d0 + 76, e0 + 225), "Garder les proportions", size=22, anchor="lm")
    button(draw, (d0 + 110, e1 - 80, d0 + 290, e1 - 26), "Annuler", primary=False, size=22)
    button(draw, (d0 + 320, e1 - 80, d0 + 530, e1 - 26), "Valider", size=22)
    return image


@illustration(
    "photo-weight",
    title="Une photo plus petite, plus légère",
    alt="Deux fichiers de la même photo : l'original pèse 4,5 Mo, trop lourd pour un e-mail ; la "
    "copie réduite pèse 400 Ko, parfaite pour l'envoyer.",
)
def weight():
    image, draw = canvas()
    file_card(draw, (60, 60, 420, 420), "jardin.jpg", "4,5 Mo", RED)
    paste_scene(image, (90, 90, 390, 315))
    file_card(draw, (590, 140, 830, 420), "jardin-petite.jpg", "400 Ko", GREEN)
    paste_scene(image, (620, 170, 800, 305))
    label_arrow(draw, (450, 300), (565, 300), "")
    text(draw, (505, 260), "Réduire", size=24, bold=True, fill=ORANGE, anchor="mm")
    text(draw, (240, 470), "L'original : trop lourd", size=24, bold=True, fill=RED, anchor="mm")
    text(draw, (240, 505), "pour un e-mail", size=24, bold=True, fill=RED, anchor="mm")
    text(draw, (710, 470), "La copie : parfaite", size=24, bold=True, fill=GREEN, anchor="mm")
    text(draw, (710, 505), "pour l'envoyer", size=24, bold=True, fill=GREEN, anchor="mm")
    return image


@illustration(
    "photo-save-copy",
    title="Enregistrer une copie",
    alt="La fenêtre « Enregistrer une copie » propose le nom « jardin-petite » et le dossier de "
    "l'événement. Le bouton Enregistrer est entouré ; la photo d'origine reste intacte.",
)
def save_copy():
    image, draw = canvas()
    tools = ("Recadrer", "Redresser", "Lumière", "Taille")
    x0, y0, x1, y1 = editor(draw, (20, 20, 940, 580), "Retouche photo — jardin.jpg", tools)
    paste_scene(image, (x0 + 60, y0 + 40, x0 + 560, y0 + 420), light=0.6)
    d0, e0, d1, e1 = window(draw, (240, 140, 900, 540), "Enregistrer une copie")
    field(draw, (d0 + 30, e0 + 70, d1 - 30, e0 + 120), "Nom du fichier", "jardin-petite")
    field(
        draw, (d0 + 30, e0 + 190, d1 - 30, e0 + 240), "Dossier", "Images › 2024 › 2024-09 Le jardin"
    )
    button(draw, (d1 - 250, e1 - 80, d1 - 30, e1 - 26), "Enregistrer", size=22)
    ring(draw, (d1 - 250, e1 - 80, d1 - 30, e1 - 26))
    text(
        draw,
        (d0 + 30, e1 - 53),
        "L'original ne change pas.",
        size=22,
        bold=True,
        fill=GREEN,
        anchor="lm",
    )
    return image
