"""H5P's side of archive safety: the file types H5P core allows, and JSON members parsed with
a plain reason when they are unreadable. The safety itself (names, links, bombs, reading members
with limits) is pasapas.archives, shared with SCORM and course exports."""

import json
from contextlib import contextmanager

from django.utils.translation import gettext as _
from pasapas.archives import (
    CHUNK,
    READ_ERRORS,
    damaged_message,
    extension_problem,
    ignored,
    read_member,
    safety_problems,
    too_big_unpacked,
    unsafe_message,
    unsafe_reason,
)
from pasapas.archives import open_zip as open_any_zip

from .limits import Limits
from .refusals import PackageError

__all__ = [
    "CHUNK",
    "CONTENT_EXTENSIONS",
    "LIBRARY_EXTENSIONS",
    "READ_ERRORS",
    "damaged_message",
    "extension_problem",
    "ignored",
    "load_json",
    "open_zip",
    "read_member",
    "safety_problems",
    "too_big_unpacked",
    "unsafe_message",
    "unsafe_reason",
]


# H5P core's whitelists (h5p-php-library 1.27, 2024): what content may hold, and what
# libraries may hold besides. svg and xml only in libraries; swf too (Course Presentation's
# downloadify ships one). What matters is how they are served: never by the site, and by the
# player under a policy that runs nothing (views.RUNNABLE_ELSEWHERE).
# fmt: off
CONTENT_EXTENSIONS = frozenset({
    "json",
    "png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff",
    "eot", "ttf", "woff", "woff2", "otf",
    "webm", "mp4", "ogg", "mp3", "m4a", "wav",
    "txt", "pdf", "rtf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp",
    "csv", "diff", "patch", "swf", "md", "textile", "vtt", "webvtt", "gltf", "glb",
})
# fmt: on
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css", "svg", "xml"}


@contextmanager
def open_zip(source, limits: Limits):
    """Opens a path, bytes or a binary file-like object, refusing it if too big or not a zip."""
    with open_any_zip(
        source,
        limits,
        _("Ce fichier n'est pas un paquet H5P : ce n'est pas une archive zip valide."),
    ) as archive:
        yield archive


def load_json(archive, info, name: str, limits: Limits, problems: list[str], expected: type = dict):
    """A member parsed as a JSON object (or list), or None with the reason added to
    problems."""
    args = {"name": name}
    try:
        data = json.loads(read_member(archive, info, limits.max_unpacked_bytes))
    except PackageError as error:
        problems.extend(error.problems)
        return None
    except UnicodeDecodeError:
        problems.append(
            _("Le fichier « %(name)s » est illisible : ce n'est pas du texte UTF-8.") % args
        )
        return None
    except json.JSONDecodeError as error:
        problems.append(
            # Python's own reason (error.msg) is English: the line and column say where.
            _(
                "Le fichier « %(name)s » est illisible : JSON invalide à la ligne %(line)d, "
                "colonne %(col)d."
            )
            % {**args, "line": error.lineno, "col": error.colno}
        )
        return None
    except RecursionError:
        problems.append(_("Le fichier « %(name)s » est illisible : JSON trop imbriqué.") % args)
        return None
    if not isinstance(data, expected):
        problems.append(
            _("Le fichier « %(name)s » doit contenir un objet JSON ({…}).") % args
            if expected is dict
            else _("Le fichier « %(name)s » doit contenir une liste JSON ([…]).") % args
        )
        return None
    return data
