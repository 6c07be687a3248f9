"""Writes of the images app: the annotations of a picture, and the renditions drawn from them."""

from django.db import transaction

from images import annotations as drawing
from images.stamp import renew


def image_annotations_set(*, image, raw):
    """Check the annotations (a ValidationError in plain French, nothing stored), store them and
    drop the renditions drawn from the former ones: the next page draws them anew. The original
    file is not opened."""
    data = drawing.parse(raw)
    if not data["shapes"]:
        data = {}
    with transaction.atomic():
        image.annotations = data
        image.save(update_fields=["annotations"])
        # One by one, so that Wagtail deletes each file and forgets it in its rendition cache.
        for rendition in image.renditions.all():
            rendition.delete()
        transaction.on_commit(renew)
    return image
