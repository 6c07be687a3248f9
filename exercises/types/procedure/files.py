"""A file field: the file is checked (type and size) and never kept; a signed token in the
page keeps the step valid without sending the file again."""

import math

from django.core import signing
from django.utils.formats import number_format
from django.utils.translation import gettext

from ...registry import AnswerError, text

MAX_FILE_BYTES = 2 * 1024 * 1024
FILE_EXTENSIONS = ("pdf", "jpg", "jpeg", "png")


def _mega(size):
    # Rounded up, so that a file just over the limit never reads "2,0 Mo".
    return number_format(math.ceil(size * 10 / (1024 * 1024)) / 10, 1)


def check_file(item, state):
    """(passed, message) for a file field, from what the answer kept of the file."""
    state = state if isinstance(state, dict) else {}
    if state.get("attached"):
        return True, ""
    name = str(state.get("name", ""))
    refused = state.get("refused")
    if refused == "type":
        return False, gettext(
            "Le fichier « %(name)s » n'est pas d'un type accepté. "
            "Choisissez un fichier PDF, JPG ou PNG."
        ) % {"name": name}
    if refused == "size":
        size = state.get("size") if isinstance(state.get("size"), int) else 0
        return False, gettext(
            "Le fichier « %(name)s » est trop lourd (%(size)s Mo). La taille maximale est "
            "2 Mo : choisissez un fichier plus léger."
        ) % {"name": name, "size": _mega(size)}
    if refused == "empty":
        return False, gettext("Le fichier « %(name)s » est vide. Choisissez un autre fichier.") % {
            "name": name
        }
    return False, (item["error_message"] or "").strip() or gettext(
        "Joignez un fichier : cliquez sur le bouton « Parcourir » ou « Choisir un fichier »."
    )


def upload_state(upload):
    """Look at the name and the size only: the file is never read nor kept."""
    name = text(str(getattr(upload, "name", "") or ""))
    size = getattr(upload, "size", None) or 0
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in FILE_EXTENSIONS:
        return {"refused": "type", "name": name}
    if size > MAX_FILE_BYTES:
        return {"refused": "size", "name": name, "size": int(size)}
    if size <= 0:
        return {"refused": "empty", "name": name}
    return {"attached": name}


def _salt(key):
    # Field keys are Wagtail's uuids, so a token only fits the field (and exercise) it came from.
    return f"pasapas.exercises.procedure:{key}"


def file_token(key, name):
    return signing.dumps(name, salt=_salt(key), compress=False)


def file_from_token(key, token):
    try:
        name = signing.loads(token, salt=_salt(key))
    except signing.BadSignature:
        name = None
    if not isinstance(name, str) or not name:
        raise AnswerError(
            gettext(
                "Le fichier joint n'est plus reconnu : rechargez la page et joignez-le de nouveau."
            )
        )
    return name
