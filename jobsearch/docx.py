# ruff: noqa: E501  (the XML parts read best one element a line)
"""The CV and the letter as a .docx that Word and LibreOffice open and edit (the office-tools
workshops use it too). Written as the few XML parts of the Office Open XML format with the
standard library: plain paragraphs with direct formatting, an A4 page, the photo if any."""

import io
import zipfile
from xml.sax.saxutils import escape

from django.utils import timezone

from .models import Design

BRAND = "0B4F8A"
SOFT = "4A4A4A"
FONT = "Arial"
EMU_PER_CM = 360000

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="jpeg" ContentType="image/jpeg"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="{BRAND}"/><w:sz w:val="25"/></w:rPr></w:style>
</w:styles>"""

W = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)


def _text(value):
    """Runs of text with line breaks kept; XML-escaped, control characters already gone."""
    parts = escape(value).split("\n")
    return "<w:br/>".join(f'<w:t xml:space="preserve">{part}</w:t>' for part in parts)


def paragraph(
    value, *, style="", bold=False, size=None, color=None, align="", shade="", keep=False
):
    ppr = []
    if style:
        ppr.append(f'<w:pStyle w:val="{style}"/>')
    if keep:
        ppr.append("<w:keepNext/>")
    if shade:
        ppr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>')
    if align:
        ppr.append(f'<w:jc w:val="{align}"/>')
    rpr = []
    if bold:
        rpr.append("<w:b/>")
    if color:
        rpr.append(f'<w:color w:val="{color}"/>')
    if size:
        rpr.append(f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>')
    return (
        f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>"
        f"<w:r><w:rPr>{''.join(rpr)}</w:rPr>{_text(value)}</w:r></w:p>"
    )


def _photo_paragraph(align="right"):
    width, height = int(2.7 * EMU_PER_CM), int(3.6 * EMU_PER_CM)
    return (
        f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr><w:r><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{width}" cy="{height}"/>'
        '<wp:docPr id="1" name="Photo" descr="Photo"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
        '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="photo.jpeg"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rIdPhoto"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
        "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>"
    )


def _package(body, *, title, author, photo=None):
    # A4, margins of 1.6 cm (in twentieths of a point).
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="907" w:right="907" w:bottom="907" w:left="907" w:header="0" '
        'w:footer="0" w:gutter="0"/></w:sectPr>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {W}><w:body>{''.join(body)}{section}</w:body></w:document>"
    )
    rels = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/styles" Target="styles.xml"/>'
    ]
    if photo:
        rels.append(
            '<Relationship Id="rIdPhoto" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/image" Target="media/photo.jpeg"/>'
        )
    rels.append("</Relationships>")
    now = timezone.now().strftime("%Y-%m-%dT%H:%M:%SZ")
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{now}</dcterms:created>'
        "</cp:coreProperties>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/styles.xml", STYLES)
        archive.writestr("word/_rels/document.xml.rels", "".join(rels))
        archive.writestr("docProps/core.xml", core)
        if photo:
            archive.writestr("word/media/photo.jpeg", photo)
    return buffer.getvalue()


def cv_docx(content, design, title):
    band = design == Design.BAND
    shade = BRAND if band else ""
    ink = "FFFFFF" if band else None
    body = []
    if content.photo:
        body.append(_photo_paragraph())
    if content.name:
        body.append(paragraph(content.name, style="Title", color=ink, shade=shade))
    if content.job:
        body.append(paragraph(content.job, bold=True, size=14, color=ink or BRAND, shade=shade))
    if content.contact:
        body.append(paragraph("  ·  ".join(content.contact), color=ink or SOFT, shade=shade))
    if content.summary:
        body.append(paragraph(content.summary))
    for section in content.sections:
        body.append(paragraph(section.title, style="Heading1"))
        for item in section.items:
            body.append(paragraph(item.title, bold=True, keep=True))
            if item.detail:
                body.append(paragraph(item.detail, color=SOFT))
            if item.description:
                body.append(paragraph(item.description))
        if section.inline:
            body.append(paragraph(" · ".join(section.lines)))
        else:
            body.extend(paragraph(f"•  {line}") for line in section.lines)
    return _package(body, title=title, author=content.name, photo=content.photo)


def letter_docx(content, design, title):
    band = design == Design.BAND
    body = []
    for number, line in enumerate(content.sender):
        body.append(
            paragraph(
                line,
                bold=number == 0,
                color="FFFFFF" if band else None,
                shade=BRAND if band else "",
            )
        )
    body.append(paragraph(""))
    body.extend(paragraph(line, align="right") for line in content.recipient)
    body.append(paragraph(""))
    body.append(paragraph(content.date, align="right"))
    body.append(paragraph(""))
    if content.subject:
        body.append(paragraph(content.subject, bold=True))
        body.append(paragraph(""))
    body.append(paragraph(content.salutation))
    body.extend(paragraph(part.strip()) for part in content.paragraphs)
    body.append(paragraph(content.closing))
    body.append(paragraph(""))
    if content.signature:
        body.append(paragraph(content.signature, align="right"))
    return _package(body, title=title, author=content.signature)
