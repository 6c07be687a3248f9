"""RGPD: a person's CVs and letters in their export, with the PDF and the .docx made from
them (base64), and gone at erasure."""

import base64

from . import exports
from .models import CV, Comment, CoverLetter

CV_FIELDS = [
    "title", "design", "last_step", "first_name", "last_name", "town", "phone", "email",
    "job_sought", "summary", "skills", "other_skills", "languages", "licence", "licence_other",
    "interests",
]  # fmt: skip
ENTRY_FIELDS = ["kind", "nature", "title", "place", "period", "description", "position"]
LETTER_FIELDS = [
    "title", "design", "last_step", "job_title", "employer", "offer_text", "sender",
    "recipient", "about_you", "about_me", "about_us",
]  # fmt: skip


def _dates(document):
    return {
        "created_at": document.created_at.isoformat(),
        "updated_at": document.updated_at.isoformat(),
        "stale_notice_at": document.stale_notice_at.isoformat()
        if document.stale_notice_at
        else None,
        "shared_with": document.shared_with.name if document.shared_with_id else None,
        "shared_at": document.shared_at.isoformat() if document.shared_at else None,
    }


def _thread(document):
    return [
        {
            "from_service": comment.from_service,
            "text": comment.text,
            "created_at": comment.created_at.isoformat(),
            "read_at": comment.read_at.isoformat() if comment.read_at else None,
        }
        for comment in document.comments.all()
    ]


def _b64(data):
    return base64.b64encode(data).decode("ascii")


def export_cvs(user):
    rows = []
    for cv in CV.objects.filter(user=user).prefetch_related("entries", "comments").order_by("pk"):
        pdf_bytes, _pages, pdf_name = exports.cv_pdf(cv)
        docx_bytes, docx_name = exports.cv_docx(cv)
        rows.append(
            {
                **{name: getattr(cv, name) for name in CV_FIELDS},
                **_dates(cv),
                "entries": [
                    {name: getattr(entry, name) for name in ENTRY_FIELDS}
                    for entry in cv.entries.all()
                ],
                "comments": _thread(cv),
                "photo_jpeg_base64": _b64(bytes(cv.photo)) if cv.photo else None,
                "pdf": {"name": pdf_name, "base64": _b64(pdf_bytes)},
                "docx": {"name": docx_name, "base64": _b64(docx_bytes)},
            }
        )
    return rows


def erase_cvs(user):
    CV.objects.filter(user=user).delete()


def export_letters(user):
    rows = []
    for letter in CoverLetter.objects.filter(user=user).prefetch_related("comments").order_by("pk"):
        pdf_bytes, _pages, pdf_name = exports.letter_pdf(letter)
        docx_bytes, docx_name = exports.letter_docx(letter)
        rows.append(
            {
                **{name: getattr(letter, name) for name in LETTER_FIELDS},
                **_dates(letter),
                "comments": _thread(letter),
                "pdf": {"name": pdf_name, "base64": _b64(pdf_bytes)},
                "docx": {"name": docx_name, "base64": _b64(docx_bytes)},
            }
        )
    return rows


def erase_letters(user):
    CoverLetter.objects.filter(user=user).delete()


def export_comments(user):
    """What the person wrote in the exchanges with the employment service (the comments on
    their own documents go with the documents' export below)."""
    rows = []
    for comment in Comment.objects.filter(author=user).order_by("pk"):
        rows.append(
            {
                "document": "cv" if comment.cv_id else "letter",
                "document_id": comment.cv_id or comment.letter_id,
                "from_service": comment.from_service,
                "text": comment.text,
                "created_at": comment.created_at.isoformat(),
                "read_at": comment.read_at.isoformat() if comment.read_at else None,
            }
        )
    return rows


def erase_comments(user):
    Comment.objects.filter(author=user).delete()


def _date(value):
    return value.isoformat() if value else None


def export_proposals(user):
    """The offers proposed to the person, each with the offer as they saw it and their answer."""
    from .offer_models import Proposal

    rows = []
    for proposal in Proposal.objects.filter(learner=user).select_related("offer").order_by("pk"):
        offer = proposal.offer
        rows.append(
            {
                "offer": {
                    "title": offer.title,
                    "employer": offer.employer,
                    "place": offer.place,
                    "contract": offer.contract,
                    "link": offer.link,
                    "closes_on": _date(offer.closes_on),
                    "description": offer.description,
                },
                "proposed_at": _date(proposal.proposed_at),
                "seen_at": _date(proposal.seen_at),
                "answer": proposal.answer,
                "answered_at": _date(proposal.answered_at),
            }
        )
    return rows


def erase_proposals(user):
    """The person's proposals and answers go; a counsellor who proposed offers is only
    detached from them (the proposals are the learners')."""
    from .offer_models import Proposal

    Proposal.objects.filter(learner=user).delete()
    Proposal.objects.filter(proposed_by=user).update(proposed_by=None)


def export_offers_written(user):
    """The offers a counsellor wrote for their centre."""
    from .offer_models import Offer

    return [
        {
            "title": offer.title,
            "employer": offer.employer,
            "place": offer.place,
            "contract": offer.contract,
            "link": offer.link,
            "closes_on": _date(offer.closes_on),
            "description": offer.description,
            "created_at": _date(offer.created_at),
            "closed_at": _date(offer.closed_at),
        }
        for offer in Offer.objects.filter(author=user).order_by("pk")
    ]


def erase_offers_written(user):
    """The offers stay with the centre (learners were proposed them); only the author goes."""
    from .offer_models import Offer

    Offer.objects.filter(author=user).update(author=None)
