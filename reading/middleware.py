from .choice import COOKIE, COOKIE_AGE, ReadingChoice


def set_choice_cookie(response, choice):
    response.set_cookie(COOKIE, choice.to_cookie(), max_age=COOKIE_AGE, samesite="Lax")


class ReadingChoiceMiddleware:
    """The page is drawn with the reader's classes from the server: no flash of small text
    before a script runs, and it works without JavaScript."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.reading = ReadingChoice.from_cookie(request.COOKIES.get(COOKIE))
        request.reading_changed = False
        response = self.get_response(request)
        if request.reading_changed:
            set_choice_cookie(response, request.reading)
        return response
