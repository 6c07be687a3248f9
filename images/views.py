"""The admin's annotation editor: draw on a screenshot, see the server's drawing, save. Each
view answers only for a picture the person may change (Wagtail's image permissions)."""

import io
import json

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image as PILImage

from images import annotations as drawing
from images.models import TOO_MANY_PIXELS
from images.selectors import images_user_may_change
from images.services import image_annotations_set

PREVIEW_SIZE = (1000, 800)


def _script_text():
    """The editor script's words, translated here: the script itself holds none."""
    return {
        "marker": _("Repère"),
        "arrow": _("Flèche"),
        "circle": _("Cercle"),
        "box": _("Encadré"),
        "blur": _("Zone floutée"),
        "cover": _("Zone masquée"),
        "label": _("Ce que montre le repère %(n)s (lu aux personnes qui ne voient pas l'image)"),
        "x": _("depuis la gauche, en pourcentage"),
        "y": _("depuis le haut, en pourcentage"),
        "w": _("largeur, en pourcentage"),
        "h": _("hauteur, en pourcentage"),
        "x1": _("départ depuis la gauche, en pourcentage"),
        "y1": _("départ depuis le haut, en pourcentage"),
        "x2": _("pointe depuis la gauche, en pourcentage"),
        "y2": _("pointe depuis le haut, en pourcentage"),
        "delete": _("Supprimer : %(name)s"),
        "deleted": _("Élément supprimé : %(name)s."),
        "added": _("Élément ajouté : %(name)s."),
        "nothing": _("Rien à annuler."),
        "undone": _("Dernière action annulée."),
    }


def _image(request, image_id):
    image = images_user_may_change(request.user).filter(pk=image_id).first()
    if image is None or image.is_svg():
        raise Http404
    return image


def annotate(request, image_id):
    image = _image(request, image_id)
    errors = []
    raw = json.dumps(image.annotations or drawing.EMPTY)
    if request.method == "POST":
        raw = request.POST.get("annotations", "")
        try:
            image_annotations_set(image=image, raw=raw)
        except ValidationError as error:
            errors = error.messages
        else:
            messages.success(
                request,
                _("Les annotations de « %(title)s » sont enregistrées.") % {"title": image.title},
            )
            return redirect("images_annotate", image_id=image.pk)
    return render(
        request,
        "images/annotate.html",
        {
            "image": image,
            "annotations_json": raw,
            "script_text": _script_text(),
            "errors": errors,
            "palette": drawing.PALETTE,
            "max_label": drawing.MAX_LABEL,
            "original_url": reverse("images_annotate_original", args=[image.pk]),
            "preview_url": reverse("images_annotate_preview", args=[image.pk]),
            "header_title": _("Annoter « %(title)s »") % {"title": image.title},
        },
        status=400 if errors else 200,
    )


def original(request, image_id):
    """The original file, for the editor to draw on: for the people who may change it only."""
    image = _image(request, image_id)
    try:
        handle = image.file.storage.open(image.file.name, "rb")
    except OSError as error:
        raise Http404 from error
    response = FileResponse(handle)
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def preview(request, image_id):
    """The picture as the server draws it with the annotations posted (not stored): the editor
    shows it beside the drawing, blur included."""
    image = _image(request, image_id)
    try:
        data = drawing.parse(request.POST.get("annotations", ""))
    except ValidationError as error:
        return HttpResponseBadRequest(" ".join(error.messages), content_type="text/plain")
    try:
        with image.open_file() as handle:
            picture = PILImage.open(io.BytesIO(handle.read()))
            picture.load()
    except (OSError, *TOO_MANY_PIXELS) as error:  # a missing file, or beyond the pixel limit
        raise Http404 from error
    picture = drawing.draw(picture, data)
    picture.thumbnail(PREVIEW_SIZE)
    out = io.BytesIO()
    picture.save(out, "PNG")
    response = HttpResponse(out.getvalue(), content_type="image/png")
    response["Cache-Control"] = "private, no-store"
    return response
