"""Printable memo sheets: an A4 PDF drawn with Pillow, large type, one idea a line."""

from io import BytesIO

from .drawing import BRAND, INK, SOFT, canvas, font, wrapped_text

A4_150DPI = (1240, 1754)


def render_sheet(title, lines):
    image, draw = canvas(*A4_150DPI, color=(255, 255, 255))
    draw.rectangle((0, 0, A4_150DPI[0], 24), fill=BRAND)
    y = wrapped_text(draw, (110, 120), title, 1020, size=60, bold=True, fill=BRAND, spacing=14)
    y += 40
    for line in lines:
        draw.ellipse((110, y + 16, 126, y + 32), fill=INK)
        y = wrapped_text(draw, (150, y), line, 980, size=38, spacing=12) + 22
    footer = "Pas à Pas — fiche mémo de l'Espace Numérique"
    draw.text((110, A4_150DPI[1] - 110), footer, font=font(28), fill=SOFT)
    buffer = BytesIO()
    image.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()
