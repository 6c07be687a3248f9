"""Sign-ups at the same moment, on PostgreSQL: the limit holds and no username is given twice."""

import threading

import pytest
from django.contrib.auth import get_user_model
from django.db import connections

from accounts.models import Centre, SignUp
from accounts.services import SignUpRefused, learner_create, learner_sign_up

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def run_together(count, work):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(n):
        try:
            barrier.wait()
            results.append(work(n))
        except SignUpRefused as refused:
            results.append(refused)
        except Exception as error:  # noqa: BLE001 (collected and asserted below)
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return results


def test_simultaneous_sign_ups_from_one_address_stop_at_the_limit(settings):
    settings.SIGNUP_LIMIT_PER_ADDRESS = 3
    centre = Centre.objects.create(name="Centre", slug="centre")
    results = run_together(
        8, lambda n: learner_sign_up(centre=centre, first_name="Marie", address="203.0.113.7")
    )
    assert sum(isinstance(result, SignUpRefused) for result in results) == 5
    assert get_user_model().objects.filter(first_name="Marie").count() == 3
    assert SignUp.objects.count() == 3


def test_simultaneous_accounts_of_one_first_name_get_distinct_usernames():
    centre = Centre.objects.create(name="Centre", slug="centre")
    results = run_together(8, lambda n: learner_create(centre=centre, first_name="Jean"))
    names = [user.username for user, _code in results]
    assert len(set(names)) == 8
