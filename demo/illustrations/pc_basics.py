"""Illustrations of the track « Les bases de l'ordinateur ».

The first part holds small drawing helpers (badges, icons, keys, menus, a desktop) that the
tracks « Naviguer sur Internet » and « E-mail et bureautique » reuse.
"""

import math

from PIL import ImageDraw

from .. import drawing as d
from .registry import illustration

YELLOW = (242, 190, 60)
YELLOW_DARK = (176, 124, 18)
PALE_ORANGE = (253, 228, 214)
PALE_GREEN = (222, 240, 226)
PALE_RED = (250, 222, 222)
PALE_VIOLET = (234, 226, 246)
VIOLET = (96, 60, 150)
TASKBAR = (24, 38, 58)
DARK = (52, 52, 60)
SELECTED = (204, 224, 245)


# --- Helpers ------------------------------------------------------------------------------


def badge(draw, center, label, color=d.ORANGE, size=22, fill=d.WHITE):
    """A short label in a rounded box, centred on ``center``; lines are split on "\\n"."""
    lines = label.split("\n")
    face = d.font(size, True)
    width = max(draw.textlength(line, font=face) for line in lines)
    height = len(lines) * (size + 8) - 8
    cx, cy = center
    box = (cx - width / 2 - 14, cy - height / 2 - 10, cx + width / 2 + 14, cy + height / 2 + 10)
    draw.rounded_rectangle(box, radius=12, fill=fill, outline=color, width=3)
    y = cy - height / 2
    for line in lines:
        d.text(draw, (cx, y + size / 2), line, size=size, bold=True, fill=color, anchor="mm")
        y += size + 8
    return box


def pointer(draw, label_center, end, label, color=d.ORANGE, size=22):
    """An arrow from a badge to the thing it names."""
    d.label_arrow(draw, label_center, end, "", color=color)
    return badge(draw, label_center, label, color=color, size=size)


def window(draw, box, title, color=d.BRAND):
    """A program window; unlike ``drawing.window`` the cross (Fermer) is at the far right."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=d.WHITE, outline=d.LINE, width=2)
    draw.rectangle((x0, y0, x1, y0 + 44), fill=color)
    d.text(draw, (x0 + 16, y0 + 22), title, size=20, bold=True, fill=d.WHITE, anchor="lm")
    for i, sign in enumerate(("✕", "□", "—")):
        cx = x1 - 30 - i * 46
        d.text(draw, (cx, y0 + 22), sign, size=20, bold=True, fill=d.WHITE, anchor="mm")
    return (x0, y0 + 44, x1, y1)


def ring_box(draw, box, color=d.ORANGE, pad=8):
    """A thick rounded frame round a button, a field or a menu line."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(
        (x0 - pad, y0 - pad, x1 + pad, y1 + pad), radius=12, outline=color, width=5
    )


def click_burst(draw, center, color=d.ORANGE, inner=20, outer=34):
    """Little strokes round a point: « here you click »."""
    cx, cy = center
    for step in range(8):
        angle = math.radians(step * 45 + 22)
        draw.line(
            [
                (cx + inner * math.cos(angle), cy + inner * math.sin(angle)),
                (cx + outer * math.cos(angle), cy + outer * math.sin(angle)),
            ],
            fill=color,
            width=4,
        )


def dashed_line(draw, points, color=d.ORANGE, width=4, dash=14):
    """A dashed line through ``points``."""
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        count = max(1, int(length // dash))
        for i in range(0, count, 2):
            a, b = i / count, min(1, (i + 1) / count)
            draw.line(
                [
                    (x0 + (x1 - x0) * a, y0 + (y1 - y0) * a),
                    (x0 + (x1 - x0) * b, y0 + (y1 - y0) * b),
                ],
                fill=color,
                width=width,
            )


def power_symbol(draw, center, radius=16, color=d.INK, width=4):
    """The usual « on/off » sign: a broken circle and a bar."""
    cx, cy = center
    box = (cx - radius, cy - radius, cx + radius, cy + radius)
    draw.arc(box, start=300, end=240, fill=color, width=width)
    draw.line([(cx, cy - radius - 4), (cx, cy)], fill=color, width=width)


def hand_cursor(draw, tip, scale=1.0):
    """The pointing hand shown over a link, its finger tip at ``tip``."""
    x, y = tip

    def box(x0, y0, x1, y1):
        return (x + x0 * scale, y + y0 * scale, x + x1 * scale, y + y1 * scale)

    draw.rounded_rectangle(
        box(-10, 18, 26, 52), radius=int(8 * scale), fill=d.WHITE, outline=d.INK, width=2
    )
    draw.rounded_rectangle(
        box(-18, 24, -6, 42), radius=int(5 * scale), fill=d.WHITE, outline=d.INK, width=2
    )
    draw.rounded_rectangle(
        box(-6, 0, 6, 34), radius=int(6 * scale), fill=d.WHITE, outline=d.INK, width=2
    )
    for dx in (10, 18):
        draw.line(
            [(x + dx * scale, y + 20 * scale), (x + dx * scale, y + 30 * scale)],
            fill=d.INK,
            width=2,
        )


def text_cursor(draw, center, height=40, color=d.INK, width=3):
    """The « I » shaped pointer shown where one can type."""
    cx, cy = center
    half = height / 2
    draw.line([(cx, cy - half), (cx, cy + half)], fill=color, width=width)
    for y in (cy - half, cy + half):
        draw.line([(cx - height / 5, y), (cx + height / 5, y)], fill=color, width=width)


def desktop(draw, width=d.WIDTH, height=d.HEIGHT, clock="14:30"):
    """A calm desktop background with its taskbar and its « Démarrer » button."""
    draw.rectangle((0, 0, width, height), fill=d.DESK)
    draw.ellipse((-200, height - 260, 600, height + 200), fill=(52, 104, 156))
    draw.ellipse((380, height - 220, 1200, height + 260), fill=(47, 97, 148))
    draw.rectangle((0, height - 56, width, height), fill=TASKBAR)
    start_button(draw, (10, height - 48, 160, height - 8))
    d.text(draw, (width - 20, height - 28), clock, size=20, bold=True, fill=d.WHITE, anchor="rm")


def start_button(draw, box):
    draw.rounded_rectangle(box, radius=10, fill=(58, 118, 190))
    d.text(
        draw,
        ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2),
        "Démarrer",
        size=20,
        bold=True,
        fill=d.WHITE,
        anchor="mm",
    )


def task_button(draw, box, label, active=False):
    """A program button in the taskbar."""
    draw.rounded_rectangle(box, radius=8, fill=(70, 92, 122) if active else (44, 60, 84))
    if active:
        draw.line([(box[0] + 12, box[3] - 3), (box[2] - 12, box[3] - 3)], fill=d.WHITE, width=3)
    d.text(
        draw,
        ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2),
        label,
        size=18,
        bold=True,
        fill=d.WHITE,
        anchor="mm",
    )


