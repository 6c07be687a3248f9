"""Creating learners costs a few queries each, whatever the roles' permissions: the role
groups are made once (migrate), not checked again for every new person."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts import services
from accounts.models import Centre
from accounts.roles import LEARNERS


@pytest.fixture
def centre(db):
    return Centre.objects.create(name="Espace Numérique")


def _create(centre, names):
    with CaptureQueriesContext(connection) as queries:
        created = services.learners_create_group(centre=centre, first_names=names)
    return created, len(queries)


def test_one_learner_is_a_few_queries(centre):
    created, count = _create(centre, ["Marie"])
    ((user, _code),) = created
    assert user.groups.get().name == LEARNERS
    print(f"1 learner: {count} queries")
    assert count <= 10


def test_thirty_learners_cost_thirty_times_one_at_most(centre):
    _one, single = _create(centre, ["Marie"])
    created, count = _create(centre, [f"Personne{n}" for n in range(30)])
    assert len(created) == 30
    assert all(user.groups.get().name == LEARNERS for user, _code in created)
    print(f"30 learners: {count} queries (1: {single})")
    # The role's group is fetched once for the whole group, then the same few writes each.
    assert count <= 1 + 30 * (single - 1)


def test_granting_the_mentor_role_does_not_recheck_every_permission(centre):
    from accounts.roles import MENTORS, ensure_roles
    from mentoring import services as mentoring_services

    facilitator = services.learner_create(centre=centre, first_name="Anne")[0]
    facilitator.is_superuser = True
    facilitator.save()
    learner = services.learner_create(centre=centre, first_name="Paul")[0]
    with CaptureQueriesContext(connection) as roles_queries:
        ensure_roles()
    with CaptureQueriesContext(connection) as queries:
        mentoring_services.mentor_role_grant(by=facilitator, person=learner)
    assert set(learner.groups.values_list("name", flat=True)) == {LEARNERS, MENTORS}
    print(f"mentor role: {len(queries)} queries (ensure_roles: {len(roles_queries)})")
    assert len(queries) <= 5 < len(roles_queries)
