"""The CV photo: checked, turned upright (and a quarter turn more if the learner asked), cut to
3 × 4 — the frame the learner chose in the browser, or the centre without JavaScript — and made
small, so that what is kept is a plain JPEG of a few dozen kilobytes, whatever was sent.

The browser only proposes a frame: it is checked here against the picture itself, which is
opened again whatever the browser said about it."""

import io
import warnings
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

from . import limits

ACCEPTED = {"JPEG", "PNG", "WEBP", "GIF", "MPO"}
# Clockwise degrees asked for → Pillow's transpose (whose ROTATE_n turn anticlockwise).
TURNS = {
    0: None,
    90: Image.Transpose.ROTATE_270,
    180: Image.Transpose.ROTATE_180,
    270: Image.Transpose.ROTATE_90,
}
SMALLEST_FRAME = 60  # points of the picture: below that a face is a blur
RATIO_SLACK = 0.05  # the browser rounds: 3 × 4 give or take 5 %


@dataclass(frozen=True)
class Frame:
    """A box on the upright, turned picture, in its points: left, top, width, height."""

    x: int
    y: int
    width: int
    height: int


def bad_frame():
    return ValidationError(
        _(
            "Le cadre choisi ne va pas avec cette photo. Choisissez la photo à nouveau "
            "et placez le cadre sur votre visage."
        ),
        code="bad_frame",
    )


def _open_checked(upload):
    """The picture, upright and in RGB, or a ValidationError in plain French."""
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
    if image.mode in ("RGBA", "LA", "P", "PA"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image.convert("RGB")


def _check_frame(frame, size):
    width, height = size
    if frame.width < SMALLEST_FRAME or frame.height < SMALLEST_FRAME:
        raise bad_frame()
    if frame.x < 0 or frame.y < 0:
        raise bad_frame()
    if frame.x + frame.width > width or frame.y + frame.height > height:
        raise bad_frame()
    ratio = frame.height / frame.width
    if abs(ratio - 4 / 3) > 4 / 3 * RATIO_SLACK:
        raise bad_frame()


def framed(upload, *, frame=None, turn=0):
    """The JPEG bytes to keep: `turn` degrees clockwise (0, 90, 180, 270), then `frame` cut
    out (or the centre when there is none), or a ValidationError in plain French."""
    if turn not in TURNS:
        raise bad_frame()
    image = _open_checked(upload)
    if TURNS[turn] is not None:
        image = image.transpose(TURNS[turn])
    if frame is not None:
        _check_frame(frame, image.size)
        image = image.crop((frame.x, frame.y, frame.x + frame.width, frame.y + frame.height))
    # ImageOps.fit trims the browser's rounding off a chosen frame, and centres without one.
    image = ImageOps.fit(image, limits.PHOTO_SIZE, method=Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def centre_crop(upload):
    """The JPEG bytes of the picture's centre, 3 × 4 (the page without JavaScript)."""
    return framed(upload)