def app_icon(draw, center_top, label, color=d.BRAND, glyph="", label_fill=d.WHITE):
    """A program icon (a coloured square) with its name below."""
    cx, y = center_top
    draw.rounded_rectangle(
        (cx - 36, y, cx + 36, y + 72), radius=14, fill=color, outline=d.WHITE, width=2
    )
    if glyph:
        d.text(draw, (cx, y + 36), glyph, size=36, bold=True, fill=d.WHITE, anchor="mm")
    d.text(draw, (cx, y + 84), label, size=18, bold=True, fill=label_fill, anchor="ma")


def folder_icon(draw, xy, label=None, width=96, label_fill=d.INK):
    """A yellow folder, its top left corner at ``xy``."""
    x, y = xy
    height = width * 0.72
    draw.rounded_rectangle((x, y, x + width * 0.45, y + 22), radius=6, fill=YELLOW_DARK)
    draw.rounded_rectangle(
        (x, y + 10, x + width, y + height), radius=8, fill=YELLOW, outline=YELLOW_DARK, width=2
    )
    if label:
        d.text(
            draw,
            (x + width / 2, y + height + 10),
            label,
            size=18,
            bold=True,
            fill=label_fill,
            anchor="ma",
        )


def file_icon(draw, xy, label=None, width=70, photo=False, label_fill=d.INK):
    """A sheet of paper with a folded corner (a document, or a photo)."""
    x, y = xy
    height, fold = width * 1.25, width * 0.3
    shape = [
        (x, y),
        (x + width - fold, y),
        (x + width, y + fold),
        (x + width, y + height),
        (x, y + height),
    ]
    draw.polygon(shape, fill=d.WHITE)
    draw.line([*shape, shape[0]], fill=d.SOFT, width=2)
    draw.polygon(
        [(x + width - fold, y), (x + width - fold, y + fold), (x + width, y + fold)], fill=d.LINE
    )
    if photo:
        draw.rectangle((x + 8, y + fold + 6, x + width - 8, y + height - 10), fill=(190, 220, 245))
        base = y + height - 10
        draw.polygon(
            [(x + 8, base), (x + width * 0.4, base - 26), (x + width * 0.65, base)], fill=d.GREEN
        )
        draw.ellipse((x + width - 26, y + fold + 10, x + width - 14, y + fold + 22), fill=YELLOW)
    else:
        for i in range(4):
            ly = y + fold + 8 + i * 12
            draw.line([(x + 10, ly), (x + width - 12 - (i % 2) * 12, ly)], fill=d.LINE, width=3)
    if label:
        d.text(
            draw,
            (x + width / 2, y + height + 10),
            label,
            size=18,
            bold=True,
            fill=label_fill,
            anchor="ma",
        )


def key(draw, box, label, sub=None, fill=d.WHITE, size=22, color=d.INK):
    """A keyboard key; ``sub`` is the smaller sign at the bottom of the key."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle((x0, y0 + 4, x1, y1 + 4), radius=10, fill=(150, 150, 150))
    draw.rounded_rectangle(box, radius=10, fill=fill, outline=d.SOFT, width=2)
    cx = (x0 + x1) / 2
    if sub:
        d.text(
            draw, (cx, y0 + (y1 - y0) * 0.32), label, size=size, bold=True, fill=color, anchor="mm"
        )
        d.text(draw, (cx, y0 + (y1 - y0) * 0.72), sub, size=size - 2, fill=d.SOFT, anchor="mm")
    else:
        d.text(draw, (cx, (y0 + y1) / 2), label, size=size, bold=True, fill=color, anchor="mm")


def menu(draw, xy, items, width=260, selected=None, size=20, row=44):
    """A pop-up menu; returns the centre of each item."""
    x, y = xy
    box = (x, y, x + width, y + row * len(items) + 8)
    draw.rectangle((box[0] + 5, box[1] + 5, box[2] + 5, box[3] + 5), fill=(120, 120, 120))
    draw.rectangle(box, fill=d.WHITE, outline=d.LINE, width=2)
    centres = []
    for i, item in enumerate(items):
        top = y + 4 + i * row
        if i == selected:
            draw.rectangle((x + 4, top, x + width - 4, top + row), fill=SELECTED)
        d.text(draw, (x + 18, top + row / 2), item, size=size, bold=i == selected, anchor="lm")
        centres.append((x + width / 2, top + row / 2))
    return centres


def monitor(draw, box, stand=True):
    """A screen on its foot; returns the box of the picture area."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=14, fill=DARK)
    screen = (x0 + 16, y0 + 16, x1 - 16, y1 - 16)
    draw.rectangle(screen, fill=d.DESK)
    if stand:
        cx = (x0 + x1) / 2
        draw.polygon(
            [(cx - 30, y1), (cx + 30, y1), (cx + 44, y1 + 40), (cx - 44, y1 + 40)], fill=DARK
        )
        draw.rounded_rectangle((cx - 100, y1 + 36, cx + 100, y1 + 50), radius=6, fill=DARK)
    return screen


