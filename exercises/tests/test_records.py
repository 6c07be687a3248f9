"""exercises.records, the port through which activities reach the learner records: progress
connects every function of it at start-up, and a name nobody connected says so plainly."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from exercises import records


def test_the_learner_records_app_connects_every_function():
    assert set(records._connected) == records.NAMES
    assert all(callable(records._connected[name]) for name in records.NAMES)
    assert records.exercise_attempt_record.__module__ == "progress.services"


def test_an_unconnected_or_unknown_name_is_refused_plainly(monkeypatch):
    monkeypatch.setattr(records, "_connected", {})
    with pytest.raises(ImproperlyConfigured, match="is progress in INSTALLED_APPS"):
        records.h5p_state_save  # noqa: B018
    with pytest.raises(AttributeError):
        records.no_such_function  # noqa: B018
    with pytest.raises(ImproperlyConfigured, match="Unknown"):
        records.connect(no_such_function=print)
