"""`/sante/`: a health check for the container, answered before host and HTTPS checks so that
the orchestrator can call it on 127.0.0.1 over plain HTTP."""

from django.db import connection
from django.http import HttpResponse

HEALTH_PATH = "/sante/"


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != HEALTH_PATH:
            return self.get_response(request)
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except Exception:  # noqa: BLE001 (any database failure means "not healthy")
            return HttpResponse(
                "base de données injoignable", status=503, content_type="text/plain; charset=utf-8"
            )
        return HttpResponse("ok", content_type="text/plain; charset=utf-8")