def mini_keyboard(draw, box):
    """A keyboard seen from above, drawn small (no letters)."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(box, radius=12, fill=(215, 215, 220), outline=d.SOFT, width=2)
    rows, gap = 4, 6
    key_h = (y1 - y0 - gap * (rows + 1)) / rows
    for r in range(rows):
        top = y0 + gap + r * (key_h + gap)
        if r == rows - 1:
            draw.rounded_rectangle(
                (x0 + (x1 - x0) * 0.3, top, x0 + (x1 - x0) * 0.7, top + key_h),
                radius=4,
                fill=d.WHITE,
            )
            continue
        count = 13
        key_w = (x1 - x0 - gap * (count + 1)) / count
        for c in range(count):
            left = x0 + gap + c * (key_w + gap)
            draw.rounded_rectangle((left, top, left + key_w, top + key_h), radius=4, fill=d.WHITE)


def mouse_shape(draw, box, fill=d.WHITE):
    x0, y0, x1, y1 = box
    radius = int((x1 - x0) / 2)
    draw.rounded_rectangle(box, radius=radius, fill=fill, outline=d.INK, width=3)
    cx = (x0 + x1) / 2
    split = y0 + (y1 - y0) * 0.4
    draw.line([(cx, y0), (cx, split)], fill=d.INK, width=3)
    draw.line([(x0 + 2, split), (x1 - 2, split)], fill=d.INK, width=3)


def notes_window(draw, box, title="Mes notes", lines=("Bonjour Marie,",)):
    """A small writing program with a few lines of text; returns the end of the last line."""
    area = window(draw, box, title)
    x, y = area[0] + 30, area[1] + 30
    end = (x, y)
    for line in lines:
        d.text(draw, (x, y), line, size=24)
        end = (x + draw.textlength(line, font=d.font(24)) + 4, y + 14)
        y += 40
    return end


# --- Illustrations ------------------------------------------------------------------------


@illustration(
    "cover-pc-basics",
    title="Un ordinateur sur un bureau",
    alt="Un ordinateur de bureau : un écran allumé, un clavier et une souris posés devant. "
    "C'est le matériel que l'on apprend à utiliser dans ce parcours.",
)
def cover_pc_basics():
    image, draw = d.canvas(color=d.PALE)
    draw.rectangle((0, 470, 960, 600), fill=(214, 190, 160))
    screen = monitor(draw, (230, 50, 730, 370))
    draw.rectangle((screen[0], screen[3] - 30, screen[2], screen[3]), fill=TASKBAR)
    area = window(draw, (320, 100, 640, 270), "Bienvenue")
    d.text(
        draw,
        ((area[0] + area[2]) / 2, area[1] + 60),
        "Bonjour !",
        size=32,
        bold=True,
        fill=d.BRAND,
        anchor="mm",
    )
    mini_keyboard(draw, (250, 480, 700, 570))
    mouse_shape(draw, (780, 470, 850, 580))
    draw.line([(815, 470), (815, 440), (760, 420), (700, 425)], fill=DARK, width=4)
    return image


@illustration(
    "pc-parts",
    title="Les quatre parties d'un ordinateur fixe",
    alt="Un ordinateur fixe avec ses quatre parties nommées : l'écran, l'unité centrale, le "
    "clavier et la souris. Ce sont les mots utilisés pendant tout l'atelier.",
)
def pc_parts():
    image, draw = d.canvas()
    screen = monitor(draw, (40, 30, 500, 320))
    draw.rectangle((screen[0], screen[3] - 26, screen[2], screen[3]), fill=TASKBAR)
    badge(draw, ((screen[0] + screen[2]) / 2, (screen[1] + screen[3]) / 2 - 10), "Écran")
    mini_keyboard(draw, (30, 430, 510, 520))
    badge(draw, (270, 562), "Clavier")
    tower = (580, 40, 760, 400)
    draw.rounded_rectangle(tower, radius=14, fill=DARK)
    draw.rectangle((610, 180, 730, 190), fill=(90, 90, 100))
    draw.rectangle((610, 210, 730, 220), fill=(90, 90, 100))
    draw.ellipse((650, 90, 690, 130), fill=(90, 90, 100))
    power_symbol(draw, (670, 110), radius=11, color=d.WHITE, width=3)
    badge(draw, (670, 440), "Unité centrale")
    mouse_shape(draw, (835, 410, 905, 520))
    draw.line([(870, 410), (870, 380), (800, 360), (760, 360)], fill=DARK, width=4)
    badge(draw, (870, 562), "Souris")
    return image


@illustration(
    "pc-power-button",
    title="Où se trouve le bouton pour allumer",
    alt="Le bouton de marche, marqué d'un rond barré en haut, est entouré en orange : sur "
    "l'unité centrale d'un ordinateur fixe, et au-dessus du clavier d'un ordinateur portable.",
)
def pc_power_button():
    image, draw = d.canvas()
    draw.rounded_rectangle((110, 50, 340, 520), radius=16, fill=DARK)
    draw.rectangle((140, 240, 310, 250), fill=(90, 90, 100))
    draw.rectangle((140, 270, 310, 280), fill=(90, 90, 100))
    draw.ellipse((195, 115, 255, 175), fill=(90, 90, 100))
    power_symbol(draw, (225, 145), radius=15, color=d.WHITE, width=4)
    d.highlight(draw, (225, 145), radius=44)
    badge(draw, (225, 562), "Ordinateur fixe")
    draw.rounded_rectangle((500, 70, 880, 320), radius=12, fill=DARK)
    draw.rectangle((518, 88, 862, 302), fill=d.DESK)
    draw.polygon(
        [(470, 320), (910, 320), (945, 400), (435, 400)], fill=(200, 200, 206), outline=d.SOFT
    )
    for row in range(3):
        y = 334 + row * 18
        draw.rectangle((520 + row * 8, y, 820 - row * 8, y + 12), fill=d.WHITE)
    draw.rectangle((620, 390, 760, 396), fill=d.LINE)
    draw.ellipse((858, 330, 882, 354), fill=DARK)
    power_symbol(draw, (870, 342), radius=7, color=d.WHITE, width=2)
    d.highlight(draw, (870, 342), radius=30)
    badge(draw, (690, 450), "Ordinateur portable")
    d.wrapped_text(
        draw,
        (480, 500),
        "Appuyez une seule fois, brièvement, puis attendez.",
        440,
        size=22,
        fill=d.SOFT,
    )
    return image


@illustration(
    "pc-login-screen",
    title="L'écran d'accueil et le mot de passe",
    alt="L'écran d'accueil affiche le nom « Jeanne » et une case pour le mot de passe, "
    "entourée en orange. On tape son mot de passe puis on appuie sur Entrée.",
)
def pc_login_screen():
    image, draw = d.canvas(color=d.DESK)
    draw.ellipse((-200, 400, 600, 900), fill=(52, 104, 156))
    d.text(draw, (40, 40), "14:30", size=48, bold=True, fill=d.WHITE)
    d.text(draw, (40, 104), "mardi 12 mars", size=24, fill=d.WHITE)
    draw.ellipse((420, 90, 540, 210), fill=d.PALE, outline=d.WHITE, width=4)
    d.text(draw, (480, 150), "J", size=60, bold=True, fill=d.BRAND, anchor="mm")
    d.text(draw, (480, 250), "Jeanne", size=32, bold=True, fill=d.WHITE, anchor="mm")
    d.field(draw, (330, 300, 630, 352), value="● ● ● ● ● ●", size=22)
    ring_box(draw, (330, 300, 630, 352))
    d.button(draw, (380, 390, 580, 444), "Se connecter")
    pointer(draw, (800, 240), (640, 320), "Le mot de passe")
    return image


@illustration(
    "pc-shutdown-menu",
    title="Éteindre l'ordinateur par le menu Démarrer",
    alt="Le menu Démarrer est ouvert. Le bouton Marche/Arrêt puis le mot « Arrêter » sont "
    "entourés : c'est le bon chemin pour éteindre l'ordinateur.",
)
def pc_shutdown_menu():
    image, draw = d.canvas()
    desktop(draw)
    panel = (10, 110, 370, 538)
    draw.rectangle(panel, fill=d.WHITE, outline=d.LINE, width=2)
    draw.ellipse((30, 126, 78, 174), fill=d.PALE)
    d.text(draw, (54, 150), "J", size=24, bold=True, fill=d.BRAND, anchor="mm")
    d.text(draw, (92, 150), "Jeanne", size=22, bold=True, anchor="lm")
    for i, name in enumerate(("Navigateur", "Messagerie", "Traitement de texte", "Photos")):
        y = 210 + i * 56
        draw.rounded_rectangle((30, y - 18, 66, y + 18), radius=8, fill=d.BRAND)
        d.text(draw, (82, y), name, size=22, anchor="lm")
    draw.line([(20, 440), (390, 440)], fill=d.LINE, width=2)
    power_symbol(draw, (60, 488), radius=14, color=d.INK, width=4)
    d.text(draw, (100, 488), "Marche/Arrêt", size=22, bold=True, anchor="lm")
    d.highlight(draw, (60, 488), radius=30)
    centres = menu(
        draw,
        (380, 384),
        ["Mettre en veille", "Redémarrer", "Arrêter"],
        width=250,
        selected=2,
        size=22,
        row=48,
    )
    ring_box(draw, (384, centres[2][1] - 24, 626, centres[2][1] + 24), pad=4)
    d.arrow_cursor(draw, (centres[2][0] + 40, centres[2][1] - 4))
    badge(draw, (190, 572), "1", size=20)
    badge(draw, (300, 488), "2", size=20)
    badge(draw, (664, centres[2][1]), "3", size=20)
    d.wrapped_text(
        draw,
        (560, 120),
        "Attendez que l'écran devienne noir avant de fermer un portable.",
        360,
        size=22,
        fill=d.WHITE,
    )
    return image


@illustration(
    "pc-mouse-buttons",
    title="Les boutons de la souris",
    alt="Une souris vue de dessus : le bouton gauche, coloré en orange, sert presque à tout ; "
    "le bouton droit ouvre un menu ; la molette au milieu fait défiler la page.",
)
def pc_mouse_buttons():
    image, draw = d.canvas()
    draw.line([(480, 100), (480, 60), (520, 30), (480, 0)], fill=DARK, width=5)
    mouse_shape(draw, (370, 100, 590, 540))
    ImageDraw.floodfill(image, (420, 200), PALE_ORANGE)
    draw.rounded_rectangle((466, 150, 494, 220), radius=12, fill=d.SOFT)
    pointer(draw, (180, 180), (420, 200), "Bouton gauche\nle plus utilisé")
    pointer(draw, (790, 280), (540, 220), "Bouton droit")
    pointer(draw, (780, 110), (496, 180), "Molette")
    d.wrapped_text(
        draw, (40, 420), "Un clic = un appui bref, puis on relâche.", 300, size=22, fill=d.SOFT
    )
    return image


@illustration(
    "pc-pointer-shapes",
    title="Les formes du pointeur de la souris",
    alt="Quatre formes du pointeur expliquées : la flèche pour montrer et cliquer, la main sur "
    "un lien, la barre là où l'on peut écrire, et le cercle qui tourne quand il faut patienter.",
)
def pc_pointer_shapes():
    image, draw = d.canvas()
    panels = [
        ("La flèche", "Montrez une chose, puis cliquez."),
        ("La main", "C'est un lien : cliquez pour ouvrir."),
        ("La barre", "Ici, vous pouvez écrire."),
        ("Le cercle", "L'ordinateur travaille : patientez."),
    ]
    for i, (name, meaning) in enumerate(panels):
        x0 = 24 + i * 234
        draw.rounded_rectangle(
            (x0, 60, x0 + 210, 540), radius=18, fill=d.WHITE, outline=d.LINE, width=2
        )
        cx = x0 + 105
        if i == 0:
            d.arrow_cursor(draw, (cx - 30, 110), scale=2.6)
        elif i == 1:
            hand_cursor(draw, (cx, 110), scale=2.2)
        elif i == 2:
            text_cursor(draw, (cx, 170), height=110, width=6)
        else:
            draw.ellipse((cx - 50, 120, cx + 50, 220), outline=d.PALE, width=12)
            draw.arc((cx - 50, 120, cx + 50, 220), start=200, end=340, fill=d.BRAND, width=12)
        d.text(draw, (cx, 290), name, size=26, bold=True, fill=d.BRAND, anchor="mm")
        d.wrapped_text(draw, (x0 + 18, 330), meaning, 176, size=22)
    return image


@illustration(
    "pc-double-click",
    title="Le double-clic ouvre un programme",
    alt="Le pointeur est sur l'icône « Photos » : deux clics rapides avec le bouton gauche "
    "ouvrent la fenêtre des photos, à droite.",
)
def pc_double_click():
    image, draw = d.canvas()
    desktop(draw)
    app_icon(draw, (130, 120), "Photos", color=d.GREEN, glyph="▲")
    click_burst(draw, (145, 140))
    d.arrow_cursor(draw, (145, 140), scale=1.2)
    badge(draw, (140, 330), "clic-clic,\nvite !")
    area = window(draw, (420, 70, 920, 470), "Photos", color=d.GREEN)
    for i in range(6):
        x = area[0] + 30 + (i % 3) * 150
        y = area[1] + 30 + (i // 3) * 160
        file_icon(draw, (x, y), width=110, photo=True)
    d.label_arrow(draw, (250, 200), (400, 200), "")
    return image


@illustration(
    "pc-drag-drop",
    title="Glisser-déposer un fichier dans un dossier",
    alt="Un fichier est glissé vers le dossier « Documents » en trois temps : appuyer sur le "
    "bouton gauche, déplacer la souris sans lâcher, puis relâcher au-dessus du dossier.",
)
def pc_drag_drop():
    image, draw = d.canvas()
    desktop(draw)
    file_icon(draw, (110, 150), "Lettre", width=80, label_fill=d.WHITE)
    dashed_line(draw, [(190, 220), (400, 130), (690, 160)], color=d.WHITE)
    folder_icon(draw, (700, 170), "Documents", width=130, label_fill=d.WHITE)
    file_icon(draw, (735, 120), width=60)
    d.arrow_cursor(draw, (770, 170), scale=1.3)
    badge(draw, (160, 400), "1. Appuyez\net maintenez")
    badge(draw, (430, 300), "2. Glissez")
    badge(draw, (770, 400), "3. Relâchez")
    return image


KEY_ROWS = [
    ["1\n&", "2\né", '3\n"', "4\n'", "5\n(", "6\n-", "7\nè", "8\n_", "9\nç", "0\nà"],
    [*"AZERTYUIOP", "^\n¨"],
    list("QSDFGHJKLM"),
    [*"WXCVBN", ",", ";", ":"],
]


def keyboard(draw, origin=(150, 150), unit=54, colors=None):
    """A French (AZERTY) keyboard, simplified; returns the boxes of the special keys."""
    colors = colors or {}
    x0, y0 = origin
    gap = 6
    step = unit + gap
    boxes = {}
    offsets = [0, 0.6, 1.7, 1.9]
    lefts = [None, None, "Verr. Maj", "⇧ Maj"]
    ends = []
    for r, row in enumerate(KEY_ROWS):
        y = y0 + r * step
        if lefts[r]:
            name = lefts[r]
            box = (x0, y, x0 + offsets[r] * step - gap, y + unit)
            key(draw, box, name, fill=colors.get(name, d.WHITE), size=18)
            boxes[name] = box
        for c, label in enumerate(row):
            left = x0 + (offsets[r] + c) * step
            top, _, bottom = label.partition("\n")
            key(
                draw,
                (left, y, left + unit, y + unit),
                top,
                sub=bottom or None,
                fill=colors.get("letters", d.WHITE),
            )
        ends.append(x0 + (offsets[r] + len(row)) * step)
    box = (ends[0], y0, ends[0] + 2 * unit, y0 + unit)
    key(draw, box, "⟵", fill=colors.get("⟵", d.WHITE), size=28)
    boxes["⟵"] = box
    left = max(ends[1], ends[2])
    box = (left, y0 + step, left + 1.4 * unit, y0 + step + 2 * unit + gap)
    key(draw, box, "Entrée", sub="↵", fill=colors.get("Entrée", d.WHITE), size=18)
    boxes["Entrée"] = box
    y = y0 + 4 * step
    left = x0 + 2.5 * step
    box = (left, y, left + 6 * unit, y + unit)
    key(draw, box, "", fill=colors.get("Espace", d.WHITE))
    boxes["Espace"] = box
    for label, at in (("Ctrl", 0), ("Alt", 1.3), ("Alt Gr", 9.2)):
        kx = x0 + at * step
        box = (kx, y, kx + 1.2 * unit, y + unit)
        key(draw, box, label, size=18, fill=colors.get(label, d.WHITE))
        boxes[label] = box
    return boxes


@illustration(
    "pc-keyboard",
    title="Les touches importantes du clavier",
    alt="Un clavier français (AZERTY) simplifié. Quatre touches sont colorées et nommées : "
    "Effacer, Entrée, Majuscule et la barre d'espace, les plus utiles pour écrire.",
)
def pc_keyboard():
    image, draw = d.canvas()
    colors = {"⟵": PALE_RED, "Entrée": PALE_GREEN, "⇧ Maj": PALE_VIOLET, "Espace": PALE_ORANGE}
    boxes = keyboard(draw, origin=(150, 150), colors=colors)

    def top(box):
        return ((box[0] + box[2]) / 2, box[1] - 6)

    def bottom(box):
        return ((box[0] + box[2]) / 2, box[3] + 8)

    pointer(draw, (640, 60), top(boxes["⟵"]), "Effacer", color=d.RED)
    pointer(draw, (880, 440), bottom(boxes["Entrée"]), "Entrée", color=d.GREEN)
    maj = boxes["⇧ Maj"]
    pointer(draw, (80, 240), (maj[0] - 6, (maj[1] + maj[3]) / 2), "Majuscule", color=VIOLET)
    pointer(draw, (520, 550), bottom(boxes["Espace"]), "Espace", color=d.ORANGE)
    return image


@illustration(
    "pc-special-keys",
    title="Six touches à connaître",
    alt="Six touches dessinées en grand, chacune avec une phrase qui dit à quoi elle sert : "
    "Majuscule, Verrouillage majuscule, Effacer, Supprimer, Entrée et Espace.",
)
def pc_special_keys():
    image, draw = d.canvas()
    entries = [
        ("⇧ Maj", "Maintenez-la, puis tapez une lettre : elle sort en majuscule."),
        ("Verr. Maj", "Tout s'écrit en majuscules. Rappuyez pour arrêter."),
        ("⟵", "Efface la lettre à gauche du curseur."),
        ("Suppr", "Efface la lettre à droite du curseur."),
        ("Entrée ↵", "Valide ce que vous avez tapé, ou passe à la ligne."),
        ("Espace", "Met un blanc entre deux mots."),
    ]
    for i, (name, meaning) in enumerate(entries):
        x0 = 30 + (i % 3) * 310
        y0 = 40 + (i // 3) * 280
        key(draw, (x0 + 50, y0, x0 + 230, y0 + 90), name, size=26 if len(name) < 8 else 22)
        d.wrapped_text(draw, (x0 + 10, y0 + 118), meaning, 270, size=22)
    return image


@illustration(
    "pc-text-cursor",
    title="Le curseur montre où le texte va s'écrire",
    alt="Une fenêtre où est écrit « Bonjour Marie, ». Le petit trait qui clignote après la "
    "virgule est entouré : c'est le curseur, la prochaine lettre s'écrira là.",
)
def pc_text_cursor():
    image, draw = d.canvas()
    end = notes_window(draw, (60, 60, 900, 480), lines=("Bonjour Marie,", "J'apprends à écrire"))
    x, y = end
    draw.line([(x + 2, y - 16), (x + 2, y + 16)], fill=d.INK, width=3)
    pointer(draw, (620, 400), (x + 8, y + 24), "Le curseur clignote ici")
    d.wrapped_text(
        draw,
        (60, 510),
        "Pour le déplacer : cliquez à l'endroit voulu dans le texte.",
        840,
        size=22,
        fill=d.SOFT,
    )
    return image


@illustration(
    "pc-desktop",
    title="Le bureau de l'ordinateur",
    alt="Le bureau, premier écran après l'allumage : des icônes à gauche, la barre des tâches "
    "en bas avec le bouton Démarrer et l'heure. Chaque partie est nommée.",
)
def pc_desktop():
    image, draw = d.canvas()
    desktop(draw)
    for i, (name, color, glyph) in enumerate(
        [("Corbeille", d.SOFT, "♻"), ("Navigateur", d.BRAND, "◎"), ("Photos", d.GREEN, "▲")]
    ):
        app_icon(draw, (80, 30 + i * 135), name, color=color, glyph=glyph)
    pointer(draw, (380, 150), (130, 170), "Les icônes")
    pointer(draw, (500, 440), (500, 570), "La barre des tâches")
    pointer(draw, (180, 440), (85, 560), "Démarrer")
    pointer(draw, (820, 440), (910, 565), "L'heure")
    return image


@illustration(
    "pc-desktop-plain",
    title="Le bureau de l'ordinateur, sans légende",
    alt="Le bureau, premier écran après l'allumage : des icônes à gauche et la barre des tâches "
    "en bas, sans légende.",
)
def pc_desktop_plain():
    """The desktop of « pc-desktop » without its labels: an exercise asks to find what the
    lesson's picture names."""
    image, draw = d.canvas()
    desktop(draw)
    for i, (name, color, glyph) in enumerate(
        [("Corbeille", d.SOFT, "♻"), ("Navigateur", d.BRAND, "◎"), ("Photos", d.GREEN, "▲")]
    ):
        app_icon(draw, (80, 30 + i * 135), name, color=color, glyph=glyph)
    return image


