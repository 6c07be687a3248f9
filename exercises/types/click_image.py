"""Cliquer sur l'image: click the right place on a screenshot (the Start button, a link...).

The author draws the right zones on the image in the admin, in percent of the image, so any
rendition size works. The learner clicks with the mouse, or moves a marker with the arrow
keys; without JavaScript an ``<input type="image">`` posts the click in pixels of a
rendition shown at its own size."""

import json
import math
import re
from dataclasses import dataclass
from io import BytesIO

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pasapas.json_limits import loads_bounded
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.images.shortcuts import get_rendition_or_not_found

from ..blocks import ExerciseTypeBlock
from ..registry import AnswerError, ExerciseType, ItemResult, Outcome, only_keys, register, text

# The zones as the editor posts them: a few dozen rectangles, never more than this.
MAX_ZONES_JSON = 64 * 1024

# One rendition for the learner and for the author's drawer: at most 960 px wide, which fits
# the lesson column, so that without JavaScript it is shown at its own size (see parse).
RENDITION = "max-960x720"
MAX_ZONES = 20
MAX_LABEL = 100
PERCENT = re.compile(r"\d{1,3}(\.\d{1,6})?")
PIXELS = re.compile(r"\d{1,5}")


def _num(value):
    """A percentage for CSS and JSON: no locale, no needless decimals."""
    return f"{round(float(value), 2):g}"


def zone_box(zone):
    """A zone as percentages, drawn as an SVG rectangle over the image: SVG attributes, not a
    style attribute, so that the page's Content Security Policy needs no inline styles."""
    return {key: _num(zone[key]) for key in ("x", "y", "width", "height")}


def zone_attributes(box):
    """The rectangle's attributes as the template writes them (the secrets test looks for
    them in the page)."""
    return f'x="{box["x"]}%" y="{box["y"]}%" width="{box["width"]}%" height="{box["height"]}%"'


def contains(zone, x, y):
    return (
        zone["x"] <= x <= zone["x"] + zone["width"] and zone["y"] <= y <= zone["y"] + zone["height"]
    )


def where(x, y):
    """Where a point is, in words a beginner understands (and a screen reader can say)."""
    row = 0 if y < 100 / 3 else 1 if y < 200 / 3 else 2
    col = 0 if x < 100 / 3 else 1 if x < 200 / 3 else 2
    return position_words()[f"{row}{col}"]


def position_words():
    return {
        "00": gettext("en haut à gauche"),
        "01": gettext("en haut, au centre"),
        "02": gettext("en haut à droite"),
        "10": gettext("au milieu, à gauche"),
        "11": gettext("au centre de l'image"),
        "12": gettext("au milieu, à droite"),
        "20": gettext("en bas à gauche"),
        "21": gettext("en bas, au centre"),
        "22": gettext("en bas à droite"),
        # {where}, {x} and {y} are filled in by the script.
        "moved": gettext(
            "Repère {where} : {x} pour cent depuis la gauche, {y} pour cent depuis le haut."
        ),
        "placed": gettext("Repère placé {where}. Appuyez ensuite sur « Vérifier ma réponse »."),
    }


# Authoring ------------------------------------------------------------------------------------


class ImageBlock(ImageChooserBlock):
    """A required image, refused with a message that says what to do."""

    def clean(self, value):
        if value is None:
            raise ValidationError(_("Choisissez l'image sur laquelle la personne doit cliquer."))
        return super().clean(value)


class ZonesWidget(forms.Widget):
    """The zones as JSON in a textarea, with a drawer over the image (a Stimulus controller)
    and number inputs for keyboard users."""

    template_name = "exercises/widgets/click_zones.html"

    class Media:
        js = ["exercises/click_image_admin.js"]
        css = {"all": ["exercises/click_image_admin.css"]}

    def format_value(self, value):
        return "" if value is None else str(value)

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["preview_url"] = reverse("pasapas_click_image_preview", args=[0])
        return context


def _read_zone(item):
    if not isinstance(item, dict):
        return None
    numbers = []
    for key in ("x", "y", "width", "height"):
        value = item.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if not math.isfinite(value):
            return None
        numbers.append(round(float(value), 2))
    label = item.get("label") or ""
    if not isinstance(label, str):
        return None
    x, y, width, height = numbers
    return {"x": x, "y": y, "width": width, "height": height, "label": label.strip()}


