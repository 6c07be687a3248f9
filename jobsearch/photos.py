"""The CV photo: checked, turned upright, cropped to 3 × 4 around its centre and made small,
so that what is kept is a plain JPEG of a few dozen kilobytes, whatever was sent."""

import io
import warnings

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from . import limits

ACCEPTED = {"JPEG", "PNG", "WEBP", "GIF", "MPO"}


def centre_crop(upload):
    """The JPEG bytes to keep, or a ValidationError in plain French."""
    if upload is None:
        raise ValidationError(_("Choisissez une photo sur l'ordinateur ou le téléphone."))
    if upload.size > limits.PHOTO_BYTES:
        raise ValidationError(
            _("Cette photo est trop lourde (plus de %(mb)s Mo). Choisissez-en une autre.")
            % {"mb": limits.PHOTO_BYTES // (1024 * 1024)}
        )
    not_a_photo = ValidationError(
        _("Ce fichier n'est pas une photo que nous savons lire (JPEG ou PNG).")
    )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(upload)
            if image.format not in ACCEPTED:
                raise not_a_photo
            width, height = image.size
            if width * height > limits.PHOTO_PIXELS:
                raise ValidationError(
                    _("Cette photo est trop grande (%(w)s × %(h)s points) : prenez-en une autre.")
                    % {"w": width, "h": height}
                )
            image.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, EOFError) as error:
        raise not_a_photo from error
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise ValidationError(
            _("Cette photo est trop grande. Choisissez-en une plus petite.")
        ) from error
    image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        image = flat
    else:
        image = image.convert("RGB")
    image = ImageOps.fit(image, limits.PHOTO_SIZE, method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()