@illustration(
    "pc-window-parts",
    title="Les boutons d'une fenêtre",
    alt="Une fenêtre ouverte. En haut à droite, trois boutons sont nommés : Réduire (le trait), "
    "Agrandir (le carré) et Fermer (la croix).",
)
def pc_window_parts():
    image, draw = d.canvas()
    area = _documents_window(draw)
    pointer(draw, (600, 50), (756, 136), "Réduire", color=d.BRAND)
    pointer(draw, (760, 50), (804, 134), "Agrandir", color=d.BRAND)
    pointer(draw, (895, 50), (850, 134), "Fermer", color=d.RED)
    pointer(draw, (200, 50), (240, 126), "Le titre", color=d.BRAND)
    d.wrapped_text(
        draw,
        (area[0] + 40, area[3] - 110),
        "Pour déplacer la fenêtre : glissez-la par sa barre de titre.",
        740,
        size=22,
        fill=d.SOFT,
    )
    return image


def _documents_window(draw):
    area = window(draw, (60, 130, 880, 560), "Mes documents")
    for i, name in enumerate(("Factures", "Santé", "Lettres")):
        folder_icon(draw, (area[0] + 40 + i * 170, area[1] + 50), name, width=110)
    return area


@illustration(
    "pc-window-plain",
    title="Une fenêtre ouverte, sans légende",
    alt="Une fenêtre « Mes documents » ouverte, avec trois dossiers ; en haut à droite, ses "
    "trois boutons : un trait, un carré et une croix.",
)
def pc_window_plain():
    """The window of « pc-window-parts » without its labels, for the exercise."""
    image, draw = d.canvas()
    _documents_window(draw)
    return image


