"""Pas à Pas: the site as a whole (settings, URLs, WSGI/ASGI)."""
