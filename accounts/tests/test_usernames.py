"""Usernames from a first name: short, easy to type from a card, and never running out."""

import re
import time

from django.contrib.auth import get_user_model

from accounts.access_codes import free_username
from accounts.services import learner_create


def test_a_thousand_maries_get_a_thousand_short_usernames(people):
    start = time.monotonic()
    made = [learner_create(centre=people["centre"], first_name="Marie")[0] for _ in range(1000)]
    elapsed = time.monotonic() - start
    names = [user.username for user in made]
    assert len(set(names)) == 1000
    assert all(re.fullmatch(r"marie\d{2,4}", name) for name in names), names[:20]
    # Two digits while any is free: the 90 two-digit names go first, then three digits.
    widths = [len(name) - len("marie") for name in names]
    assert widths[:89] == [2] * 89  # the fixture's Marie holds one two-digit name
    assert max(widths) == 4
    assert elapsed < 30, f"{elapsed:.1f} s for 1,000 accounts"


def test_a_staff_username_in_capitals_is_never_given_again(people):
    # Sign-in finds a username whatever its case: two accounts must never differ only by case.
    user_model = get_user_model()
    taken = {f"Paul{number}" for number in range(10, 100)}
    user_model.objects.bulk_create([user_model(username=name) for name in taken])
    learner, _code = learner_create(centre=people["centre"], first_name="Paul")
    assert re.fullmatch(r"paul\d{3}", learner.username)


def test_free_username_ignores_names_that_only_start_alike():
    taken = {"mariette12", "marie-claire", "marie٣٣"} | {f"marie{n}" for n in range(10, 99)}
    assert free_username("marie", taken) == "marie99"


def test_odd_first_names_still_give_a_typeable_username(people):
    for first_name in ["Élodie", "Zoë", "李", "O'Brien", "Jean-Édouard"]:
        learner, _code = learner_create(centre=people["centre"], first_name=first_name)
        assert re.fullmatch(r"[a-z]+\d{2,}", learner.username), learner.username
