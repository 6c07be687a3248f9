"""Keeps the two origins apart: on the player's host only the player's addresses answer (no
page, form or signed-in address of the site), and the site never serves package files."""

from django.http import HttpResponseNotFound

from . import origins
from .origins import PLAYER_ALSO_SERVES, is_player_request


class PlayerOriginMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        on_player = is_player_request(request)
        for_player = request.path.startswith(origins.PLAYER_PREFIXES)
        if on_player and not (for_player or request.path.startswith(PLAYER_ALSO_SERVES)):
            return HttpResponseNotFound(
                "Cette adresse est celle du lecteur H5P, pas celle du site. "
                "(This is the H5P player's address, not the site's.)",
                content_type="text/plain; charset=utf-8",
            )
        if for_player and not on_player:
            return HttpResponseNotFound("Not found")
        if on_player:
            # Nothing of the site's session or tokens exists on this origin.
            request.COOKIES = {}
        return self.get_response(request)
