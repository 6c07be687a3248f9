"""Every write of the job-search workspace. Views pass cleaned form data; nothing here trusts
an id that did not come through `selectors` (filtered by the owner)."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from . import limits, photos
from .models import CV, Comment, CoverLetter, Entry

STALE_AFTER = datetime.timedelta(days=730)
# How long the notice stays on the home page before the document goes.
NOTICE_FOR = datetime.timedelta(days=30)

CV_FIELDS = {
    "first_name", "last_name", "town", "phone", "email", "job_sought", "title", "summary",
    "skills", "other_skills", "languages", "licence", "licence_other", "interests",
}  # fmt: skip
LETTER_FIELDS = {
    "job_title", "employer", "offer_text", "title", "sender", "recipient", "about_you",
    "about_me", "about_us",
}  # fmt: skip


def _check_room(model, user):
    if model.objects.filter(user=user).count() >= limits.DOCUMENTS:
        raise ValidationError(
            _(
                "Vous avez déjà %(n)s documents de cette sorte : supprimez-en un avant "
                "d'en faire un autre."
            )
            % {"n": limits.DOCUMENTS}
        )


def cv_create(*, user):
    _check_room(CV, user)
    return CV.objects.create(
        user=user,
        title=_("Mon CV"),
        first_name=user.first_name[: limits.SHORT],
        last_name=user.last_name[: limits.SHORT],
        email=user.email,
        updated_at=timezone.now(),
    )


def _touch(document, step, fields):
    document.updated_at = timezone.now()
    document.stale_notice_at = None
    if step:
        document.last_step = step
    document.save(update_fields=[*fields, "updated_at", "stale_notice_at", "last_step"])


def cv_update(*, cv, step, data):
    fields = [name for name in data if name in CV_FIELDS]
    for name in fields:
        setattr(cv, name, data[name])
    _touch(cv, step, fields)
    return cv


def cv_step_reached(*, cv, step):
    """A step answered without a form change (a list of lines, a skipped photo)."""
    _touch(cv, step, [])


def cv_photo_set(*, cv, upload, frame=None, turn=0):
    """Raises ValidationError (plain French) and keeps the old photo when the file, the frame
    chosen in the browser or the turn is bad."""
    cv.photo = photos.framed(upload, frame=frame, turn=turn)
    _touch(cv, "photo", ["photo"])


def cv_photo_remove(*, cv):
    cv.photo = None
    _touch(cv, "photo", ["photo"])


def cv_design_set(*, document, design):
    document.design = design
    _touch(document, "", ["design"])


@transaction.atomic
def cv_copy(*, cv):
    """A new CV with everything of this one (for another kind of job)."""
    _check_room(CV, cv.user)
    entries = list(cv.entries.all())
    copy = CV.objects.get(pk=cv.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.title = _("%(title)s (copie)") % {"title": cv.title}
    copy.title = copy.title[: limits.SHORT]
    copy.created_at = None
    copy.updated_at = timezone.now()
    copy.stale_notice_at = None
    copy.save()
    for entry in entries:
        entry.pk = None
        entry.id = None
        entry._state.adding = True
        entry.cv = copy
    Entry.objects.bulk_create(entries)
    return copy


def cv_delete(*, cv):
    cv.delete()


def entry_add(*, cv, kind, data):
    if cv.entries.count() >= limits.ENTRIES:
        raise ValidationError(
            _("Ce CV a déjà %(n)s lignes : c'est bien assez pour une page.") % {"n": limits.ENTRIES}
        )
    last = cv.entries.aggregate(last=Max("position"))["last"] or 0
    entry = Entry.objects.create(
        cv=cv,
        kind=kind,
        nature=data.get("nature", ""),
        title=data["title"],
        place=data.get("place", ""),
        period=data.get("period", ""),
        description=data.get("description", ""),
        position=last + 1,
    )
    _touch(cv, "", [])
    return entry


def entry_update(*, entry, data):
    for name in ("nature", "title", "place", "period", "description"):
        if name in data:
            setattr(entry, name, data[name])
    entry.save()
    _touch(entry.cv, "", [])


def entry_delete(*, entry):
    cv = entry.cv
    entry.delete()
    _touch(cv, "", [])


def letter_create(*, user, cv=None):
    _check_room(CoverLetter, user)
    sender = ""
    source = cv or CV.objects.filter(user=user).first()
    if source is not None:
        sender = "\n".join(
            part for part in (source.full_name, source.town, source.phone, source.email) if part
        )
    return CoverLetter.objects.create(
        user=user, title=_("Ma lettre"), sender=sender, updated_at=timezone.now()
    )


def letter_update(*, letter, step, data):
    fields = [name for name in data if name in LETTER_FIELDS]
    for name in fields:
        setattr(letter, name, data[name])
    _touch(letter, step, fields)
    return letter


def letter_copy(*, letter):
    _check_room(CoverLetter, letter.user)
    copy = CoverLetter.objects.get(pk=letter.pk)
    copy.pk = None
    copy.id = None
    copy._state.adding = True
    copy.title = (_("%(title)s (copie)") % {"title": letter.title})[: limits.SHORT]
    copy.updated_at = timezone.now()
    copy.stale_notice_at = None
    copy.save()
    return copy


def letter_delete(*, letter):
    letter.delete()


def stale_documents_sweep(*, now=None):
    """The daily clean-up: a document untouched for two years gets a notice on its owner's
    home page; one whose notice is NOTICE_FOR old (and still untouched) is deleted.
    Returns (noticed, deleted) counts."""
    now = now or timezone.now()
    noticed = deleted = 0
    for model in (CV, CoverLetter):
        old = model.objects.filter(updated_at__lt=now - STALE_AFTER)
        noticed += old.filter(stale_notice_at__isnull=True).update(stale_notice_at=now)
        gone, _by_model = old.filter(stale_notice_at__lte=now - NOTICE_FOR).delete()
        deleted += _by_model.get(model._meta.label, 0)
    return noticed, deleted


def stale_documents_keep(*, user):
    """« Je le garde » from the home page notice: two more years."""
    now = timezone.now()
    for model in (CV, CoverLetter):
        model.objects.filter(user=user, stale_notice_at__isnull=False).update(
            updated_at=now, stale_notice_at=None
        )


def document_share(*, document, user):
    """Shares a CV or a letter with the employment service of the learner's centre."""
    if user.centre_id is None:
        raise ValidationError(
            _("Votre compte n'est rattaché à aucun centre : demandez à l'accueil de le faire.")
        )
    document.shared_with_id = user.centre_id
    document.shared_at = timezone.now()
    _touch(document, "", ["shared_with", "shared_at"])


