"""Annotations of a screenshot: numbered markers, arrows, circles, highlight boxes, and areas
hidden by a blur or a cover. They are data beside the original (never drawn into it), checked
here before they are stored, and drawn by Pillow into every rendition.

The format (version 1), coordinates as fractions of the image (0 = left or top, 1 = right or
bottom), so that a rendition of any size draws them in the same place::

    {"version": 1, "shapes": [
        {"kind": "marker", "x": 0.4, "y": 0.2, "colour": "red", "label": "le bouton Se connecter"},
        {"kind": "arrow", "x1": 0.1, "y1": 0.1, "x2": 0.3, "y2": 0.2, "colour": "blue"},
        {"kind": "circle" | "box", "x": 0.5, "y": 0.5, "w": 0.2, "h": 0.1, "colour": "green"},
        {"kind": "blur" | "cover", "x": 0.6, "y": 0.7, "w": 0.3, "h": 0.05}]}
"""

import hashlib
import json
import math
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from images.fonts import font

VERSION = 1
MAX_SHAPES = 30
MAX_LABEL = 120
MAX_BYTES = 20_000
MIN_SIZE = 0.005  # a box, circle or hidden area narrower than half a percent is a slip

# A small palette, each strong enough on a white or grey screenshot (contrast 4.5:1 or more
# against white); the number in a marker is written in white.
PALETTE = {
    "red": (200, 16, 46),
    "blue": (0, 85, 164),
    "green": (0, 110, 51),
    "purple": (112, 48, 160),
}
DEFAULT_COLOUR = "red"
COVER_COLOUR = (90, 90, 90)

POINT_KINDS = {"marker"}
LINE_KINDS = {"arrow"}
AREA_KINDS = {"circle", "box", "blur", "cover"}
HIDING_KINDS = {"blur", "cover"}
KINDS = POINT_KINDS | LINE_KINDS | AREA_KINDS

FIELDS = {
    "marker": {"kind", "x", "y", "colour", "label"},
    "arrow": {"kind", "x1", "y1", "x2", "y2", "colour"},
    "circle": {"kind", "x", "y", "w", "h", "colour"},
    "box": {"kind", "x", "y", "w", "h", "colour"},
    "blur": {"kind", "x", "y", "w", "h"},
    "cover": {"kind", "x", "y", "w", "h"},
}
REQUIRED = {kind: fields - {"colour", "label"} for kind, fields in FIELDS.items()}

EMPTY = {"version": VERSION, "shapes": []}


def _number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _shape_errors(position, shape):
    """The problems of one shape, in plain French, each naming the shape by its place."""
    if not isinstance(shape, dict) or shape.get("kind") not in KINDS:
        return [_("Élément %(n)s : ce type de dessin n'existe pas.") % {"n": position}]
    kind = shape["kind"]
    errors = []
    if set(shape) - FIELDS[kind] or REQUIRED[kind] - set(shape):
        errors.append(_("Élément %(n)s : ses informations sont incomplètes.") % {"n": position})
        return errors
    coordinates = [value for key, value in shape.items() if key not in {"kind", "colour", "label"}]
    if not all(_number(value) and 0 <= value <= 1 for value in coordinates):
        errors.append(
            _("Élément %(n)s : il doit se trouver entièrement sur l'image.") % {"n": position}
        )
    elif kind in AREA_KINDS and (
        shape["w"] < MIN_SIZE
        or shape["h"] < MIN_SIZE
        or shape["x"] + shape["w"] > 1.0001
        or shape["y"] + shape["h"] > 1.0001
    ):
        errors.append(
            _("Élément %(n)s : la zone est trop petite ou dépasse de l'image.") % {"n": position}
        )
    elif kind in LINE_KINDS and math.dist(
        (shape["x1"], shape["y1"]), (shape["x2"], shape["y2"])
    ) < (MIN_SIZE * 2):
        errors.append(_("Élément %(n)s : la flèche est trop courte.") % {"n": position})
    if "colour" in shape and shape["colour"] not in PALETTE:
        errors.append(_("Élément %(n)s : choisissez une couleur de la palette.") % {"n": position})
    if "label" in shape:
        label = shape["label"]
        if not isinstance(label, str):
            errors.append(_("Élément %(n)s : la légende doit être un texte.") % {"n": position})
        elif len(label) > MAX_LABEL:
            errors.append(
                ngettext(
                    "Élément %(n)s : la légende fait au plus %(max)s caractère.",
                    "Élément %(n)s : la légende fait au plus %(max)s caractères.",
                    MAX_LABEL,
                )
                % {"n": position, "max": MAX_LABEL}
            )
        elif any(unicodedata.category(char).startswith("C") for char in label):
            errors.append(
                _("Élément %(n)s : la légende contient un caractère invisible.") % {"n": position}
            )
    return errors


