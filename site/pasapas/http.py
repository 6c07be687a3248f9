"""Small request helpers the apps' views share."""

import functools
import ipaddress

from django.conf import settings
from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from .json_limits import UNREADABLE, JSONRefused, loads_bounded


def wants_json(request):
    """A script's request (fetch with Accept: JSON, or XMLHttpRequest), not a page's."""
    accept = request.headers.get("Accept", "")
    return "application/json" in accept or request.headers.get("X-Requested-With") == (
        "XMLHttpRequest"
    )


def next_url(request, fallback):
    """The `next` the form sent, if it is an address of this site; else `fallback`. A path
    (« /... ») or a full address only: a bare word would be read by redirect() as a view's
    name (a server error)."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    is_address = candidate.startswith("/") or candidate.startswith(("http://", "https://"))
    if is_address and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def client_ip(request):
    """The address of the person, as the trusted proxies in front of the site saw it.

    `TRUSTED_PROXIES` is how many reverse proxies stand in front of the site, each adding the
    address it saw to the end of X-Forwarded-For (nginx's $proxy_add_x_forwarded_for, most
    managed balancers). The person's address is then the N-th entry from the end: anything
    before it was written by the client and is never believed. With 0 (no proxy), the header
    is ignored. A header shorter than N, or an entry that is not an address, falls back to the
    connecting address rather than to anything the client wrote.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXIES
    if count <= 0:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < count:
        return remote
    try:
        return str(ipaddress.ip_address(hops[-count]))
    except ValueError:
        return remote


class PostRefused(Exception):
    """A script's post that cannot be read; `message` is for the person, `status` for HTTP."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def body_length(request):
    """The announced body size; an unreadable one counts as too large."""
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None


def check_post(request, *, max_bytes, too_large=None):
    """The size of a script's post, from its announced length, before anything is read.
    Raises PostRefused with a plain message. (Its CSRF token is Django's middleware's to check;
    a view says what a failure tells the person with csrf_refusal.)"""
    length = body_length(request)
    if length is None or length > max_bytes:
        raise PostRefused(too_large or _("L'envoi est trop gros."), 413)


def csrf_refusal(respond):
    """What a CSRF failure on this view answers: `respond(request)`, instead of the expired
    page (pasapas.errors.csrf_failure, the CSRF_FAILURE_VIEW, looks for it)."""

    def decorate(view):
        view.csrf_refusal = respond
        return view

    return decorate


def csrf_for_signed_in(view):
    """CSRF is checked for a signed-in person only. A visitor without an account posts without
    a token: what they post writes nothing kept (a preference in a cookie, an answer tried),
    and the pages they post from carry no token, so they can come from the shared page cache
    (courses.anonymous_pages) without one person's token ever reaching another."""

    @functools.wraps(view)
    def checked(request, *args, **kwargs):
        if request.user.is_authenticated:
            refused = CsrfViewMiddleware(lambda request: None).process_view(request, None, (), {})
            if refused is not None:
                return refused
        return view(request, *args, **kwargs)

    checked.csrf_exempt = True
    return checked


def expired_json(request):
    """The csrf_refusal of a script endpoint: a 400 with a message its script shows."""
    return JsonResponse(
        {"error": _("La page a expiré : rechargez-la, puis recommencez.")}, status=400
    )


def read_json_post(request, *, max_bytes):
    """check_post, then the body as a JSON object, parsed only once its size and depth are
    known to be sane (json_limits). Raises PostRefused."""
    check_post(request, max_bytes=max_bytes)
    try:
        data = loads_bounded(request.body, max_bytes=max_bytes)
    except ValueError as error:  # JSONRefused and UnicodeDecodeError are ValueErrors too
        message = str(error) if isinstance(error, JSONRefused) else UNREADABLE
        raise PostRefused(str(message)) from error
    if not isinstance(data, dict):
        raise PostRefused(str(UNREADABLE))
    return data
