import warnings

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    name = "images"
    verbose_name = _("Images")

    def ready(self):
        from pasapas.media import register_guard

        limit_pillow_pixels(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS)
        register_guard(original_guard)


ORIGINALS = "original_images/"


def original_guard(request, name):
    """The site's media route never serves an original whose personal data is hidden, but to
    the people who may change that picture (images.selectors)."""
    if not name.startswith(ORIGINALS):
        return True
    from images.selectors import original_visible_to

    return original_visible_to(request.user, name)


def limit_pillow_pixels(limit):
    """Pillow refuses (DecompressionBombError) an image of more than twice MAX_IMAGE_PIXELS: set
    to half the upload limit, an image opened anywhere (a rendition of a file stored before the
    limit, a restored backup, a drawing) is refused above it before its pixels are allocated.
    Pillow's warning between the half and the limit says nothing more: it is silenced."""
    from PIL import Image

    if limit:
        Image.MAX_IMAGE_PIXELS = limit // 2
        warnings.filterwarnings("ignore", category=Image.DecompressionBombWarning)
