"""Job offers: the counsellor records an offer and proposes it to chosen learners of their own
centre; the learner sees it in « Offres proposées », answers (and changes their mind), or
starts a letter from it. Closed and expired offers cannot be answered. Every page is refused
to whoever is not the centre's counsellor or the learner it was proposed to."""

import datetime
import html

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from accounts.services import learner_create
from jobsearch import offer_services
from jobsearch.models import CoverLetter, Offer, Proposal

from .helpers import client_of

GOOD = {
    "title": "Agent d'entretien des espaces verts",
    "employer": "Mairie d'Issoudun",
    "place": "Issoudun",
    "contract": "cdd",
    "link": "https://emploi.example.fr/offre/42",
    "closes_on": "",
    "description": "35 heures, du lundi au vendredi.",
}


def _text(response):
    return html.unescape(response.content.decode())


def _offer(world, **changes):
    data = {**GOOD, "closes_on": None, **changes}
    return offer_services.offer_create(author=world["counsellor"], data=data)


@pytest.fixture
def offer_world(world):
    stranger, _code = learner_create(centre=world["other_centre"], first_name="Étrangère")
    offer = _offer(world, link="")
    offer_services.offer_propose(
        offer=offer, by=world["counsellor"], learner_ids=[world["learner_a"].pk]
    )
    return {**world, "stranger": stranger, "offer": offer}


# --- The counsellor writes an offer ------------------------------------------------------------


def test_the_counsellor_records_an_offer(world):
    client = client_of(world["counsellor"])
    assert client.get(reverse("jobsearch:offer_new")).status_code == 200
    closes = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()
    response = client.post(reverse("jobsearch:offer_new"), {**GOOD, "closes_on": closes})
    offer = Offer.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("jobsearch:offer_manage", args=[offer.pk])
    assert offer.centre == world["centre"] and offer.author == world["counsellor"]
    assert offer.closes_on.isoformat() == closes and offer.is_open()
    listing = _text(client.get(reverse("jobsearch:offer_list")))
    assert "Agent d'entretien des espaces verts — Mairie d'Issoudun" in listing
    assert "Proposée à 0 personne" in listing


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "  "}, "Écrivez le poste"),
        ({"employer": ""}, "Écrivez le nom de l'employeur"),
        ({"place": ""}, "Écrivez où se trouve le travail"),
        ({"contract": ""}, "Choisissez la sorte de contrat"),
        ({"contract": "esclavage"}, "Choisissez une sorte de contrat de la liste"),
        ({"link": "javascript:alert(1)"}, "Ce lien n'est pas une adresse web"),
        ({"link": "ftp://emploi.example.fr/offre"}, "Ce lien n'est pas une adresse web"),
        ({"link": "emploi"}, "Ce lien n'est pas une adresse web"),
        ({"closes_on": "2020-01-01"}, "Cette date est déjà passée"),
        ({"closes_on": "31/02/2030"}, "Cette date n'est pas complète"),
        ({"title": "x" * 151}, "C'est trop long"),
        ({"description": "x" * 6001}, "C'est trop long"),
    ],
)
def test_bad_input_on_the_offer_form_is_said_plainly_and_nothing_is_stored(world, changes, message):
    client = client_of(world["counsellor"])
    response = client.post(reverse("jobsearch:offer_new"), {**GOOD, **changes})
    assert response.status_code == 400
    assert message in _text(response)
    assert not Offer.objects.exists()


def test_editing_keeps_the_offer_and_bad_input_changes_nothing(offer_world):
    client = client_of(offer_world["counsellor"])
    offer = offer_world["offer"]
    address = reverse("jobsearch:offer_edit", args=[offer.pk])
    assert client.get(address).status_code == 200
    response = client.post(address, {**GOOD, "link": "data:text/html,<b>x</b>", "title": "Autre"})
    assert response.status_code == 400
    offer.refresh_from_db()
    assert offer.title == GOOD["title"] and offer.link == ""
    response = client.post(address, {**GOOD, "title": "Jardinier"})
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Jardinier" and offer.proposals.count() == 1


# --- Proposing ---------------------------------------------------------------------------------


