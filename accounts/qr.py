"""QR codes as inline SVG: no image file to store, sharp when printed."""

import qrcode
import qrcode.image.svg
from django.utils.html import escape
from django.utils.safestring import mark_safe


def qr_svg(data, label):
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    svg = image.to_string(encoding="unicode")
    svg = svg[svg.index("<svg") :]
    return mark_safe(  # noqa: S308 (our own SVG; the label is escaped)
        svg.replace("<svg", f'<svg role="img" aria-label="{escape(label)}"', 1)
    )
