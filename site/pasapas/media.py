"""Uploads served by Django on one machine (SERVE_MEDIA). A name the file system refuses (too
long, not a folder) is a missing file, not a server error."""

import errno

from django.conf import settings
from django.http import Http404
from django.views.static import serve

REFUSED_NAMES = {errno.ENAMETOOLONG, errno.ENOTDIR, errno.EINVAL}


def serve_media(request, path):
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except OSError as error:
        if error.errno in REFUSED_NAMES:
            raise Http404(path) from error
        raise
