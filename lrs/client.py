"""The HTTP side of an LRS: one POST of a batch of statements (xAPI 1.0.3, basic auth or a
whole Authorization header). The standard library is enough; every failure becomes an answer
the outbox knows how to wait on."""

import base64
import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings


@dataclass
class Answer:
    status: int  # 0: no answer at all (refused connection, timeout)
    detail: str = ""

    @property
    def stored(self):
        # 200: the new ids; 204: all were already there (an LRS keeps one statement per id).
        return self.status in (200, 204)

    @property
    def conflict(self):
        return self.status == 409  # a different statement already has one of these ids

    @property
    def refused(self):
        # One of the statements is not valid for this LRS (Ralph answers 422, others 400), or
        # the batch is too large for it: sent one by one, the bad one is set aside.
        return self.status in (400, 413, 422)


def configured():
    return bool(settings.LRS_URL)


def _headers():
    headers = {
        "Content-Type": "application/json",
        "X-Experience-API-Version": "1.0.3",
    }
    if settings.LRS_AUTHORIZATION:
        headers["Authorization"] = settings.LRS_AUTHORIZATION
    elif settings.LRS_USERNAME:
        pair = f"{settings.LRS_USERNAME}:{settings.LRS_PASSWORD}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(pair).decode()
    return headers


def statements_url():
    return settings.LRS_URL.rstrip("/") + "/statements"


def post_statements(statements):
    url = statements_url()
    if not url.startswith(("http://", "https://")):
        return Answer(0, "LRS_URL must be an http(s) address")
    request = urllib.request.Request(  # noqa: S310 (http or https, checked above)
        url,
        data=json.dumps(statements).encode(),
        headers=_headers(),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.LRS_TIMEOUT) as response:  # noqa: S310
            response.read()
            return Answer(response.status)
    except urllib.error.HTTPError as error:
        return Answer(error.code, error.read(300).decode("utf-8", "replace"))
    except (OSError, ValueError) as error:  # refused, reset, timeout, bad address
        return Answer(0, str(error)[:300])
