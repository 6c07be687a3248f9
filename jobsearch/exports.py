"""A document's files (PDF and .docx) with their names, for the download views and the
privacy export alike."""

import re
import unicodedata

from . import content, docx, pdf, selectors


def _file_name(prefix, name, extension):
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-")[:60]
    return f"{prefix}-{slug}.{extension}" if slug else f"{prefix}.{extension}"


def cv_pdf(cv, entries=None):
    """(bytes, pages, file name); `entries` when the caller has them already."""
    shown = content.cv_content(cv, selectors.entries_of(cv) if entries is None else entries)
    pdf_bytes, pages = pdf.cv_pdf(shown, cv.design, cv.title)
    return pdf_bytes, pages, _file_name("CV", shown.name, "pdf")


def cv_docx(cv):
    shown = content.cv_content(cv, selectors.entries_of(cv))
    return docx.cv_docx(shown, cv.design, cv.title), _file_name("CV", shown.name, "docx")


def letter_pdf(letter):
    shown = content.letter_content(letter)
    pdf_bytes, pages = pdf.letter_pdf(shown, letter.design, letter.title)
    return pdf_bytes, pages, _file_name("Lettre", shown.signature, "pdf")


def letter_docx(letter):
    shown = content.letter_content(letter)
    return (
        docx.letter_docx(shown, letter.design, letter.title),
        _file_name("Lettre", shown.signature, "docx"),
    )
