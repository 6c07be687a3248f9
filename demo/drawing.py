"""A small toolkit to draw teaching illustrations (fictional screens) with Pillow.

Every illustration is drawn by code so that the demo needs no downloaded picture and shows
no real logo. Sizes are in pixels on a 960 x 600 canvas unless said otherwise.
"""

import math
from functools import lru_cache

from PIL import Image, ImageDraw

from images.fonts import font

WIDTH, HEIGHT = 960, 600

INK = (27, 27, 27)
SOFT = (90, 90, 90)
PAPER = (255, 253, 248)
WHITE = (255, 255, 255)
BRAND = (11, 79, 138)
PALE = (227, 238, 248)
LINE = (160, 160, 160)
GREEN = (30, 107, 52)
ORANGE = (199, 65, 15)
RED = (180, 30, 30)
DESK = (40, 90, 140)
BADGE = (255, 240, 190)


@lru_cache(maxsize=32)
def canvas(width=WIDTH, height=HEIGHT, color=PAPER):
    image = Image.new("RGB", (width, height), color)
    return image, ImageDraw.Draw(image)


def text(draw, xy, value, size=24, bold=False, fill=INK, anchor="la"):
    draw.text(xy, value, font=font(size, bold), fill=fill, anchor=anchor)


def wrapped_text(draw, xy, value, width_px, size=22, bold=False, fill=INK, spacing=8):
    """Write text wrapped to a width; returns the y below the last line."""
    x, y = xy
    words, line = value.split(), ""
    face = font(size, bold)
    for word in words:
        trial = f"{line} {word}".strip()
        if draw.textlength(trial, font=face) <= width_px:
            line = trial
            continue
        draw.text((x, y), line, font=face, fill=fill)
        y += size + spacing
        line = word
    if line:
        draw.text((x, y), line, font=face, fill=fill)
        y += size + spacing
    return y


def button(draw, box, label, primary=True, size=24):
    fill, color = (BRAND, WHITE) if primary else (WHITE, BRAND)
    draw.rounded_rectangle(box, radius=10, fill=fill, outline=BRAND, width=3)
    cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    text(draw, (cx, cy), label, size=size, bold=True, fill=color, anchor="mm")


def field(draw, box, label=None, value="", size=22):
    """A form field with its label above it."""
    if label:
        text(draw, (box[0], box[1] - size - 10), label, size=size, bold=True)
    draw.rounded_rectangle(box, radius=6, fill=WHITE, outline=SOFT, width=2)
    if value:
        text(draw, (box[0] + 12, (box[1] + box[3]) / 2), value, size=size, anchor="lm")


def window(draw, box, title, color=BRAND):
    """A program window with its title bar and the three buttons at the top right."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=WHITE, outline=LINE, width=2)
    draw.rectangle((x0, y0, x1, y0 + 44), fill=color)
    text(draw, (x0 + 16, y0 + 22), title, size=20, bold=True, fill=WHITE, anchor="lm")
    for i, sign in enumerate(("✕", "□", "—")):
        cx = x1 - 30 - i * 46
        text(draw, (cx, y0 + 22), sign, size=20, bold=True, fill=WHITE, anchor="mm")
    return (x0, y0 + 44, x1, y1)


def browser(draw, box, address, tab_title="Nouvel onglet"):
    """A web browser: a tab, the address bar, and the page area it returns."""
    x0, y0, x1, y1 = box
    draw.rectangle(box, fill=WHITE, outline=LINE, width=2)
    draw.rectangle((x0, y0, x1, y0 + 92), fill=(232, 232, 236))
    draw.rounded_rectangle((x0 + 12, y0 + 8, x0 + 300, y0 + 44), radius=8, fill=WHITE)
    text(draw, (x0 + 28, y0 + 26), tab_title, size=18, anchor="lm")
    for i, sign in enumerate(("←", "→", "↻")):
        text(draw, (x0 + 28 + i * 40, y0 + 70), sign, size=24, bold=True, fill=SOFT, anchor="mm")
    draw.rounded_rectangle(
        (x0 + 140, y0 + 54, x1 - 16, y0 + 86), radius=16, fill=WHITE, outline=LINE, width=2
    )
    padlock(draw, (x0 + 158, y0 + 72), size=14)
    text(draw, (x0 + 186, y0 + 70), address, size=18, anchor="lm")
    return (x0, y0 + 92, x1, y1)


def highlight(draw, center, radius=38, color=ORANGE):
    """A thick ring round the place to look at or click."""
    cx, cy = center
    for r in range(radius, radius + 6):
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=color)


def arrow_cursor(draw, tip, scale=1.0):
    """The mouse pointer, its tip at ``tip``."""
    x, y = tip
    points = [(0, 0), (0, 34), (9, 26), (16, 42), (22, 39), (15, 24), (27, 24)]
    shape = [(x + px * scale, y + py * scale) for px, py in points]
    draw.polygon(shape, fill=WHITE, outline=INK)
    draw.line([*shape, shape[0]], fill=INK, width=2)


def label_arrow(draw, start, end, label, color=ORANGE, size=22):
    """A labelled arrow from a note (at ``start``) to the thing it names (at ``end``)."""
    draw.line([start, end], fill=color, width=5)
    ex, ey = end
    sx, sy = start
    angle = math.atan2(ey - sy, ex - sx)
    for delta in (2.6, -2.6):
        draw.line(
            [end, (ex + 22 * math.cos(angle + delta), ey + 22 * math.sin(angle + delta))],
            fill=color,
            width=5,
        )
    text(draw, start, label, size=size, bold=True, fill=color, anchor="mm")


def padlock(draw, xy, size=18, color=GREEN):
    """A small padlock, the sign of a secure (https) address."""
    x, y = xy
    draw.arc((x, y - size, x + size, y), start=180, end=360, fill=color, width=3)
    draw.rectangle((x - 3, y - size / 2 + 6, x + size + 3, y + size / 2 + 4), fill=color)


def to_png_bytes(image):
    from io import BytesIO

    buffer = BytesIO()
    image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def ring(draw, box, color=ORANGE, margin=8):
    """A thick rounded frame round a button or a field: the place to click."""
    x0, y0, x1, y1 = box
    draw.rounded_rectangle(
        (x0 - margin, y0 - margin, x1 + margin, y1 + margin), radius=14, outline=color, width=6
    )


def note(draw, xy, label, end, color=ORANGE, size=22):
    """A note written at ``xy`` with an arrow leaving its left side towards ``end``."""
    x, y = xy
    text(draw, (x, y), label, size=size, bold=True, fill=color, anchor="lm")
    label_arrow(draw, (x - 12, y), end, "", color=color)


def example_badge(draw, corner=(936, 580)):
    """The "Écran d'exemple" mark, in the bottom-right corner of every fictional screen."""
    x1, y1 = corner
    draw.rounded_rectangle(
        (x1 - 212, y1 - 44, x1, y1), radius=10, fill=BADGE, outline=ORANGE, width=2
    )
    text(draw, (x1 - 106, y1 - 22), "Écran d'exemple", size=20, bold=True, fill=INK, anchor="mm")