@illustration(
    "pc-taskbar-switch",
    title="Passer d'une fenêtre à l'autre",
    alt="Deux fenêtres sont ouvertes, l'une cache l'autre. Dans la barre des tâches, le bouton "
    "« Photos » est entouré : un clic dessus ramène cette fenêtre devant.",
)
def pc_taskbar_switch():
    image, draw = d.canvas()
    desktop(draw)
    area = window(draw, (60, 40, 560, 380), "Photos", color=d.GREEN)
    file_icon(draw, (area[0] + 30, area[1] + 30), width=100, photo=True)
    notes_window(
        draw, (300, 120, 860, 460), lines=("Liste de courses :", "- du pain", "- des pommes")
    )
    task_button(draw, (180, 552, 360, 596), "Mes notes", active=True)
    task_button(draw, (370, 552, 550, 596), "Photos")
    ring_box(draw, (370, 552, 550, 596), pad=3)
    d.arrow_cursor(draw, (520, 566), scale=0.8)
    pointer(draw, (720, 510), (520, 560), "Cliquez ici", size=22)
    return image


def explorer(draw, box, selected="Documents"):
    """A file manager window with its places on the left; returns the right-hand area."""
    area = window(draw, box, "Mes fichiers")
    x0, y0, x1, y1 = area
    draw.rectangle((x0 + 2, y0, x0 + 220, y1 - 2), fill=(242, 244, 248))
    for i, place in enumerate(("Bureau", "Documents", "Images", "Téléchargements")):
        y = y0 + 20 + i * 52
        if place == selected:
            draw.rectangle((x0 + 6, y, x0 + 216, y + 44), fill=SELECTED)
        d.text(draw, (x0 + 20, y + 22), place, size=20, bold=place == selected, anchor="lm")
    return (x0 + 222, y0, x1, y1)


