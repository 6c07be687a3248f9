"""Every URL pattern of the root URLconf, as a list the URL walk fills with real and hostile
values. Patterns are read from the resolver (site, Wagtail admin, every include), so that a new
view is walked the day it is added; a parameter the walk cannot fill fails the walk's own test
instead of being skipped."""

import re
from dataclasses import dataclass, field

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern

PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")

# Regular-expression patterns cannot be filled by reading them: each has its sample here, with
# {name} where a value goes. A regex pattern missing from this table fails the walk's test.
REGEX_SAMPLES = {
    r"^(\d+)/(.*)$": "{document_id}/{document_filename}",
    r"^pages/": "pages/",
    r"^documents/": "documents/",
    r"^images/": "images/",
    r"^(?P<pk>\d+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\."
    r"(?P<revision_id_b>live|latest|\d+)/$": "{page_id}/revisions/compare/earliest...live/",
    # A snippet's revisions (exercises, H5P activities), compared in its history.
    r"history/(?P<pk>.+)/revisions/compare/(?P<revision_id_a>live|earliest|\d+)\.\.\."
    r"(?P<revision_id_b>live|latest|\d+)/$": "history/{pk}/revisions/compare/earliest...live/",
    r"^mon-ange-gardien/(?P<pk>[0-9]+)/(?P<decision>accepter|refuser|arreter)/$": (
        "mon-ange-gardien/{pairing_id}/accepter/"
    ),
    r"^media/(?P<path>.*)$": "media/{media_path}",
    # An H5P library set's aggregated script (the player host's only; 404 on the site).
    r"^h5p/ensembles/(?P<name>[0-9a-f]{40})\.(?P<extension>js|css)$": (
        "h5p/ensembles/0123456789abcdef0123456789abcdef01234567.js"
    ),
    r"^((?:[\w\-]+/)*)$": "{page_path}",
    r"^.*/$": "nulle-part/",
}


@dataclass
class Pattern:
    """One URL pattern, with the parts from the root: literals and parameters."""

    name: str  # "namespace:name", or the route when it has no name
    route: str  # the concatenated pattern text, as a person reads it
    parts: list = field(default_factory=list)  # str literals and (converter, name) pairs
    callback: object = None

    @property
    def parameters(self):
        return [part for part in self.parts if isinstance(part, tuple)]

    @property
    def model(self):
        """The model of a generic (Wagtail viewset) view, when it says."""
        view_class = getattr(self.callback, "view_class", None)
        initkwargs = getattr(self.callback, "view_initkwargs", {}) or {}
        model = initkwargs.get("model") or getattr(view_class, "model", None)
        if isinstance(model, str):  # "app_label.Model", as Wagtail's choosers may give it
            from django.apps import apps

            model = apps.get_model(model)
        return model if isinstance(model, type) else None

    def fill(self, values):
        """The path for {parameter name: value}; values are given already URL-safe."""
        out = []
        for part in self.parts:
            out.append(values[part[1]] if isinstance(part, tuple) else part)
        return "/" + "".join(out)


def _parts(pattern):
    if isinstance(pattern, RoutePattern):
        route = str(pattern._route)
        parts, last = [], 0
        for match in PARAMETER.finditer(route):
            parts.append(route[last : match.start()])
            parts.append((match["converter"] or "str", match["name"]))
            last = match.end()
        parts.append(route[last:])
        return [part for part in parts if part != ""]
    if isinstance(pattern, RegexPattern):
        regex = pattern._regex
        if regex not in REGEX_SAMPLES:
            raise LookupError(
                f"no sample for the regex pattern {regex!r}: add one to REGEX_SAMPLES"
            )
        sample = REGEX_SAMPLES[regex]
        parts, last = [], 0
        for match in re.finditer(r"\{(\w+)\}", sample):
            parts.append(sample[last : match.start()])
            parts.append(("sample", match[1]))
            last = match.end()
        parts.append(sample[last:])
        return [part for part in parts if part != ""]
    raise TypeError(f"unknown pattern type {type(pattern).__name__}")


def url_patterns():
    """Every endpoint of the root URLconf, depth first, in the order Django tries them."""
    found = []

    def walk(entries, parts, namespace):
        for entry in entries:
            here = parts + _parts(entry.pattern)
            if isinstance(entry, URLResolver):
                inner = namespace
                if entry.namespace:
                    inner = f"{namespace}{entry.namespace}:"
                walk(entry.url_patterns, here, inner)
            elif isinstance(entry, URLPattern):
                route = "".join(p if isinstance(p, str) else f"<{p[1]}>" for p in here)
                name = f"{namespace}{entry.name}" if entry.name else route
                found.append(Pattern(name=name, route=route, parts=here, callback=entry.callback))

    walk(get_resolver().url_patterns, [], "")
    # A pattern whose exact route an earlier one already holds is never reached (Django takes
    # the first): the project's takeovers of Wagtail addresses (accounts/admin_urls.py) are
    # walked, the shadowed originals are not.
    seen, reachable = set(), []
    for pattern in found:
        if pattern.route not in seen:
            seen.add(pattern.route)
            reachable.append(pattern)
    return reachable
