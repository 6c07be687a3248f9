"""The mark a page sends so that the offline worker keeps it (offline/service_worker.js)."""

from urllib.parse import quote

LESSON_HEADER = "Pasapas-Offline-Lesson"


def mark_lesson(response, title):
    """The title, percent-encoded (a header is ASCII), names the lesson in the saved list."""
    response[LESSON_HEADER] = quote(title, safe="")
    return response
