"""Every JSON body is judged before any view reads it, including the views the site does not
write (Wagtail's admin API, its choosers): Python's parser recurses, and 20,000 nested brackets
posted to /admin/api/ were a RecursionError. Too deep is refused with a plain 400; the site's
own views still parse with json_limits.loads_bounded, under their own size caps."""

from django.conf import settings
from django.http import JsonResponse

from .json_limits import MAX_DEPTH, TOO_DEEP, depth_exceeds


def is_json(request):
    """application/json, text/json and the application/*+json family."""
    return request.content_type.lower().endswith(("/json", "+json"))


class JSONBodyGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_json(request) and self._too_deep(request):
            message = str(TOO_DEEP)
            return JsonResponse({"error": message, "message": message}, status=400)
        return self.get_response(request)

    @staticmethod
    def _too_deep(request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return False  # Django refuses an unreadable length itself
        cap = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if not length or (cap is not None and length > cap):
            return False  # nothing to read, or Django's own size refusal (a 400) comes first
        # Brackets are ASCII in every encoding json accepts (UTF-8, -16, -32), so a lenient
        # decoding counts them all; strings are skipped as in loads_bounded.
        return depth_exceeds(request.body.decode("utf-8", errors="replace"), MAX_DEPTH)
