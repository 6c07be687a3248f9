"""A small made-up screenshot of a public-service sign-in page, with a name and a number to
hide, and the annotations the tests draw on it."""

import io

from PIL import Image, ImageDraw

from images.fonts import font

NAME = "Jeanne Martin"
NUMBER = "2 45 06 75 123 456"


def sign_in_screen(width=480, height=300):
    picture = Image.new("RGB", (width, height), (245, 246, 250))
    pen = ImageDraw.Draw(picture)
    pen.rectangle([0, 0, width, 48], fill=(0, 0, 145))
    pen.text((16, 12), "Mon compte", fill=(255, 255, 255), font=font(20, bold=True))
    pen.text((24, 80), NAME, fill=(0, 0, 0), font=font(22))
    pen.text((24, 120), NUMBER, fill=(0, 0, 0), font=font(22))
    pen.rectangle([300, 220, 450, 270], fill=(0, 0, 145))
    pen.text((318, 234), "Se connecter", fill=(255, 255, 255), font=font(16, bold=True))
    return picture


def png_bytes(picture):
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


# Pixel boxes of the name and the number on the 480 × 300 screen.
NAME_BOX = (20, 74, 220, 108)
NUMBER_BOX = (20, 114, 280, 150)

SHAPES = [
    {"kind": "blur", "x": 20 / 480, "y": 74 / 300, "w": 200 / 480, "h": 34 / 300},
    {"kind": "cover", "x": 20 / 480, "y": 114 / 300, "w": 260 / 480, "h": 36 / 300},
    {
        "kind": "box",
        "x": 295 / 480,
        "y": 215 / 300,
        "w": 160 / 480,
        "h": 60 / 300,
        "colour": "green",
    },
    {"kind": "arrow", "x1": 0.45, "y1": 0.55, "x2": 0.6, "y2": 0.72, "colour": "blue"},
    {"kind": "circle", "x": 0.02, "y": 0.01, "w": 0.3, "h": 0.15, "colour": "purple"},
    {"kind": "marker", "x": 0.9, "y": 0.62, "colour": "red", "label": "le bouton Se connecter"},
]
ANNOTATIONS = {"version": 1, "shapes": SHAPES}
