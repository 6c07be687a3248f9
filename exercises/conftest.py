"""Fixtures shared by the exercise types' tests and the H5P plugin's tests."""

import pytest


@pytest.fixture
def lesson(make_course):
    _, lessons = make_course(lessons=2)
    return lessons[0]


@pytest.fixture
def learner(db):
    from accounts.models import Centre
    from accounts.services import learner_create

    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    user, _ = learner_create(centre=centre, first_name="Marie")
    return user
