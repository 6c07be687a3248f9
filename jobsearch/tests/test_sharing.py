"""Sharing with the employment service: explicit, per document, withdrawn in one click with the
date shown. The « Conseiller emploi » of the learner's centre reads what was shared, and only
that; a counsellor of another centre, other learners, mentors and facilitators see nothing."""

import html

import pytest
from django.urls import reverse

from .helpers import client_of as _client
from .helpers import pdf_pages


def _service_addresses(world):
    cv, letter = world["cv"].pk, world["letter"].pk
    return [
        reverse("jobsearch:service_cv", args=[cv]),
        reverse("jobsearch:service_cv_pdf", args=[cv]),
        reverse("jobsearch:service_cv_photo", args=[cv]),
        reverse("jobsearch:service_letter", args=[letter]),
        reverse("jobsearch:service_letter_pdf", args=[letter]),
    ]


def test_share_read_then_withdraw(world):
    owner, counsellor = _client(world["learner_a"]), _client(world["counsellor"])
    # Not shared: the counsellor sees nothing, not even that it exists.
    assert "Ferrand" not in counsellor.get(reverse("jobsearch:service_list")).content.decode()
    for address in _service_addresses(world):
        assert counsellor.get(address).status_code == 404, address

    for name, pk in (("cv_share", world["cv"].pk), ("letter_share", world["letter"].pk)):
        response = owner.post(reverse(f"jobsearch:{name}", args=[pk]), {"share": "1"})
        assert response.status_code == 302
    page = html.unescape(owner.get(reverse("jobsearch:cv_detail", args=[world["cv"].pk])).text)
    assert "Partagé le " in page and "Ne plus partager" in page

    listing = counsellor.get(reverse("jobsearch:service_list")).content.decode()
    assert "Ferrand" in listing and "Cariste" in listing
    for address in _service_addresses(world):
        assert counsellor.get(address).status_code == 200, address
    pdf = counsellor.get(reverse("jobsearch:service_cv_pdf", args=[world["cv"].pk]))
    assert "Ferrand" in pdf_pages(pdf.content)[0]

    # Withdrawn in one click: gone at once.
    owner.post(reverse("jobsearch:cv_share", args=[world["cv"].pk]), {"unshare": "1"})
    assert counsellor.get(_service_addresses(world)[0]).status_code == 404
    assert "Ferrand" not in counsellor.get(reverse("jobsearch:service_list")).content.decode()
    assert counsellor.get(_service_addresses(world)[3]).status_code == 200  # the letter stays


@pytest.mark.parametrize(
    "role", ["far", "learner_b", "mentor", "facilitator", "other_facilitator", "admin", None]
)
def test_only_the_centres_counsellor_reads_what_was_shared(world, role):
    owner = _client(world["learner_a"])
    owner.post(reverse("jobsearch:cv_share", args=[world["cv"].pk]), {"share": "1"})
    owner.post(reverse("jobsearch:letter_share", args=[world["letter"].pk]), {"share": "1"})
    client = _client(world[role] if role else None)
    listing = client.get(reverse("jobsearch:service_list"))
    if role is None:
        assert listing.status_code == 302
    elif role == "far":
        assert listing.status_code == 200 and "Ferrand" not in listing.content.decode()
    else:
        assert listing.status_code == 403
    for address in _service_addresses(world):
        status = client.get(address).status_code
        assert status == {None: 302, "far": 404}.get(role, 403), (role, address)
    # Nobody but the owner shares or withdraws it.
    if role:
        response = client.post(
            reverse("jobsearch:cv_share", args=[world["cv"].pk]), {"unshare": "1"}
        )
        assert response.status_code == 404
    world["cv"].refresh_from_db()
    assert world["cv"].shared_at is not None


def test_a_learner_without_a_centre_is_told_plainly(world):
    learner = world["learner_a"]
    type(learner).objects.filter(pk=learner.pk).update(centre=None)
    owner = _client(learner)
    response = owner.post(
        reverse("jobsearch:cv_share", args=[world["cv"].pk]), {"share": "1"}, follow=True
    )
    assert "aucun centre" in html.unescape(response.content.decode())
    world["cv"].refresh_from_db()
    assert world["cv"].shared_at is None
