"""A page that is the same for every signed-in person but for a few parts: rendered once into
the shared cache with markers where those parts go, then filled for each request by rendering
only the parts (issue 25: a signed-in lesson cost 3 times the peer's, most of it in rendering
what every learner sees alike).

A template marks a personal part with `{% personal "name" %}…{% endpersonal %}`
(pasapas/templatetags/personal_parts.py). Rendered with `SHELL` in the context, the part
leaves a marker; `fill` renders its content later with the request's own context. The CSRF
token is never in the shared copy: the shell is rendered with a stand-in, replaced on each
fill by the request's own token.

Markers and the stand-in carry a tag derived from SECRET_KEY: text written in a page cannot
forge one to pull a person's part or token into another place."""

import functools
import hashlib
import hmac
import re

from django.conf import settings
from django.middleware.csrf import get_token

# Set (True) in the context of the shared rendering.
SHELL = "personal_parts_shell"

# name -> the PersonalNode that renders it (its template is parsed once per process).
NODES = {}


@functools.cache
def _tag():
    return hmac.new(
        settings.SECRET_KEY.encode(), b"pasapas-personal-parts", hashlib.sha256
    ).hexdigest()[:20]


def request_token(request):
    """One CSRF token for all the forms of a page: masking one costs as much as a small
    template, and a lesson has a form in each of its personal parts."""
    token = request.__dict__.get("_page_csrf_token")
    if token is None:
        token = request._page_csrf_token = get_token(request)
    return token


def csrf_stand_in():
    """What a shared rendering writes where a CSRF token goes."""
    return f"csrf{_tag()}"


def marker(name, argument=""):
    return f"<!--personal-{_tag()}:{name}:{argument}-->"


@functools.cache
def _pattern():
    tag = re.escape(_tag())
    return re.compile(rf"<!--personal-{tag}:([\w-]+):([\w-]*)-->|(csrf{tag})")


def split(html):
    """The shared rendering as a list: text, or (name, argument, template) for a part to
    fill, or ("", "", "") for the request's CSRF token. Plain data: it goes into the shared
    cache; `template` names the part's template, for a process that has not read it yet."""
    pieces, last = [], 0
    for match in _pattern().finditer(html):
        pieces.append(html[last : match.start()])
        if match.group(3):
            pieces.append(("", "", ""))
        else:
            name = match.group(1)
            pieces.append((name, match.group(2), NODES[name].template_name))
        last = match.end()
    pieces.append(html[last:])
    return pieces


def fill(pieces, template, context, argument_context=None):
    """The page for this request: each part rendered with `context` (a RequestContext, its
    context processors run once for all parts) bound to `template` (the page's own, so that
    its includes resolve alike). `argument_context(argument)` gives the variables a part
    marked with an argument needs (a loop's item)."""
    token = request_token(context.request)
    out = []
    with (
        context.render_context.push_state(template),
        context.bind_template(template),
        context.push(csrf_token=token),
    ):
        for piece in pieces:
            if type(piece) is str:
                out.append(piece)
                continue
            name, argument, template_name = piece
            if not name:
                out.append(token)
                continue
            if name not in NODES:  # a page of this process's first view: read it once
                template.engine.get_template(template_name)  # KeyError below if it has none
            extra = argument_context(argument) if argument and argument_context else {}
            with context.push(extra):
                out.append(NODES[name].nodelist.render(context))
    return "".join(out)
