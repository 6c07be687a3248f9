"""How a person is named on the pages that list people, an erased one included."""

from django.utils.translation import gettext as _

# An erased account keeps its row (ids in the kept anonymous rows) under this name.
ERASED_PREFIX = "efface-"


def is_erased(user):
    return user is None or (not user.is_active and user.username.startswith(ERASED_PREFIX))


def erased_label():
    return _("personne effacée")


def staff_name(user):
    """What facilitators see: the first name, else the username; « personne effacée » when
    the account is gone or was erased."""
    if is_erased(user):
        return erased_label()
    return user.first_name or user.username
