"""Writes of the lrs app: statements into the outbox, and the drain that sends them.

The outbox is written in the event's own transaction (a statement exists if and only if its
event does); the drain runs in a background task, sends in the order written, in batches,
waits longer after each failure, and marks a statement sent only once the LRS stored it.

A lesson opened is told on every view, so it is written at the least cost: one INSERT before
the page leaves, with what it needs (does the centre send, the person's pseudonym, the course)
from the shared cache. Only queuing the drain waits until the page is sent (`kick_later`):
the row is already committed then, so a process that dies after the response loses nothing;
the next statement, or `xapi_send`, sends it."""

import threading
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from . import client
from .models import DrainLease, OutboxStatement, Pseudonym

LEASE = "outbox"
LEASE_FOR = timedelta(minutes=5)
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)


# Renewed whenever a centre is saved or deleted (receivers.py): its choice counts at once.
CENTRES_STAMP = "lrs-centres"
# A pseudonym never changes; erasure deletes the row and this copy (privacy_handlers.py).
PSEUDONYM_KEY = "lrs:pseudonym:{}"
CACHED_FOR = 60 * 60


def sends_for(user):
    """Does this person's record go to the LRS? Only with an LRS configured, for a person of a
    centre that chose to send (privacy by default). Remembered on the user for the request,
    and the centre's choice in the shared cache."""
    if not client.configured() or user is None or not user.pk or not user.centre_id:
        return False
    cached = getattr(user, "_lrs_sends", None)
    if cached is None:
        from django.core.cache import cache
        from pasapas.stamps import stamp

        from accounts.models import Centre

        key = f"lrs:sends:{stamp(CENTRES_STAMP)}:{user.centre_id}"
        cached = cache.get(key)
        if cached is None:
            cached = Centre.objects.filter(pk=user.centre_id, sends_learning_records=True).exists()
            cache.set(key, cached, CACHED_FOR)
        user._lrs_sends = cached
    return cached


def pseudonym_for(user):
    cached = getattr(user, "_lrs_pseudonym", None)
    if cached is None:
        from django.core.cache import cache

        key = PSEUDONYM_KEY.format(user.pk)
        cached = cache.get(key)
        if cached is None:
            row, _ = Pseudonym.objects.get_or_create(user=user)
            cached = row.name
            cache.set(key, cached, CACHED_FOR)
        user._lrs_pseudonym = cached
    return cached


def pseudonym_forget(user_id):
    from django.core.cache import cache

    cache.delete(PSEUDONYM_KEY.format(user_id))


# One drain queued at a time: a page view writes a statement, and a busy hour would otherwise
# queue as many tasks as views. The drain forgets the mark as it starts, so a statement written
# after that queues the next one; a lost task's mark expires.
QUEUED_MARK = "lrs:drain-queued"
QUEUED_MARK_FOR = 300


def _kick():
    from django.core.cache import cache

    from .tasks import drain_outbox

    if cache.add(QUEUED_MARK, 1, timeout=QUEUED_MARK_FOR):
        drain_outbox.enqueue()


def drain_started():
    from django.core.cache import cache

    cache.delete(QUEUED_MARK)


# The requests of this thread that wrote a statement and queue the drain once sent.
_pending = threading.local()


def kick_if_pending(sender=None, **kwargs):
    """A receiver of request_finished: sent once the response has left (WSGI closes it)."""
    if getattr(_pending, "kick", False):
        _pending.kick = False
        _kick()


def _row(user, statement):
    return OutboxStatement(
        statement_id=statement["id"],
        user=user,
        verb=statement["verb"]["id"].rsplit("/", 1)[-1][:32],
        object_iri=statement["object"]["id"][:500],
        statement=statement,
    )


def statement_add(*, user, statement, kick_later=False):
    """Put one statement in the outbox; the drain is queued once the transaction commits.
    Writing the same statement id again changes nothing (the event was already told).

    `kick_later`, for a statement with a new random id written while a page is served: a
    plain INSERT (no savepoint: its id cannot be there already), and the drain is queued once
    the response is sent."""
    if kick_later:
        row = _row(user, statement)
        row.save(force_insert=True)
        _pending.kick = True
        return row
    try:
        with transaction.atomic():
            row = _row(user, statement)
            row.save(force_insert=True)
    except IntegrityError:
        return None
    transaction.on_commit(_kick)
    return row


