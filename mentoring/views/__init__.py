"""Mentoring pages, one module a feature: questions, their messages, tips, reports, a
learner's consent, a mentor's learners and the facilitator's hub.

Bad input shows the form again with the reason (form_submit); what a person may not see
answers a plain 404 (responses)."""

from .consent import my_mentors, pairing_decide
from .hub import (
    centre_questions,
    hub,
    mentor_create,
    mentor_grant,
    mentor_revoke,
    pairing_create,
    pairing_end,
)
from .mentors import mentee_detail, mentees, mentor_required
from .questions import ask, my_questions, thread_hide, thread_reply, thread_solved, thread_view
from .reports import report_handle, reports
from .thread_messages import message_delete, message_edit, message_hide, message_report
from .tips import tip_delete, tip_edit, tip_new, tip_report

__all__ = [
    "ask",
    "centre_questions",
    "hub",
    "mentee_detail",
    "mentees",
    "mentor_create",
    "mentor_grant",
    "mentor_required",
    "mentor_revoke",
    "message_delete",
    "message_edit",
    "message_hide",
    "message_report",
    "my_mentors",
    "my_questions",
    "pairing_create",
    "pairing_decide",
    "pairing_end",
    "report_handle",
    "reports",
    "thread_hide",
    "thread_reply",
    "thread_solved",
    "thread_view",
    "tip_delete",
    "tip_edit",
    "tip_new",
    "tip_report",
]