@illustration(
    "pc-file-explorer",
    title="Le rangement des fichiers",
    alt="La fenêtre « Mes fichiers » montre le contenu de Documents : des dossiers jaunes "
    "(Factures, Santé, Lettres) et des fichiers, comme une lettre et une photo.",
)
def pc_file_explorer():
    image, draw = d.canvas()
    right = explorer(draw, (30, 30, 930, 500))
    x, y = right[0] + 30, right[1] + 30
    for i, name in enumerate(("Factures", "Santé", "Lettres")):
        folder_icon(draw, (x + i * 180, y), name, width=110)
    file_icon(draw, (x + 20, y + 180), "Lettre mairie", width=70)
    file_icon(draw, (x + 200, y + 180), "Anniversaire", width=70, photo=True)
    pointer(draw, (150, 550), (100, 300), "Les emplacements", color=d.BRAND)
    pointer(draw, (560, 550), (x + 100, y + 230), "Un fichier", color=d.BRAND)
    pointer(draw, (800, 550), (x + 476, y + 50), "Un dossier", color=d.BRAND)
    return image


@illustration(
    "pc-new-folder",
    title="Créer un nouveau dossier",
    alt="Un clic droit dans l'espace vide de la fenêtre ouvre un menu. On choisit « Nouveau », "
    "puis « Dossier » : un dossier vide apparaît.",
)
def pc_new_folder():
    image, draw = d.canvas()
    right = explorer(draw, (30, 30, 930, 570))
    folder_icon(draw, (right[0] + 30, right[1] + 30), "Factures", width=100)
    start = (right[0] + 200, right[1] + 60)
    click_burst(draw, start)
    centres = menu(
        draw,
        (start[0] + 10, start[1] + 10),
        ["Affichage", "Trier par", "Nouveau  ▸", "Propriétés"],
        width=200,
        selected=2,
    )
    sub = menu(
        draw,
        (start[0] + 214, centres[2][1] - 26),
        ["Dossier", "Document texte"],
        width=220,
        selected=0,
    )
    d.arrow_cursor(draw, (sub[0][0] - 40, sub[0][1] - 4))
    badge(draw, (start[0] - 44, start[1]), "1", size=20)
    badge(draw, (start[0] - 20, centres[2][1]), "2", size=20)
    badge(draw, (sub[0][0], sub[0][1] - 48), "3", size=20)
    badge(draw, (start[0] - 60, 470), "1. Clic droit\ndans le vide")
    badge(draw, (start[0] + 150, 470), "2. Nouveau")
    badge(draw, (start[0] + 340, 470), "3. Dossier")
    return image


