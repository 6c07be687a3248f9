"""A positioning result kept twice at once (a double click on « Garder », two tabs) is stored
once: the « already kept » the page reads from the session cannot see the other press."""

import pytest

from positioning import services
from positioning.models import PositioningResult
from positioning.tests.test_positioning import BEGINNER, CONFIDENT, stored
from tests.concurrency import run_together


def keep(person, answers, taken_with=None):
    return services.positioning_result_create(
        user=person, answers=answers, track_ids_by_area={}, taken_with=taken_with
    )


def test_the_same_result_sent_again_is_the_same_row_and_a_new_one_is_new(people):
    learner = people["learner_a"]
    first = keep(learner, stored(CONFIDENT))
    assert keep(learner, stored(CONFIDENT)).pk == first.pk
    assert keep(learner, stored(BEGINNER)).pk != first.pk  # answered again, differently
    with_facilitator = keep(learner, stored(BEGINNER), taken_with=people["facilitator"])
    assert PositioningResult.objects.filter(user=learner).count() == 3
    assert with_facilitator.taken_with == people["facilitator"]


@pytest.mark.postgres
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_presses_at_once_keep_one_result(people):
    learner = people["learner_a"]
    errors = run_together(*[lambda: keep(learner, stored(CONFIDENT)) for _ in range(4)])
    assert errors == []
    assert PositioningResult.objects.filter(user=learner).count() == 1
