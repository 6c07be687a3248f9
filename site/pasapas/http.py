"""Small request helpers the apps' views share."""

import ipaddress

from django.conf import settings
from django.utils.http import url_has_allowed_host_and_scheme


def wants_json(request):
    """A script's request (fetch with Accept: JSON, or XMLHttpRequest), not a page's."""
    accept = request.headers.get("Accept", "")
    return "application/json" in accept or request.headers.get("X-Requested-With") == (
        "XMLHttpRequest"
    )


def next_url(request, fallback):
    """The `next` the form sent, if it stays on this site; else `fallback`."""
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
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