@illustration(
    "pc-rename-folder",
    title="Donner un nom au dossier",
    alt="Un nouveau dossier dont le nom est en train d'être tapé : « Photos de Léa ». Une "
    "touche Entrée est dessinée à côté : on appuie dessus pour valider le nom.",
)
def pc_rename_folder():
    image, draw = d.canvas()
    folder_icon(draw, (160, 100), width=220)
    d.field(draw, (90, 280, 450, 330), value="Photos de Léa", size=24)
    x = 102 + draw.textlength("Photos de Léa", font=d.font(24))
    draw.line([(x + 2, 290), (x + 2, 320)], fill=d.INK, width=3)
    badge(draw, (270, 390), "Tapez le nom")
    d.text(draw, (540, 230), "puis", size=30, bold=True, fill=d.SOFT, anchor="mm")
    key(draw, (640, 160, 820, 300), "Entrée", sub="↵", fill=PALE_GREEN, size=30)
    d.highlight(draw, (730, 230), radius=110, color=d.GREEN)
    d.wrapped_text(
        draw,
        (90, 470),
        "Choisissez un nom court qui dit ce qu'il y a dedans.",
        780,
        size=24,
        fill=d.SOFT,
    )
    return image


def bin_icon(draw, center_top, label=None, label_fill=d.WHITE):
    cx, y = center_top
    draw.rounded_rectangle(
        (cx - 40, y, cx + 40, y + 12), radius=4, fill=(210, 214, 220), outline=d.SOFT, width=2
    )
    draw.polygon(
        [(cx - 34, y + 14), (cx + 34, y + 14), (cx + 26, y + 92), (cx - 26, y + 92)],
        fill=(230, 233, 238),
        outline=d.SOFT,
    )
    for dx in (-14, 0, 14):
        draw.line([(cx + dx, y + 26), (cx + dx * 0.8, y + 82)], fill=d.LINE, width=3)
    if label:
        d.text(draw, (cx, y + 104), label, size=18, bold=True, fill=label_fill, anchor="ma")