def parse(raw):
    """The annotations from the editor's JSON text, checked; a ValidationError lists every
    problem in plain French, and nothing is to be stored then."""
    if isinstance(raw, str):
        if len(raw.encode()) > MAX_BYTES:
            raise ValidationError(_("Les annotations sont trop longues pour être enregistrées."))
        try:
            data = json.loads(raw)
        except ValueError as error:
            raise ValidationError(
                _("Les annotations sont illisibles. Rechargez la page et recommencez.")
            ) from error
    else:
        data = raw
    if not isinstance(data, dict) or set(data) != {"version", "shapes"}:
        raise ValidationError(
            _("Les annotations sont illisibles. Rechargez la page et recommencez.")
        )
    if data["version"] != VERSION:
        raise ValidationError(_("Cette version des annotations n'est pas connue du site."))
    shapes = data["shapes"]
    if not isinstance(shapes, list):
        raise ValidationError(
            _("Les annotations sont illisibles. Rechargez la page et recommencez.")
        )
    if len(shapes) > MAX_SHAPES:
        raise ValidationError(
            ngettext(
                "Une image porte au plus %(max)s annotation.",
                "Une image porte au plus %(max)s annotations.",
                MAX_SHAPES,
            )
            % {"max": MAX_SHAPES}
        )
    errors = [error for n, shape in enumerate(shapes, 1) for error in _shape_errors(n, shape)]
    if errors:
        raise ValidationError(errors)
    clean = []
    for shape in shapes:
        shape = dict(shape)
        if "label" in shape:
            shape["label"] = " ".join(shape["label"].split())
        if shape["kind"] not in HIDING_KINDS:
            shape.setdefault("colour", DEFAULT_COLOUR)
        clean.append(shape)
    return {"version": VERSION, "shapes": clean}


def shapes_of(annotations):
    return (annotations or {}).get("shapes") or []


def hides_something(annotations):
    return any(shape["kind"] in HIDING_KINDS for shape in shapes_of(annotations))


def fingerprint(annotations):
    """A short digest that names renditions: new annotations, new addresses, so no browser
    keeps a picture drawn from older ones."""
    if not shapes_of(annotations):
        return ""
    text = json.dumps(annotations, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:8]


def markers(annotations):
    """The numbered markers in their order, as (number, label)."""
    found = [shape for shape in shapes_of(annotations) if shape["kind"] == "marker"]
    return [(n, shape.get("label", "")) for n, shape in enumerate(found, 1)]


def alt_text(base, annotations):
    """The alternative text of an annotated picture: its own, then each marker by its number,
    since a person who cannot see the picture hears « 2 » in the lesson's steps."""
    named = [
        _("%(n)s : %(label)s") % {"n": n, "label": label}
        for n, label in markers(annotations)
        if label
    ]
    if not named:
        return base
    base = (base or "").rstrip(" .")
    return f"{base}. " + " ; ".join(named) + "." if base else " ; ".join(named) + "."


def _box(shape, width, height):
    left, top = shape["x"] * width, shape["y"] * height
    right = min(width, left + max(1, shape["w"] * width))
    bottom = min(height, top + max(1, shape["h"] * height))
    return [round(left), round(top), round(right), round(bottom)]