def document_unshare(*, document):
    """« Ne plus partager »: the service sees it no more, at once."""
    document.shared_with = None
    document.shared_at = None
    _touch(document, "", ["shared_with", "shared_at"])


# --- The exchange with the employment service ----------------------------------------------


def comment_add(*, document, author, text, from_service):
    """A counsellor's comment or the learner's answer on a shared document. Refused (plain
    French) when the document is not shared any more or the exchange is already long."""
    if document.shared_with_id is None:
        raise ValidationError(
            _("Ce document n'est plus partagé avec le service emploi : le message n'est pas parti.")
        )
    on = {"cv": document} if isinstance(document, CV) else {"letter": document}
    if Comment.objects.filter(**on).count() >= limits.COMMENTS:
        raise ValidationError(
            _(
                "Cet échange a déjà %(n)s messages : parlez-en plutôt de vive voix au "
                "service emploi."
            )
            % {"n": limits.COMMENTS}
        )
    return Comment.objects.create(
        **on,
        centre_id=document.shared_with_id,
        author=author,
        from_service=from_service,
        text=text,
    )


def comments_mark_read(*, document):
    """The learner opened the document: the service's comments are not new any more."""
    on = {"cv": document} if isinstance(document, CV) else {"letter": document}
    Comment.objects.filter(**on, from_service=True, read_at__isnull=True).update(
        read_at=timezone.now()
    )
