"""Erasing a person changes no figure: the dashboard and its CSV are the same, byte for byte
(but for the form's CSRF token)."""

import re

from django.contrib.auth import get_user_model

from accounts import privacy
from figures.models import FormerLearner
from progress.models import LessonProgress
from workshops.models import Enrolment

from .test_figures import DASHBOARD, EXPORT, data  # noqa: F401  (the shared fixture)


def _everything(client, people):
    """The dashboard and the CSV of the centre, of the other centre and of all centres."""
    seen = []
    client.force_login(people["facilitator"])
    for url in (DASHBOARD, EXPORT):
        seen.append(_CSRF.sub(b"", client.get(url).content).decode())
    client.force_login(people["admin"])
    for query in ({"centre": people["centre"].pk}, {"centre": people["other_centre"].pk}, {}):
        for url in (DASHBOARD, EXPORT):
            response = client.get(url, query)
            assert response.status_code == 200
            seen.append(_CSRF.sub(b"", response.content).decode())
    return seen


_CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]*"')


def test_erasing_learners_leaves_every_figure_as_it_was(client, data, people):  # noqa: F811
    before = _everything(client, people)
    # The one who finished the whole course, one with a lesson, the absent job seeker.
    erased = [*data["retirees"][:2], data["seeker"]]
    for user in erased:
        privacy.erase_user(user)
    after = _everything(client, people)
    assert after == before
    # Nothing of theirs still points to them, and the stand-ins know nothing but the figures.
    assert not LessonProgress.objects.filter(user__in=erased).exists()
    assert not Enrolment.objects.filter(user__in=erased).exists()
    assert FormerLearner.objects.count() == 3
    assert set(FormerLearner.objects.values_list("public", flat=True)) == {
        "retired",
        "job_seeker",
    }
    for user in get_user_model().objects.filter(pk__in=[u.pk for u in erased]):
        assert (user.centre_id, user.public, user.last_login) == (None, "", None)
        assert user.date_joined == privacy.ERASED_DATE


def test_erasing_a_learner_twice_or_with_nothing_counts_nobody_twice(client, data, people):  # noqa: F811
    before = _everything(client, people)
    privacy.erase_user(data["retirees"][0])
    privacy.erase_user(get_user_model().objects.get(pk=data["retirees"][0].pk))
    privacy.erase_user(people["learner_a"])  # no lesson, no session: no stand-in
    assert FormerLearner.objects.count() == 1
    assert _everything(client, people) == before