def test_the_counsellor_ticks_learners_of_their_centre_and_finds_them_by_name(offer_world):
    client = client_of(offer_world["counsellor"])
    offer = offer_world["offer"]
    page = _text(client.get(reverse("jobsearch:offer_manage", args=[offer.pk])))
    # Marie has it already; Jean is offered; the other centre's learner and the staff are not.
    assert f'id="learner-{offer_world["learner_b"].pk}"' in page
    assert f'id="learner-{offer_world["learner_a"].pk}"' not in page
    assert "Étrangère" not in page and "Sophie" not in page
    assert "Pas encore de réponse" in page
    found = _text(client.get(reverse("jobsearch:offer_manage", args=[offer.pk]), {"nom": "jea"}))
    assert f'id="learner-{offer_world["learner_b"].pk}"' in found
    nobody = _text(client.get(reverse("jobsearch:offer_manage", args=[offer.pk]), {"nom": "zz"}))
    assert "Personne de ce nom" in nobody

    response = client.post(
        reverse("jobsearch:offer_propose", args=[offer.pk]),
        {"learners": [offer_world["learner_b"].pk]},
    )
    assert response.status_code == 302
    assert set(offer.proposals.values_list("learner_id", flat=True)) == {
        offer_world["learner_a"].pk,
        offer_world["learner_b"].pk,
    }
    assert (
        offer.proposals.get(learner=offer_world["learner_b"]).proposed_by
        == (offer_world["counsellor"])
    )


@pytest.mark.parametrize("who", ["stranger", "mentor", "facilitator", "counsellor", "admin"])
def test_proposing_to_anyone_but_a_learner_of_the_centre_is_refused_whole(offer_world, who):
    """An attacker posts a foreign id among good ones: nobody is proposed the offer."""
    client = client_of(offer_world["counsellor"])
    offer = offer_world["offer"]
    response = client.post(
        reverse("jobsearch:offer_propose", args=[offer.pk]),
        {"learners": [offer_world["learner_b"].pk, offer_world[who].pk]},
    )
    assert response.status_code == 400
    assert "n'est pas de votre centre : rien n'a été proposé" in _text(response)
    assert list(offer.proposals.values_list("learner_id", flat=True)) == [
        offer_world["learner_a"].pk
    ]
    # The service refuses it too, whatever the form let through.
    with pytest.raises(ValidationError):
        offer_services.offer_propose(
            offer=offer, by=offer_world["counsellor"], learner_ids=[offer_world[who].pk]
        )
    assert offer.proposals.count() == 1


@pytest.mark.parametrize(
    "data", [{}, {"learners": ""}, {"learners": "abc"}, {"learners": "99999999999999999999"}]
)
def test_bad_proposals_are_refused_plainly(offer_world, data):
    client = client_of(offer_world["counsellor"])
    offer = offer_world["offer"]
    response = client.post(reverse("jobsearch:offer_propose", args=[offer.pk]), data)
    assert response.status_code == 400
    assert "Le formulaire n'est pas envoyé" in _text(response)
    assert offer.proposals.count() == 1


def test_a_closed_offer_is_not_proposed_nor_answered_and_can_reopen(offer_world):
    counsellor, learner = client_of(offer_world["counsellor"]), client_of(offer_world["learner_a"])
    offer = offer_world["offer"]
    counsellor.post(reverse("jobsearch:offer_close", args=[offer.pk]), {"close": "1"})
    offer.refresh_from_db()
    assert offer.closed_at is not None and not offer.is_open()
    response = counsellor.post(
        reverse("jobsearch:offer_propose", args=[offer.pk]),
        {"learners": [offer_world["learner_b"].pk]},
        follow=True,
    )
    assert "Cette offre est fermée : on ne peut plus la proposer" in _text(response)
    assert offer.proposals.count() == 1
    with pytest.raises(ValidationError):
        offer_services.offer_propose(
            offer=offer, by=offer_world["counsellor"], learner_ids=[offer_world["learner_b"].pk]
        )
    page = _text(learner.get(reverse("jobsearch:my_offers")))
    assert "Cette offre est fermée" in page and "Ça m'intéresse</button>" not in page
    response = learner.post(
        reverse("jobsearch:offer_answer", args=[offer.pk]), {"answer": "interesse"}, follow=True
    )
    assert "on ne peut plus y répondre" in _text(response)
    assert offer.proposals.get().answer == ""
    counsellor.post(reverse("jobsearch:offer_close", args=[offer.pk]), {"reopen": "1"})
    offer.refresh_from_db()
    assert offer.is_open()


