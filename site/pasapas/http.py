"""Small request helpers the apps' views share."""

from django.utils.http import url_has_allowed_host_and_scheme


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