def clean_zones(zones):
    if zones in (None, "", []):
        raise ValidationError(_("Dessinez au moins une zone juste sur l'image."))
    if not isinstance(zones, list):
        raise ValidationError(_("Les zones sont illisibles : dessinez-les de nouveau."))
    if len(zones) > MAX_ZONES:
        raise ValidationError(_("%(n)d zones au plus.") % {"n": MAX_ZONES})
    cleaned = []
    for number, item in enumerate(zones, start=1):
        zone = _read_zone(item)
        if zone is None:
            raise ValidationError(_("La zone %(n)d est illisible.") % {"n": number})
        if len(zone["label"]) > MAX_LABEL:
            raise ValidationError(_("Le nom de la zone %(n)d est trop long.") % {"n": number})
        inside = (
            0 <= zone["x"] < 100
            and 0 <= zone["y"] < 100
            and zone["width"] > 0
            and zone["height"] > 0
            and zone["x"] + zone["width"] <= 100.001
            and zone["y"] + zone["height"] <= 100.001
        )
        if not inside:
            raise ValidationError(
                _(
                    "La zone %(n)d sort de l'image ou n'a pas de taille : les nombres vont de "
                    "0 à 100, et la largeur et la hauteur ne peuvent pas être nulles."
                )
                % {"n": number}
            )
        cleaned.append(zone)
    return cleaned


class ZonesBlock(blocks.FieldBlock):
    """A list of rectangles {x, y, width, height, label}, in percent of the image. Stored as a
    JSON list; in the form, a JSON string the drawer keeps up to date."""

    def __init__(self, help_text=None, **kwargs):
        self.field = forms.CharField(required=False, widget=ZonesWidget(), help_text=help_text)
        super().__init__(**kwargs)

    @property
    def required(self):
        return True  # checked in clean, with a message that says what to do

    def to_python(self, value):
        if not isinstance(value, list):
            return []
        return [zone for zone in map(_read_zone, value) if zone is not None]

    def get_prep_value(self, value):
        return value if isinstance(value, list) else []

    def value_from_form(self, value):
        if not value:
            return []
        try:
            return loads_bounded(value, max_bytes=MAX_ZONES_JSON)
        except (TypeError, ValueError):
            return value  # kept as typed, refused by clean

    def value_for_form(self, value):
        if isinstance(value, str):
            return value
        return json.dumps(value or [], ensure_ascii=False)

    def get_form_state(self, value):
        return self.field.widget.format_value(self.value_for_form(value))

    def clean(self, value):
        return clean_zones(value)

    def normalize(self, value):
        return self.to_python(value) if isinstance(value, list) else value

    class Meta:
        icon = "crosshairs"
        default = []


class ClickImageBlock(ExerciseTypeBlock):
    image = ImageBlock(
        label=_("Image"),
        help_text=_(
            "Une capture d'écran, par exemple. Son texte alternatif est lu aux personnes "
            "qui ne voient pas l'image."
        ),
    )
    question = blocks.CharBlock(
        label=_("Question"),
        max_length=255,
        help_text=_("Par exemple : « Cliquez sur le bouton Démarrer. »"),
    )
    zones = ZonesBlock(
        label=_("Zones justes"),
        help_text=_("Dessinez sur l'image chaque endroit où le clic est juste."),
    )
    feedback_miss = blocks.CharBlock(
        label=_("Message quand le clic est à côté"),
        required=False,
        max_length=500,
        help_text=_("Par exemple : « Le bouton Démarrer est tout en bas à gauche de l'écran. »"),
    )

    class Meta:
        icon = "crosshairs"
        label = _("Cliquer sur l'image")
        description = _("Une image (une capture d'écran) où il faut cliquer au bon endroit.")
        preview_value = {
            "image": None,
            "question": "Cliquez sur le bouton Démarrer.",
            "zones": [{"x": 0, "y": 91, "width": 7, "height": 9, "label": "Démarrer"}],
            "feedback_miss": "Le bouton Démarrer est tout en bas à gauche de l'écran.",
        }


