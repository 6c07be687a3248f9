"""« Copier dans mon centre »: a facilitator copies a course into their own centre's catalogue
to adapt it. The copy goes through the exchange format (export, then import), so it is whole
and independent: new lessons, images, exercises and H5P activities, never shared with the
original, so that editing the copy changes nothing elsewhere. The centre is always the
person's own (accounts.scope): there is no other destination to choose, nor to forge."""

import io

from django.utils.translation import gettext as _
from pasapas.archives import ArchiveError

from accounts.scope import EVERY_CENTRE, centre_ids
from courses.models import CourseIndexPage, CoursePage

from .export import course_export
from .importing import course_import


class CopyRefused(ArchiveError):
    """The copy cannot be made; .problems says why, in plain words."""


def centre_catalogue(user):
    """The catalogue of this person's own centre, or None. A superuser's own centre counts
    too; a facilitator's only if the scope rule gives it to them."""
    centre_id = getattr(user, "centre_id", None)
    if centre_id is None:
        return None
    ids = centre_ids(user)
    if ids is not EVERY_CENTRE and centre_id not in ids:
        return None
    return CourseIndexPage.objects.filter(centre_id=centre_id).order_by("path").first()


def course_copy_to_centre(*, course: CoursePage, user):
    """The copy, as a draft in the person's centre catalogue; CopyRefused otherwise."""
    catalogue = centre_catalogue(user)
    if catalogue is None:
        raise CopyRefused(
            [
                _(
                    "Votre centre n'a pas encore de catalogue à lui : demandez à un "
                    "administrateur d'en choisir un (champ « centre » du catalogue)."
                )
            ]
        )
    if not catalogue.permissions_for_user(user).can_add_subpage():
        raise CopyRefused([_("Vous ne pouvez pas ajouter de parcours dans ce catalogue.")])
    report = course_import(
        source=io.BytesIO(course_export(course)), parent=catalogue, user=user, publish=False
    )
    return report