def test_an_offer_past_its_closing_date_is_shown_closed_and_cannot_be_answered(offer_world):
    offer = offer_world["offer"]
    Offer.objects.filter(pk=offer.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )
    learner = client_of(offer_world["learner_a"])
    page = _text(learner.get(reverse("jobsearch:my_offers")))
    assert "Cette offre est fermée" in page
    learner.post(reverse("jobsearch:offer_answer", args=[offer.pk]), {"answer": "non_merci"})
    assert offer.proposals.get().answer == ""
    listing = _text(client_of(offer_world["counsellor"]).get(reverse("jobsearch:offer_list")))
    assert "Fermée" in listing


# --- The learner's side ------------------------------------------------------------------------


def test_the_learner_sees_the_new_offer_answers_and_changes_their_mind(offer_world):
    learner = client_of(offer_world["learner_a"])
    offer = offer_world["offer"]
    # Marked on the CV and letter lists until seen.
    for name in ("jobsearch:cv_list", "jobsearch:letter_list"):
        assert "1 nouvelle" in _text(learner.get(reverse(name))), name
    assert "1 nouvelle" in _text(learner.get("/mon-compte/"))
    page = _text(learner.get(reverse("jobsearch:my_offers")))
    assert "Agent d'entretien des espaces verts" in page and "nouvelle</span>" in page
    assert "Vous n'avez pas encore répondu." in page
    assert "nouvelle" not in _text(learner.get(reverse("jobsearch:cv_list")))
    assert "Offres proposées" in _text(learner.get(reverse("jobsearch:cv_list")))

    answer = reverse("jobsearch:offer_answer", args=[offer.pk])
    response = learner.post(answer, {"answer": "interesse"})
    assert response["Location"].endswith(f"#offre-{offer.pk}")
    proposal = Proposal.objects.get()
    assert proposal.answer == "interesse" and proposal.answered_at is not None
    assert "Votre réponse : ça vous intéresse." in _text(
        learner.get(reverse("jobsearch:my_offers"))
    )
    learner.post(answer, {"answer": "non_merci"})
    proposal.refresh_from_db()
    assert proposal.answer == "non_merci"
    service = _text(
        client_of(offer_world["counsellor"]).get(reverse("jobsearch:offer_manage", args=[offer.pk]))
    )
    assert "Marie" in service and "Non merci" in service and "répondu le" in service
    for bad in ({}, {"answer": ""}, {"answer": "peut-etre"}, {"answer": "x" * 5000}):
        response = learner.post(answer, bad, follow=True)
        assert "Choisissez « Ça m'intéresse » ou « Non merci »" in _text(response)
    proposal.refresh_from_db()
    assert proposal.answer == "non_merci"


def test_a_letter_starts_from_the_offer(offer_world):
    learner = client_of(offer_world["learner_a"])
    offer = offer_world["offer"]
    response = learner.post(reverse("jobsearch:offer_letter", args=[offer.pk]))
    letter = CoverLetter.objects.filter(user=offer_world["learner_a"]).latest("pk")
    assert response["Location"] == reverse("jobsearch:letter_step", args=[letter.pk, "offre"])
    assert letter.job_title == GOOD["title"] and letter.employer == "Mairie d'Issoudun"
    assert "35 heures" in letter.offer_text and "CDD" in letter.offer_text
    page = _text(learner.get(response["Location"]))
    assert "Mairie d'Issoudun" in page


# --- Who reaches what --------------------------------------------------------------------------


def _service_addresses(offer):
    return [
        ("get", reverse("jobsearch:offer_manage", args=[offer.pk])),
        ("get", reverse("jobsearch:offer_edit", args=[offer.pk])),
        ("post", reverse("jobsearch:offer_edit", args=[offer.pk])),
        ("post", reverse("jobsearch:offer_close", args=[offer.pk])),
        ("post", reverse("jobsearch:offer_propose", args=[offer.pk])),
    ]


