"""Gzip for what shrinks: pages, JSON, styles and scripts. Pictures (a lesson's screenshots are
JPEG and PNG), fonts, archives and PDF are compressed already: gzipping them again on every
request cost the web workers CPU for a few bytes at best."""

from django.middleware.gzip import GZipMiddleware

PACKED_TYPES = ("image/", "audio/", "video/", "font/woff")
PACKED_EXACT = {
    "application/zip",
    "application/gzip",
    "application/x-gzip",
    "application/pdf",
    "application/font-woff",
    "application/font-woff2",
}


def packed_already(content_type):
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind == "image/svg+xml":
        return False  # text: it shrinks
    return kind.startswith(PACKED_TYPES) or kind in PACKED_EXACT


class TextGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware (with its padding against BREACH), skipping packed types."""

    def process_response(self, request, response):
        if packed_already(response.get("Content-Type", "")):
            return response
        return super().process_response(request, response)
