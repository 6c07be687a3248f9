"""The certificate as a one-page A4 PDF, drawn on request (no stored file: nothing to go
stale or half-written). A plain sans-serif font, large type, one calm colour, a QR code of
the check page and the same address in text for those who type it."""

import functools
import io
import logging
import unicodedata
from pathlib import Path

from django.conf import settings
from django.utils import translation
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

logger = logging.getLogger(__name__)

BRAND = HexColor("#0b4f8a")
INK = HexColor("#1b1b1b")
SOFT = HexColor("#4a4a4a")
FALLBACK = ("Helvetica", "Helvetica-Bold")
# Letters with no accent to take off that Helvetica's encoding still lacks.
FOLD = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "Ħ": "H"})


@functools.cache
def fonts(paths):
    """(regular, bold) font names: the TrueType pair at `paths`, else Helvetica."""
    if not all(Path(path).is_file() for path in paths):
        logger.warning("Certificate fonts not found (%s): Helvetica instead.", ", ".join(paths))
        return FALLBACK
    names = tuple(f"PasAPas-{i}-{Path(path).stem}" for i, path in enumerate(paths))
    try:
        loaded = [TTFont(name, path) for name, path in zip(names, paths, strict=True)]
    except TTFError as error:
        logger.warning("Certificate fonts unreadable (%s): Helvetica instead.", error)
        return FALLBACK
    for font in loaded:
        registerFont(font)
    return names


def drawable(text, font):
    """The text as the font can draw it: Helvetica knows only Western European letters, so
    « Nguyễn » becomes « Nguyen » there rather than black boxes."""
    if font not in FALLBACK:
        return text
    kept = []
    for char in text.translate(FOLD):
        try:
            char.encode("cp1252")
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", char).encode("cp1252", "ignore").decode("cp1252")
            char = base or "?"
        kept.append(char)
    return "".join(kept)


def _centred_lines(canvas, text, y, font, size, width, leading=1.25):
    """Draw text centred, wrapped to width; return the y below it."""
    canvas.setFont(font, size)
    page_width = A4[0]
    for line in simpleSplit(drawable(text, font), font, size, width):
        canvas.drawCentredString(page_width / 2, y, line)
        y -= size * leading
    return y


def _url_lines(url, font, size, width):
    """An address has no spaces to wrap at: cut it after a « / » when it is too wide."""
    lines, current = [], ""
    for part in url.replace("/", "/\n").split("\n"):
        if current and stringWidth(current + part, font, size) > width:
            lines.append(current)
            current = ""
        current += part
    return [*lines, current] if current else lines


def _qr(canvas, data, x, y, size):
    widget = QrCodeWidget(data, barLevel="M", barBorder=2)
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        size, size, transform=[size / (right - left), 0, 0, size / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def certificate_pdf(certificate, check_url):
    """The PDF bytes of one certificate; check_url is the absolute address of its check page."""
    regular, bold = fonts(tuple(settings.CERTIFICATE_FONTS))
    buffer = io.BytesIO()
    language = translation.get_language() or "fr"
    canvas = Canvas(buffer, pagesize=A4, lang=language, pageCompression=1)
    title = _("Attestation de réussite")
    canvas.setTitle(f"{title} — {certificate.course_title}")
    canvas.setAuthor(certificate.centre_name or "Pas à Pas")
    canvas.setSubject(
        _("Attestation %(code)s : %(course)s")
        % {
            "code": certificate.code,
            "course": certificate.course_title,
        }
    )
    canvas.setCreator("Pas à Pas")

    width, height = A4
    margin = 1.5 * cm
    text_width = width - 2 * margin - 2 * cm
    # A calm frame: one thick line in the brand colour, one thin inside it.
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(4)
    canvas.rect(margin, margin, width - 2 * margin, height - 2 * margin)
    canvas.setLineWidth(0.75)
    canvas.rect(margin + 8, margin + 8, width - 2 * margin - 16, height - 2 * margin - 16)

    y = height - margin - 2.5 * cm
    canvas.setFillColor(BRAND)
    y = _centred_lines(canvas, "Pas à Pas", y, bold, 16, text_width)
    if certificate.centre_name:
        canvas.setFillColor(SOFT)
        y = _centred_lines(canvas, certificate.centre_name, y, regular, 14, text_width)

    y -= 1.5 * cm
    canvas.setFillColor(BRAND)
    y = _centred_lines(canvas, title, y, bold, 32, text_width)
    canvas.setStrokeColor(BRAND)
    canvas.setLineWidth(1.5)
    canvas.line(width / 2 - 3 * cm, y + 12, width / 2 + 3 * cm, y + 12)

    y -= 1.2 * cm
    canvas.setFillColor(INK)
    y = _centred_lines(canvas, _("Nous attestons que"), y, regular, 16, text_width)
    y -= 0.3 * cm
    name = certificate.learner_name or _("(nom effacé)")
    y = _centred_lines(canvas, name, y, bold, 26, text_width)
    y -= 0.3 * cm
    y = _centred_lines(canvas, _("a terminé l'atelier"), y, regular, 16, text_width)
    y -= 0.3 * cm
    y = _centred_lines(canvas, f"« {certificate.course_title} »", y, bold, 20, text_width)
    y -= 0.3 * cm
    lessons = translation.ngettext(
        "soit %(n)s leçon suivie jusqu'au bout",
        "soit %(n)s leçons suivies jusqu'au bout",
        certificate.lesson_count,
    ) % {"n": certificate.lesson_count}
    y = _centred_lines(canvas, lessons, y, regular, 16, text_width)
    if certificate.centre_name:
        y = _centred_lines(
            canvas,
            _("au centre %(centre)s") % {"centre": certificate.centre_name},
            y,
            regular,
            16,
            text_width,
        )
    y -= 0.6 * cm
    issued = date_format(localtime(certificate.issued_at), "j F Y")
    _centred_lines(canvas, _("Délivrée le %(date)s") % {"date": issued}, y, regular, 16, text_width)

    # The check: QR code on the left, the code and the address in text on the right.
    qr_size = 4 * cm
    qr_x, qr_y = margin + 1 * cm, margin + 1 * cm
    _qr(canvas, check_url, qr_x, qr_y, qr_size)
    x = qr_x + qr_size + 0.6 * cm
    column = width - margin - 1 * cm - x
    canvas.setFillColor(INK)
    canvas.setFont(regular, 12)
    line_y = qr_y + qr_size - 14
    canvas.drawString(x, line_y, _("Code de vérification :"))
    line_y -= 24
    canvas.setFont(bold, 18)
    canvas.drawString(x, line_y, certificate.code)
    line_y -= 22
    canvas.setFont(regular, 11)
    canvas.setFillColor(SOFT)
    check_text = _("Pour vérifier cette attestation, scannez le code QR ou ouvrez :")
    for line in simpleSplit(check_text, regular, 11, column):
        canvas.drawString(x, line_y, line)
        line_y -= 14
    canvas.setFont(regular, 10)
    canvas.setFillColor(BRAND)
    for line in _url_lines(check_url, regular, 10, column):
        canvas.drawString(x, line_y, line)
        canvas.linkURL(check_url, (x, line_y - 2, x + column, line_y + 10), relative=0)
        line_y -= 13

    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