@illustration(
    "pc-recycle-bin",
    title="La corbeille garde ce que l'on supprime",
    alt="À gauche, un fichier glissé dans la Corbeille. À droite, la Corbeille ouverte : un "
    "clic droit sur le fichier et « Restaurer » le remet à sa place.",
)
def pc_recycle_bin():
    image, draw = d.canvas()
    desktop(draw)
    file_icon(draw, (60, 90), "Brouillon", width=70, label_fill=d.WHITE)
    dashed_line(draw, [(140, 150), (190, 280)], color=d.WHITE)
    bin_icon(draw, (200, 290), "Corbeille")
    badge(draw, (200, 470), "Supprimé…\nmais pas perdu")
    area = window(draw, (420, 60, 920, 470), "Corbeille", color=d.SOFT)
    file_icon(draw, (area[0] + 40, area[1] + 40), "Brouillon", width=70)
    menu(draw, (area[0] + 130, area[1] + 90), ["Restaurer", "Supprimer"], width=210, selected=0)
    ring_box(draw, (area[0] + 134, area[1] + 94, area[0] + 336, area[1] + 138), pad=2)
    d.wrapped_text(
        draw,
        (area[0] + 30, area[3] - 90),
        "Vider la corbeille efface pour de bon.",
        440,
        size=22,
        fill=d.RED,
    )
    return image


@illustration(
    "pc-folder-tree",
    title="Des dossiers rangés dans des dossiers",
    alt="Un schéma de rangement : le dossier Documents contient les dossiers Santé, Factures "
    "et Lettres ; le dossier Lettres contient le fichier « Lettre mairie ».",
)
def pc_folder_tree():
    image, draw = d.canvas()
    folder_icon(draw, (60, 40), "Documents", width=130)
    draw.line([(125, 160), (125, 442)], fill=d.LINE, width=4)
    for i, name in enumerate(("Santé", "Factures", "Lettres")):
        y = 170 + i * 120
        draw.line([(125, y + 32), (195, y + 32)], fill=d.LINE, width=4)
        folder_icon(draw, (200, y), None, width=90)
        d.text(draw, (310, y + 34), name, size=24, bold=True, anchor="lm")
    draw.line([(245, 480), (245, 540), (400, 540)], fill=d.LINE, width=4)
    file_icon(draw, (410, 500), None, width=60)
    d.text(draw, (490, 540), "Lettre mairie", size=22, bold=True, anchor="lm")
    d.wrapped_text(
        draw,
        (500, 80),
        "Comme une armoire : des chemises dans des tiroirs, et des feuilles dans les chemises.",
        400,
        size=24,
        fill=d.SOFT,
    )
    return image
