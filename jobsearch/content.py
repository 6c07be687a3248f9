"""What a CV or a letter says, as plain sections: the one source of the HTML preview, the PDF
and the .docx, so that the three never disagree."""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import skills, text
from .forms import LICENCE_LABELS
from .models import Entry


@dataclass
class Item:
    title: str
    detail: str = ""  # place and period, on the same line
    description: str = ""


@dataclass
class Section:
    title: str
    items: list = field(default_factory=list)  # Item
    lines: list = field(default_factory=list)  # plain lines (skills, languages)
    inline: bool = False  # lines joined on one line (interests)


@dataclass
class CVContent:
    name: str
    job: str
    contact: list
    summary: str
    photo: bytes | None
    sections: list


def _entry_item(entry):
    detail = " · ".join(part for part in (entry.place, entry.period) if part)
    title = entry.title
    if entry.kind == Entry.Kind.EXPERIENCE and entry.nature not in ("", Entry.Nature.PAID):
        nature = {
            Entry.Nature.VOLUNTEER: _("bénévolat"),
            Entry.Nature.FAMILY: _("aide à un proche"),
            Entry.Nature.TRADE: _("métier appris"),
            Entry.Nature.OTHER: "",
        }.get(entry.nature, "")
        if nature:
            title = f"{title} ({nature})"
    return Item(title=title, detail=detail, description=entry.description)


def cv_content(cv, entries):
    experiences = [_entry_item(e) for e in entries if e.kind == Entry.Kind.EXPERIENCE]
    trainings = [_entry_item(e) for e in entries if e.kind == Entry.Kind.TRAINING]
    sections = []
    if experiences:
        sections.append(Section(_("Expériences"), items=experiences))
    if trainings:
        sections.append(Section(_("Formations"), items=trainings))
    known = [str(label) for label in skills.labels_of(cv.skills)]
    skill_lines = known + text.lines(cv.other_skills)
    if skill_lines:
        sections.append(Section(_("Compétences"), lines=skill_lines))
    if text.lines(cv.languages):
        sections.append(Section(_("Langues"), lines=text.lines(cv.languages)))
    if cv.licence:
        licence = str(LICENCE_LABELS.get(cv.licence, ""))
        if cv.licence == "autre":
            licence = cv.licence_other
        if licence:
            sections.append(Section(_("Permis de conduire"), lines=[licence]))
    if text.lines(cv.interests):
        sections.append(
            Section(_("Centres d'intérêt"), lines=text.lines(cv.interests), inline=True)
        )
    return CVContent(
        name=cv.full_name,
        job=cv.job_sought,
        contact=[part for part in (cv.town, cv.phone, cv.email) if part],
        summary=cv.summary,
        photo=bytes(cv.photo) if cv.photo else None,
        sections=sections,
    )


@dataclass
class LetterContent:
    sender: list
    recipient: list
    date: str
    subject: str
    salutation: str
    paragraphs: list
    closing: str
    signature: str


def letter_content(letter, today=None):
    sender = text.lines(letter.sender)
    job = letter.job_title
    subject = _("Objet : candidature — %(job)s") % {"job": job} if job else ""
    paragraphs = [
        paragraph
        for part in (letter.about_you, letter.about_me, letter.about_us)
        for paragraph in part.split("\n\n")
        if paragraph.strip()
    ]
    return LetterContent(
        sender=sender,
        recipient=text.lines(letter.recipient),
        date=_("Le %(date)s") % {"date": date_format(today or timezone.localdate(), "j F Y")},
        subject=subject,
        salutation=_("Madame, Monsieur,"),
        paragraphs=paragraphs,
        closing=_(
            "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées."
        ),
        signature=sender[0] if sender else "",
    )