# --- The drain ---------------------------------------------------------------------------


@dataclass
class DrainReport:
    sent: int = 0
    refused: int = 0
    failed: bool = False
    retry_at: object = None
    errors: list = field(default_factory=list)


def _take_lease(now):
    holder = uuid.uuid4()
    DrainLease.objects.get_or_create(name=LEASE)
    taken = (
        DrainLease.objects.filter(name=LEASE)
        .exclude(until__gt=now)
        .update(holder=holder, until=now + LEASE_FOR)
    )
    return holder if taken else None


def _release_lease(holder):
    DrainLease.objects.filter(name=LEASE, holder=holder).update(holder=None, until=None)


def wait_after(failures):
    """30 s, 1 min, 2 min… up to an hour between tries while the LRS does not answer."""
    return min(FIRST_WAIT * (2 ** max(0, failures - 1)), LONGEST_WAIT)


def _mark_sent(rows, now):
    OutboxStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
        status=OutboxStatement.Status.SENT, sent_at=now, next_attempt_at=None, last_error=""
    )


def _mark_failed(rows, now, detail):
    failures = max(row.attempts for row in rows) + 1
    retry_at = now + wait_after(failures)
    OutboxStatement.objects.filter(pk__in=[row.pk for row in rows]).update(
        attempts=F("attempts") + 1, next_attempt_at=retry_at, last_error=detail[:300]
    )
    return retry_at


def _send_one_by_one(rows, now, report):
    """A batch the LRS refused as a whole (one invalid or conflicting statement): each alone,
    so that one bad statement never holds back the others. Stops at a failure to answer."""
    for row in rows:
        answer = client.post_statements([row.statement])
        if answer.stored:
            _mark_sent([row], now)
            report.sent += 1
        elif answer.refused or answer.conflict:
            OutboxStatement.objects.filter(pk=row.pk).update(
                status=OutboxStatement.Status.REFUSED,
                last_error=f"{answer.status} {answer.detail}"[:300],
            )
            report.refused += 1
            report.errors.append(f"{row.statement_id}: {answer.status} {answer.detail}")
        else:
            report.failed = True
            report.retry_at = _mark_failed([row], now, f"{answer.status} {answer.detail}")
            return False
    return True


def outbox_drain(*, batch_size=None, max_batches=None, now=None):
    """Send what waits, oldest first, until the outbox is empty, the LRS fails, or the first
    waiting statement is not due yet. Safe to call from several workers at once."""
    from django.conf import settings

    report = DrainReport()
    if not client.configured():
        return report
    batch_size = batch_size or settings.LRS_BATCH_SIZE
    now = now or timezone.now()
    holder = _take_lease(now)
    if holder is None:
        return report  # another drain is sending: it will see these statements too
    try:
        batches = 0
        while max_batches is None or batches < max_batches:
            rows = list(
                OutboxStatement.objects.filter(status=OutboxStatement.Status.PENDING).order_by(
                    "pk"
                )[:batch_size]
            )
            if not rows:
                break
            if rows[0].next_attempt_at and rows[0].next_attempt_at > now:
                report.retry_at = rows[0].next_attempt_at
                break
            batches += 1
            answer = client.post_statements([row.statement for row in rows])
            if answer.stored:
                _mark_sent(rows, now)
                report.sent += len(rows)
            elif answer.refused or answer.conflict:
                if not _send_one_by_one(rows, now, report):
                    break
            else:
                report.failed = True
                report.retry_at = _mark_failed(rows, now, f"{answer.status} {answer.detail}")
                break
            DrainLease.objects.filter(name=LEASE, holder=holder).update(until=now + LEASE_FOR)
    finally:
        _release_lease(holder)
    return report


def outbox_requeue(*, since=None):
    """Send again what was sent (a new LRS): the rows go back to « to send », same ids."""
    rows = OutboxStatement.objects.exclude(status=OutboxStatement.Status.PENDING)
    if since is not None:
        rows = rows.filter(created_at__gte=since)
    return rows.update(
        status=OutboxStatement.Status.PENDING,
        sent_at=None,
        attempts=0,
        next_attempt_at=None,
        last_error="",
    )