@pytest.mark.parametrize(
    "role",
    ["far", "learner_a", "learner_b", "mentor", "facilitator", "other_facilitator", "admin", None],
)
def test_only_the_centres_counsellor_reaches_its_offers(offer_world, role):
    client = client_of(offer_world[role] if role else None)
    offer = offer_world["offer"]
    expected = {None: 302, "far": 404}.get(role, 403)
    for address in (reverse("jobsearch:offer_list"), reverse("jobsearch:offer_new")):
        status = client.get(address).status_code
        assert status == (200 if role == "far" else expected), (role, address)
    if role == "far":
        assert GOOD["title"] not in _text(client.get(reverse("jobsearch:offer_list")))
    for method, address in _service_addresses(offer):
        data = {**GOOD, "title": "Piraté", "learners": [offer_world["learner_b"].pk]}
        status = getattr(client, method)(address, data).status_code
        assert status == expected, (role, method, address)
    offer.refresh_from_db()
    assert offer.title == GOOD["title"] and offer.closed_at is None
    assert offer.proposals.count() == 1


@pytest.mark.parametrize(
    "role", ["learner_b", "stranger", "mentor", "facilitator", "counsellor", "far", "admin", None]
)
def test_only_the_learner_it_was_proposed_to_sees_and_answers_an_offer(offer_world, role):
    client = client_of(offer_world[role] if role else None)
    offer = offer_world["offer"]
    listing = client.get(reverse("jobsearch:my_offers"))
    if role is None:
        assert listing.status_code == 302
    else:
        assert listing.status_code == 200 and GOOD["title"] not in _text(listing)
    for name in ("jobsearch:offer_answer", "jobsearch:offer_letter"):
        response = client.post(reverse(name, args=[offer.pk]), {"answer": "interesse"})
        assert response.status_code == (302 if role is None else 404), (role, name)
        if role is None:
            assert "/connexion/" in response["Location"]
    assert offer.proposals.get().answer == ""
    assert not CoverLetter.objects.filter(job_title=GOOD["title"]).exists()


# --- Queries stay constant -------------------------------------------------------------------


def _queries(client, address):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(address).status_code == 200
    return len(queries)


def test_queries_do_not_grow_with_offers_and_people(offer_world):
    learner, counsellor = offer_world["learner_a"], offer_world["counsellor"]
    offer = offer_world["offer"]
    pages = {
        "learner": [reverse("jobsearch:cv_list"), reverse("jobsearch:my_offers"), "/mon-compte/"],
        "counsellor": [
            reverse("jobsearch:offer_list"),
            reverse("jobsearch:offer_manage", args=[offer.pk]),
        ],
    }
    clients = {"learner": client_of(learner), "counsellor": client_of(counsellor)}

    def measure():
        # Each page twice: the first visit marks the offers as seen.
        for who, addresses in pages.items():
            for address in addresses:
                _queries(clients[who], address)
        return {
            (who, address): _queries(clients[who], address)
            for who, addresses in pages.items()
            for address in addresses
        }

    before = measure()
    for n in range(6):
        more = _offer(offer_world, title=f"Poste {n}", link="")
        people = [
            learner_create(centre=offer_world["centre"], first_name=f"P{n}{i}")[0] for i in range(3)
        ]
        offer_services.offer_propose(
            offer=more, by=counsellor, learner_ids=[learner.pk, *(p.pk for p in people)]
        )
        offer_services.offer_propose(offer=offer, by=counsellor, learner_ids=[p.pk for p in people])
    assert measure() == before


# --- Privacy -----------------------------------------------------------------------------------


def test_the_learners_answers_are_exported_and_erased_and_the_offer_stays(offer_world):
    from accounts import privacy

    learner, counsellor = offer_world["learner_a"], offer_world["counsellor"]
    offer = offer_world["offer"]
    client_of(learner).post(
        reverse("jobsearch:offer_answer", args=[offer.pk]), {"answer": "non_merci"}
    )
    exported = privacy.export_user_data(learner)
    text = str(exported)
    assert GOOD["title"] in text and "non_merci" in text
    assert "Mairie d'Issoudun" not in str(privacy.export_user_data(offer_world["learner_b"]))
    privacy.erase_user(learner)
    assert not Proposal.objects.filter(learner=learner).exists()
    assert Offer.objects.filter(pk=offer.pk).exists()
    # The counsellor goes too: the centre keeps its offers, without their name.
    offer_services.offer_propose(
        offer=offer, by=counsellor, learner_ids=[offer_world["learner_b"].pk]
    )
    privacy.erase_user(counsellor)
    offer.refresh_from_db()
    assert offer.author is None and offer.proposals.get().proposed_by is None
