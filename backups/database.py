"""The database side: what is dumped, in one consistent snapshot, and how it is loaded back.

Every row keeps its primary key, content types and permissions included: page revisions, log
entries and generic relations hold ids inside JSON or text columns, and the site's running
processes cache content types by id. Restoring onto the same database gives them back the very
same ids, and a restored database is an id-for-id copy of the one backed up."""

import contextlib
import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, router, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

# Left out of data.json, with the reason; whole apps or app.model labels.
EXCLUDED = {
    "sessions": "sign-ins: people sign in again after a restore",
    "admin.logentry": "Django admin history (not used by this site)",
    "axes": "sign-in attempts and lockouts: short-lived security records with addresses",
    "accounts.signup": "self sign-up limits: an hour of keyed hashes of addresses",
    "django_tasks_db": "queued background tasks",
    "wagtailsearch": "the search index, rebuilt by the restore (update_index)",
    "wagtailcore.referenceindex": "Wagtail's usage index, rebuilt by the restore",
    "wagtailadmin.editingsession": "who has an editor open at this very moment",
}


class ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder rounds times to the millisecond (as JavaScript does); a backup keeps
    them to the microsecond, so restored rows compare and sort exactly as before."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time) and o.microsecond:
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        return super().default(o)


def _excluded(model):
    meta = model._meta
    return meta.app_label in EXCLUDED or meta.label_lower in EXCLUDED


def dumped_models():
    """The models in data.json. Ids are kept and foreign keys checked at the end, so the order
    barely matters, but for content types: first, because a Wagtail page or task being loaded
    looks its content type up (and would create it, under another id, if it were missing)."""
    models = [
        model
        for config in apps.get_app_configs()
        if config.models_module is not None
        for model in config.get_models()
        if not _excluded(model)
        and not model._meta.proxy
        and router.allow_migrate_model(connection.alias, model)
    ]
    return sorted(models, key=lambda model: model is not ContentType)


@contextlib.contextmanager
def snapshot():
    """One transaction for the whole dump: on PostgreSQL a repeatable, read-only snapshot, so
    that rows written meanwhile (a learner answering) never half appear; SQLite's read
    transaction already sees one state of the file."""
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if outermost and connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        yield


def dump(path):
    """Write data.json (UTF-8, whatever the locale) and return the rows per model."""
    counts = {}

    def objects():
        for model in dumped_models():
            label = model._meta.label_lower
            counts[label] = 0
            for obj in model._base_manager.order_by(model._meta.pk.name).iterator():
                counts[label] += 1
                yield obj

    with open(path, "w", encoding="utf-8") as stream:
        serializers.serialize("json", objects(), stream=stream, cls=ExactJSONEncoder)
    return counts


def applied_migrations():
    """{app: [migration names]} as recorded in this database, sorted."""
    applied = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        applied.setdefault(app, []).append(name)
    return {app: sorted(names) for app, names in sorted(applied.items())}


def unapplied_migrations():
    """Migrations of the code that this database has not run yet."""
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def migration_differences(archived, current):
    """Migrations only in the archive, and only in this database, as "app.name"."""

    def flat(migrations):
        return {f"{app}.{name}" for app, names in migrations.items() for name in names}

    archived, current = flat(archived), flat(current)
    return sorted(archived - current), sorted(current - archived)


def row_counts(labels):
    return {label: apps.get_model(label)._base_manager.count() for label in labels}


def load(data_path):
    """Empty every table but the migrations', load data.json, then run post_migrate as
    migrate does (content types, permissions and role groups the code has and the archive
    lacks; normally none). Inside the caller's transaction."""
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    call_command("loaddata", str(data_path), verbosity=0)


def complete_as_migrate_would():
    emit_post_migrate_signal(0, False, connection.alias)


def reset_sequences():
    """On PostgreSQL, sequences after the highest restored id, so new rows get fresh ids
    (what `sqlsequencereset` prints, for every app, run here)."""
    statements = connection.ops.sequence_reset_sql(
        no_style(), apps.get_models(include_auto_created=True)
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)
