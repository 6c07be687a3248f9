"""H5P states and statements moved from the H5P app to the learner records (migrations h5p 0006
and progress 0006): a database holding rows in the old state keeps every one of them, and their
content types (so their permissions) follow."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [
    ("h5p", "0005_merge_drafts_and_package_files"),
    ("progress", "0005_completions_that_finished_a_course"),
]
AFTER = [
    ("h5p", "0006_learner_records_to_progress"),
    ("progress", "0006_learner_records_to_progress"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state(targets).apps


@pytest.fixture
def latest_schema_after():
    """Back to every app's latest migration afterwards, whatever was added since (SCORM's
    progress 0007): the next tests on this database expect today's schema, not AFTER."""
    yield
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("latest_schema_after")
def test_rows_of_the_old_state_are_kept_by_the_move():
    old = migrate(BEFORE)
    user = get_user_model().objects.create_user("avant")  # the same table before and after
    lesson = old.get_model("wagtailcore", "Page").objects.get(depth=2)
    library = old.get_model("h5p", "H5PLibrary").objects.create(
        machine_name="H5P.Avant", major=1, minor=0, patch=0, title="Avant", storage_path="x"
    )
    activity = old.get_model("h5p", "H5PActivity").objects.create(
        title="Avant", main_library=library, content_key="avant", content_path="c", package="p"
    )
    old.get_model("h5p", "H5PState").objects.create(
        user_id=user.pk, activity=activity, lesson=lesson, state='{"page": 2}'
    )
    old.get_model("h5p", "XAPIStatement").objects.create(
        user_id=user.pk, activity=activity, lesson=lesson, verb="answered", score=0.5, success=False
    )
    content_types = old.get_model("contenttypes", "ContentType").objects
    content_types.get_or_create(app_label="h5p", model="h5pstate")
    content_types.get_or_create(app_label="h5p", model="xapistatement")

    new = migrate(AFTER)

    state = new.get_model("progress", "H5PState").objects.get()
    assert (state.user_id, state.activity_id, state.lesson_id) == (user.pk, activity.pk, lesson.pk)
    assert state.state == '{"page": 2}'
    statement = new.get_model("progress", "XAPIStatement").objects.get()
    assert (statement.user_id, statement.verb, statement.score) == (user.pk, "answered", 0.5)
    moved = new.get_model("contenttypes", "ContentType").objects
    assert set(
        moved.filter(model__in=["h5pstate", "xapistatement"]).values_list("app_label", flat=True)
    ) == {"progress"}
    with pytest.raises(LookupError):
        new.get_model("h5p", "H5PState")
