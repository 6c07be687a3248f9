"""Reads for the job-search pages. Every document is looked up through its owner: a guessed
id of someone else's is a 404, never a 403 that would say it exists."""

from django.shortcuts import get_object_or_404

from .models import CV, Comment, CoverLetter, Entry


def cvs_of(user):
    return list(CV.objects.filter(user=user).defer("photo").order_by("-updated_at", "-pk"))


def cv_of(user, pk):
    return get_object_or_404(CV.objects.filter(user=user), pk=pk)


def entry_of(cv, pk):
    return get_object_or_404(Entry.objects.filter(cv=cv), pk=pk)


def entries_of(cv, kind=None):
    rows = Entry.objects.filter(cv=cv)
    if kind:
        rows = rows.filter(kind=kind)
    return list(rows)


def letters_of(user):
    return list(CoverLetter.objects.filter(user=user).order_by("-updated_at", "-pk"))


def letter_of(user, pk):
    return get_object_or_404(CoverLetter.objects.filter(user=user), pk=pk)


def stale_documents_of(user):
    """The documents about to be deleted, for the home page notice (two queries)."""
    if not user.is_authenticated:
        return []
    return [
        *CV.objects.filter(user=user, stale_notice_at__isnull=False).defer("photo"),
        *CoverLetter.objects.filter(user=user, stale_notice_at__isnull=False),
    ]


def is_counsellor(user):
    """A « Conseiller emploi » of a centre (the role says nothing without a centre)."""
    from accounts.roles import COUNSELLORS

    return (
        user.is_authenticated
        and user.is_active
        and user.centre_id is not None
        and any(group.name == COUNSELLORS for group in user.groups.all())
    )


def shared_with(user):
    """(CVs, letters) shared with this counsellor's centre, most recent first."""
    cvs = CV.objects.filter(shared_with_id=user.centre_id).select_related("user").defer("photo")
    letters = CoverLetter.objects.filter(shared_with_id=user.centre_id).select_related("user")
    return list(cvs.order_by("-shared_at")), list(letters.order_by("-shared_at"))


def shared_cv(user, pk):
    return get_object_or_404(CV.objects.filter(shared_with_id=user.centre_id), pk=pk)


def shared_letter(user, pk):
    return get_object_or_404(CoverLetter.objects.filter(shared_with_id=user.centre_id), pk=pk)


def _document_filter(document):
    return {"cv": document} if isinstance(document, CV) else {"letter": document}


def comments_for_owner(document):
    """The whole exchange about one of the learner's documents (any centre it went to)."""
    return list(Comment.objects.filter(**_document_filter(document)).select_related("author"))


def comments_for_service(user, document):
    """The exchange a counsellor sees: their centre's only (the document came through
    `shared_cv`/`shared_letter`, so it is shared with that centre right now)."""
    return list(
        Comment.objects.filter(
            **_document_filter(document), centre_id=user.centre_id
        ).select_related("author")
    )