# The author's drawer: the chosen image, large enough to draw on ------------------------------


def image_preview(request, image_id):
    """The rendition the learner will see, for the zone drawer (an admin URL)."""
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_image_model())
    if not permission_policy.user_has_any_permission(request.user, ["choose", "add", "change"]):
        raise PermissionDenied
    images = permission_policy.instances_user_has_any_permission_for(
        request.user, ["choose", "change"]
    )
    image = images.filter(pk=image_id).first()
    if image is None:
        raise Http404
    rendition = get_rendition_or_not_found(image, RENDITION)
    if not rendition.width:  # its file is missing, or has more pixels than allowed
        raise Http404
    return JsonResponse(
        {
            "url": rendition.url,
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    )


# Learner side ---------------------------------------------------------------------------------


@dataclass
class ClickResult(ItemResult):
    """The verdict on the click, with what the template shows after an answer: where the
    marker is, in words, and on a right answer the zone it fell in."""

    where: str = ""
    zone: dict | None = None


def _percent(data, key):
    values = data.getlist(key)
    if len(values) > 1:
        raise AnswerError(gettext("Une réponse a été envoyée deux fois."))
    if not values or values[0] == "":
        raise AnswerError(gettext("Cliquez d'abord sur l'image pour placer votre repère."))
    value = text(values[0])
    if not PERCENT.fullmatch(value) or float(value) > 100:
        raise AnswerError(gettext("Position illisible sur l'image."))
    return round(float(value), 2)


def _pixels(data, key, size):
    values = data.getlist(key)
    if len(values) != 1 or not PIXELS.fullmatch(text(values[0])) or int(values[0]) > size:
        raise AnswerError(gettext("Position illisible sur l'image."))
    # The middle of the pixel clicked, in percent of the rendition shown at its own size.
    return round(min(100.0, (int(values[0]) + 0.5) * 100 / size), 2)


class ClickImage(ExerciseType):
    name = "click_image"
    label = _("Cliquer sur l'image")
    order = 70
    block_class = ClickImageBlock
    template = "exercises/types/click_image.html"
    script = "exercises/click_image.js"

    def picture(self, value):
        image = value.get("image")
        if image is None:
            return None
        # A missing file, or one with more pixels than allowed, gives Wagtail's placeholder.
        rendition = get_rendition_or_not_found(image, RENDITION)
        return rendition if rendition.width else None

    def prepare(self, value, exercise):
        image = value.get("image")
        rendition = self.picture(value)
        return {
            "question": value["question"],
            "image": rendition
            and {
                "url": rendition.url,
                "width": rendition.width,
                "height": rendition.height,
                "alt": image.default_alt_text,
            },
            "words": json.dumps(position_words(), ensure_ascii=False),
        }

    def parse(self, value, data, files):
        if "click.x" in data or "click.y" in data:
            # No JavaScript: the <input type="image"> sent pixels of the rendition.
            only_keys(data, ["click.x", "click.y"])
            rendition = self.picture(value)
            if rendition is None:
                raise AnswerError(gettext("L'image de cet exercice n'est plus là."))
            return {
                "x": _pixels(data, "click.x", rendition.width),
                "y": _pixels(data, "click.y", rendition.height),
            }
        only_keys(data, ["x", "y"])
        return {"x": _percent(data, "x"), "y": _percent(data, "y")}

    def score(self, value, answer):
        x, y = answer.get("x"), answer.get("y")
        if not isinstance(x, int | float) or not isinstance(y, int | float):
            return Outcome(0, 1)
        for zone in value["zones"]:
            if contains(zone, x, y):
                return Outcome(1, 1, [ClickResult("click", True, "", where(x, y), zone_box(zone))])
        return Outcome(0, 1, [ClickResult("click", False, value["feedback_miss"], where(x, y))])

    def secrets(self, value):
        return [zone_attributes(zone_box(zone)) for zone in value["zones"]]

    def sample(self):
        return {
            "image": sample_image(),
            "question": "Cliquez sur le bouton Démarrer.",
            "zones": [{"x": 0, "y": 91, "width": 7, "height": 9, "label": "Démarrer"}],
            "feedback_miss": "Le bouton Démarrer est tout en bas à gauche de l'écran.",
        }

    def example_answers(self, value):
        zones = value["zones"]
        first = zones[0]
        right = (first["x"] + first["width"] / 2, first["y"] + first["height"] / 2)
        wrong = next(
            (x, y)
            for x in range(5, 100, 5)
            for y in range(5, 100, 5)
            if not any(contains(zone, x, y) for zone in zones)
        )
        return {
            "right": {"x": _num(right[0]), "y": _num(right[1])},
            "wrong": {"x": _num(wrong[0]), "y": _num(wrong[1])},
            "partial": None,
        }


register(ClickImage())


# The sample screenshot: a fictional desktop, drawn once and kept by title ---------------------

SAMPLE_TITLE = "Exemple : bureau d'ordinateur (Pas à Pas)"
SAMPLE_ALT = (
    "Un bureau d'ordinateur : trois icônes en haut à gauche, une fenêtre « Mes photos » au "
    "milieu, et la barre des tâches tout en bas, avec l'heure à droite."
)


def sample_image():
    image_model = get_image_model()
    image = image_model.objects.filter(title=SAMPLE_TITLE).first()
    if image is None:
        from django.core.files.images import ImageFile
        from wagtail.models import Collection

        image = image_model(
            title=SAMPLE_TITLE,
            description=SAMPLE_ALT,
            collection=Collection.get_first_root_node(),
        )
        image.file = ImageFile(BytesIO(draw_desktop()), name="exemple-bureau.png")
        image.save()
    return image


def draw_desktop():
    """A 960 x 600 desktop: wallpaper, icons, a window, a taskbar with a Start button."""
    from PIL import Image, ImageDraw

    from images.fonts import font

    width, height, bar = 960, 600, 54
    picture = Image.new("RGB", (width, height), (54, 110, 160))
    draw = ImageDraw.Draw(picture)
    for i in range(height - bar):  # a calm gradient as wallpaper
        shade = int(40 * i / (height - bar))
        draw.line([(0, i), (width, i)], fill=(54 + shade, 110 + shade, 160 + shade // 2))
    for n, name in enumerate(["Corbeille", "Documents", "Internet"]):
        top = 24 + n * 104
        draw.rounded_rectangle((34, top, 90, top + 56), radius=8, fill=(240, 240, 235))
        draw.text((62, top + 66), name, font=font(16), fill="white", anchor="ma")
    draw.rectangle((250, 90, 810, 440), fill="white", outline=(40, 40, 40), width=2)
    draw.rectangle((250, 90, 810, 130), fill=(225, 230, 238))
    draw.text((266, 110), "Mes photos", font=font(20, True), fill=(27, 27, 27), anchor="lm")
    for n, mark in enumerate(["–", "□", "×"]):
        draw.text((722 + n * 34, 110), mark, font=font(22), fill=(27, 27, 27), anchor="mm")
    for n in range(6):
        left, top = 280 + (n % 3) * 170, 160 + (n // 3) * 130
        draw.rectangle((left, top, left + 140, top + 100), fill=(200, 220, 200 - n * 12))
    top = height - bar
    draw.rectangle((0, top, width, height), fill=(32, 36, 44))
    # The Start button: a square of four tiles, bottom left.
    draw.rectangle((4, top + 4, 60, height - 4), fill=(58, 64, 78))
    for dx, dy in [(0, 0), (14, 0), (0, 14), (14, 14)]:
        draw.rectangle((19 + dx, top + 14 + dy, 30 + dx, top + 25 + dy), fill=(120, 190, 255))
    draw.rounded_rectangle((76, top + 10, 330, height - 10), radius=16, fill=(235, 235, 235))
    draw.text((100, top + bar // 2), "Rechercher", font=font(18), fill=(80, 80, 80), anchor="lm")
    draw.rectangle((356, top + 12, 386, height - 12), fill=(240, 200, 80))
    draw.ellipse((408, top + 11, 440, height - 11), fill=(80, 160, 230))
    draw.text((920, top + 17), "14:30", font=font(16), fill="white", anchor="mm")
    draw.text((920, top + 38), "12/05", font=font(14), fill="white", anchor="mm")
    out = BytesIO()
    picture.save(out, format="PNG", optimize=True)
    return out.getvalue()
