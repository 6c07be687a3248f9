"""Shared by the job-search tests: a learner, images made on the spot, files read back."""

import io
import re
import zipfile
from xml.etree import ElementTree

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from pypdf import PdfReader

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def picture(width=800, height=600, fmt="JPEG", colour=(200, 120, 40)):
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, fmt)
    return out.getvalue()


def upload(data, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def pdf_pages(data):
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() for page in reader.pages]


def docx_paragraphs(data):
    """The text of each paragraph of a .docx, read from its XML as Word would."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= names
        # Our own file, made by the site in the test: not untrusted input.
        root = ElementTree.fromstring(archive.read("word/document.xml"))  # noqa: S314
    paragraphs = []
    for paragraph in root.iter(f"{W}p"):
        parts = []
        for node in paragraph.iter():
            if node.tag == f"{W}t":
                parts.append(node.text or "")
            elif node.tag == f"{W}br":
                parts.append("\n")
        paragraphs.append("".join(parts))
    return paragraphs


def docx_page_breaks(data):
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml").decode()
    return len(re.findall(r'w:type="page"|pageBreakBefore', xml))


def client_of(user=None):
    """A browser signed in as this person (or nobody)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client
