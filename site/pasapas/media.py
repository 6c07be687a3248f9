"""Uploads served by Django on one machine (SERVE_MEDIA). A name the file system refuses (too
long, not a folder) is a missing file, not a server error. An app may keep some files from
some people (`register_guard`): the images app hides an original whose personal data is covered."""

import errno
import posixpath

from django.conf import settings
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.views.static import serve

REFUSED_NAMES = {errno.ENAMETOOLONG, errno.ENOTDIR, errno.EINVAL}
# A picture's renditions get a new name when the picture or its crop changes: a browser may keep
# them a day (a lesson with ten screenshots is not fetched again on every visit).
RENDITIONS = "images/"
RENDITION_MAX_AGE = 24 * 60 * 60

_guards = []


def register_guard(guard):
    """``guard(request, name)`` returns False to answer « not found » for the file ``name`` (its
    normalised path inside the media folder, as Django's static serve will read it)."""
    _guards.append(guard)
    return guard


def serve_media(request, path):
    name = posixpath.normpath(path).lstrip("/")
    if not all(guard(request, name) for guard in _guards):
        raise Http404(path)
    try:
        response = serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        if error.errno in REFUSED_NAMES:
            raise Http404(path) from error
        raise
    if path.startswith(RENDITIONS) and response.status_code == 200:
        patch_cache_control(response, max_age=RENDITION_MAX_AGE)
    return response
