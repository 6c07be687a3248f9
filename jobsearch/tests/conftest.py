"""The world of the employment-service tests: a counsellor of the learner's centre, one of
another centre, and a learner with a CV (with a photo) and a letter."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from accounts.models import Centre
from accounts.roles import COUNSELLORS, ensure_roles
from accounts.services import learner_create
from jobsearch import services

from .helpers import picture, upload


@pytest.fixture
def learner(db):
    """A learner of a centre of her own, for the CV and photo tests."""
    ensure_roles()
    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    person, _code = learner_create(centre=centre, first_name="Françoise")
    return person


@pytest.fixture
def client_of(learner):
    client = Client()
    client.force_login(learner)
    return client


@pytest.fixture
def world(people):
    groups = ensure_roles()
    users = get_user_model()
    counsellor = users.objects.create_user(
        "conseil", password="conseil-pass-123", centre=people["centre"], first_name="Inès"
    )
    counsellor.groups.add(groups[COUNSELLORS])
    far = users.objects.create_user(
        "conseil2", password="conseil-pass-456", centre=people["other_centre"]
    )
    far.groups.add(groups[COUNSELLORS])
    learner = people["learner_a"]
    cv = services.cv_create(user=learner)
    services.cv_update(cv=cv, step="emploi", data={"last_name": "Ferrand", "job_sought": "Cariste"})
    services.cv_photo_set(cv=cv, upload=upload(picture()))
    letter = services.letter_create(user=learner, cv=cv)
    services.letter_update(letter=letter, step="moi", data={"about_me": "Dix ans d'entrepôt."})
    return {**people, "counsellor": counsellor, "far": far, "cv": cv, "letter": letter}