def _hide(picture, shape):
    """Blur by keeping a few averaged pixels of the area (one for every 24 × 24, smoothed):
    no letter written there can be read back. A cover paints it over."""
    box = _box(shape, *picture.size)
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    if shape["kind"] == "cover":
        ImageDraw.Draw(picture).rectangle(box, fill=COVER_COLOUR)
        return
    area = picture.crop(box)
    small = (max(1, area.width // 24), max(1, area.height // 24))
    area = area.resize(small, Image.Resampling.BOX).resize(area.size, Image.Resampling.BILINEAR)
    area = area.filter(ImageFilter.GaussianBlur(radius=max(2, min(area.size) // 4)))
    picture.paste(area, box[:2])


def _arrow(draw, shape, width, height, stroke, colour):
    start = (shape["x1"] * width, shape["y1"] * height)
    end = (shape["x2"] * width, shape["y2"] * height)
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = stroke * 4
    # The line stops at the head's base so that its end does not show through the point.
    base = (end[0] - head * 0.8 * math.cos(angle), end[1] - head * 0.8 * math.sin(angle))
    draw.line([start, base], fill=colour, width=stroke)
    spread = math.radians(28)
    points = [
        end,
        (end[0] - head * math.cos(angle - spread), end[1] - head * math.sin(angle - spread)),
        (end[0] - head * math.cos(angle + spread), end[1] - head * math.sin(angle + spread)),
    ]
    draw.polygon(points, fill=colour)


def _marker(draw, shape, number, width, height, radius):
    x, y = shape["x"] * width, shape["y"] * height
    colour = PALETTE[shape.get("colour", DEFAULT_COLOUR)]
    outline = max(2, radius // 6)
    draw.ellipse(
        [x - radius, y - radius, x + radius, y + radius],
        fill=colour,
        outline=(255, 255, 255),
        width=outline,
    )
    draw.text(
        (x, y),
        str(number),
        fill=(255, 255, 255),
        font=font(round(radius * 1.1), bold=True),
        anchor="mm",
    )


def draw(picture, annotations):
    """A new picture: ``picture`` (a Pillow image, any mode) with the annotations drawn on it,
    hidden areas first so that no marker is blurred away."""
    picture = ImageOps.exif_transpose(picture)
    if picture.mode in {"RGBA", "LA", "P", "PA"}:
        # A screenshot with transparent parts is drawn on white, as a browser shows it.
        picture = picture.convert("RGBA")
        white = Image.new("RGBA", picture.size, (255, 255, 255, 255))
        picture = Image.alpha_composite(white, picture)
    picture = picture.convert("RGB")
    width, height = picture.size
    shapes = shapes_of(annotations)
    for shape in shapes:
        if shape["kind"] in HIDING_KINDS:
            _hide(picture, shape)
    scale = max(width, height)
    stroke = max(2, round(scale / 160))
    radius = max(10, round(scale / 32))
    overlay = Image.new("RGBA", picture.size, (0, 0, 0, 0))
    highlight = ImageDraw.Draw(overlay)
    for shape in shapes:
        if shape["kind"] == "box":
            red, green, blue = PALETTE[shape.get("colour", DEFAULT_COLOUR)]
            highlight.rectangle(_box(shape, width, height), fill=(red, green, blue, 48))
    picture = Image.alpha_composite(picture.convert("RGBA"), overlay).convert("RGB")
    pen = ImageDraw.Draw(picture)
    number = 0
    for shape in shapes:
        kind = shape["kind"]
        colour = PALETTE.get(shape.get("colour", DEFAULT_COLOUR))
        if kind == "box":
            pen.rectangle(_box(shape, width, height), outline=colour, width=stroke)
        elif kind == "circle":
            pen.ellipse(_box(shape, width, height), outline=colour, width=stroke)
        elif kind == "arrow":
            _arrow(pen, shape, width, height, stroke, colour)
    for shape in shapes:
        if shape["kind"] == "marker":
            number += 1
            _marker(pen, shape, number, width, height, radius)
    return picture
