"""The CV and the letter as A4 PDFs, drawn on request with the certificates' fonts (every
accented name right). Two sober designs; the page count comes back so that the page can warn
when a CV runs over one page."""

import io
from xml.sax.saxutils import escape

from django.conf import settings
from django.utils import translation
from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

from certificates.pdf import drawable, fonts

from .models import Design

BRAND = HexColor("#0b4f8a")
INK = HexColor("#1b1b1b")
SOFT = HexColor("#4a4a4a")
MARGIN = 1.6 * cm


def _styles():
    regular, bold = fonts(tuple(settings.CERTIFICATE_FONTS))
    base = {"fontName": regular, "textColor": INK, "fontSize": 10.5, "leading": 14}
    return regular, {
        "name": ParagraphStyle("name", **{**base, "fontName": bold, "fontSize": 22, "leading": 26}),
        "job": ParagraphStyle(
            "job", **{**base, "fontName": bold, "fontSize": 13.5, "leading": 18, "textColor": BRAND}
        ),
        "contact": ParagraphStyle("contact", **{**base, "textColor": SOFT}),
        "heading": ParagraphStyle(
            "heading",
            **{**base, "fontName": bold, "fontSize": 12.5, "leading": 16, "textColor": BRAND},
            spaceBefore=10,
        ),
        "item": ParagraphStyle("item", **{**base, "fontName": bold}),
        "detail": ParagraphStyle("detail", **{**base, "textColor": SOFT}),
        "body": ParagraphStyle("body", **base),
        "right": ParagraphStyle("right", **base, alignment=TA_RIGHT),
    }


def _p(value, style):
    """A paragraph of plain text: escaped (the learner's text is never markup), newlines kept."""
    shown = escape(drawable(value, style.fontName)).replace("\n", "<br/>")
    return Paragraph(shown, style)


def _band(flowables, width, design):
    """The name block: on a band of colour in the « bandeau » design."""
    if design != Design.BAND:
        return flowables
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BRAND),
                ("LEFTPADDING", (0, 0), (-1, -1), 12),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 10),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ]
        )
    )
    return [table]


def _build(story, title, author):
    buffer = io.BytesIO()
    language = translation.get_language() or "fr"
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        creator="Pas à Pas",
        lang=language,
    )
    doc.build(story)
    return buffer.getvalue(), doc.page


def cv_pdf(content, design, title):
    """(PDF bytes, number of pages) of a CV's content (jobsearch.content.CVContent)."""
    _regular, style = _styles()
    width = A4[0] - 2 * MARGIN
    band = design == Design.BAND
    name_style, job_style, contact_style = style["name"], style["job"], style["contact"]
    if band:
        name_style = ParagraphStyle("name-band", parent=name_style, textColor=white)
        job_style = ParagraphStyle("job-band", parent=job_style, textColor=white)
        contact_style = ParagraphStyle("contact-band", parent=contact_style, textColor=white)
    head = []
    if content.name:
        head.append(_p(content.name, name_style))
    if content.job:
        head.append(_p(content.job, job_style))
    if content.contact:
        head.append(_p("  ·  ".join(content.contact), contact_style))
    if content.photo:
        photo = Image(io.BytesIO(content.photo), width=2.7 * cm, height=3.6 * cm)
        table = Table([[head, photo]], colWidths=[width - 3.2 * cm - 24, 3.2 * cm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ]
            )
        )
        head = [table]
    story = _band(head, width, design)
    story.append(Spacer(1, 8))
    if content.summary:
        story.append(_p(content.summary, style["body"]))
    for section in content.sections:
        heading = _p(section.title, style["heading"])
        heading.keepWithNext = True
        story.append(heading)
        rule = (
            HRFlowable(width="100%", thickness=1, color=BRAND, spaceAfter=4)
            if not band
            else Spacer(1, 3)
        )
        rule.keepWithNext = True
        story.append(rule)
        for item in section.items:
            lines = [_p(item.title, style["item"])]
            if item.detail:
                lines.append(_p(item.detail, style["detail"]))
            if item.description:
                lines.append(_p(item.description, style["body"]))
            lines.append(Spacer(1, 4))
            story.append(KeepTogether(lines))
        if section.inline:
            story.append(_p(" · ".join(section.lines), style["body"]))
        else:
            story.extend(_p(f"•  {line}", style["body"]) for line in section.lines)
    return _build(story, title, content.name or "Pas à Pas")


def letter_pdf(content, design, title):
    """(PDF bytes, number of pages) of a letter's content (jobsearch.content.LetterContent)."""
    _regular, style = _styles()
    width = A4[0] - 2 * MARGIN
    story = []
    if content.sender:
        first, *rest = content.sender
        strong, plain = style["item"], style["body"]
        if design == Design.BAND:
            strong = ParagraphStyle("sender-band", parent=strong, textColor=white)
            plain = ParagraphStyle("sender-band-body", parent=plain, textColor=white)
        head = [_p(first, strong)] + [_p(line, plain) for line in rest]
        story.extend(_band(head, width, design))
    story.append(Spacer(1, 18))
    if content.recipient:
        right = ParagraphStyle("recipient", parent=style["body"], leftIndent=width / 2)
        story.extend(_p(line, right) for line in content.recipient)
        story.append(Spacer(1, 14))
    story.append(_p(content.date, style["right"]))
    story.append(Spacer(1, 18))
    if content.subject:
        story.append(_p(content.subject, style["item"]))
        story.append(Spacer(1, 14))
    story.append(_p(content.salutation, style["body"]))
    story.append(Spacer(1, 8))
    for paragraph in content.paragraphs:
        story.append(_p(paragraph.strip(), style["body"]))
        story.append(Spacer(1, 8))
    story.append(_p(content.closing, style["body"]))
    story.append(Spacer(1, 24))
    if content.signature:
        story.append(_p(content.signature, style["right"]))
    return _build(story, title, content.signature or "Pas à Pas")
