"""The learner records, as activities see them.

Exercises and H5P activities score answers and check what is posted; keeping what a learner
did (results, attempts, H5P statements and saved places, lessons completed) is the
learner-records app's, a layer above (progress). That app connects its functions here when it
starts, so that activities call these names and never import it (docs/architecture.md)."""

from django.core.exceptions import ImproperlyConfigured

NAMES = frozenset(
    {
        "exercise_attempt_record",
        "lesson_complete_if_passed",
        "exercise_results_in_lesson",
        "h5p_results_in_lesson",
        "h5p_states_in_lesson",
        "h5p_states_forget",
        "h5p_statement_record",
        "h5p_state_save",
        "h5p_activity_viewed",
        "scorm_commit_record",
        "scorm_attempts_in_lesson",
        "scorm_results_in_lesson",
    }
)
_connected = {}


class AttemptRefused(Exception):
    """A SCORM commit names an attempt that is not this learner's, this package's or this
    item's; str() is the plain-French reason."""


class TooManyStatements(Exception):
    """The learner's quota of H5P statements is used up for now."""


def connect(**functions):
    unknown = set(functions) - NAMES
    if unknown:
        raise ImproperlyConfigured(f"Unknown learner-records functions: {sorted(unknown)}")
    _connected.update(functions)


def __getattr__(name):
    if name not in NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        return _connected[name]
    except KeyError:
        raise ImproperlyConfigured(
            f"No learner-records app connected {name!r}: is progress in INSTALLED_APPS?"
        ) from None
