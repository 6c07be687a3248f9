"""Small HTTP helpers the exercise endpoints share."""

from django.middleware.csrf import CsrfViewMiddleware


def csrf_failed(request):
    """Django's CSRF check, so that a view can answer a failure with a 400 and a message
    instead of Django's bare 403."""
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is not None


def body_length(request):
    """The announced body size; an unreadable one counts as too large."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
