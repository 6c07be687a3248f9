"""Permanences: agents announce them, learners of that centre see them where it helps and say
they will come; nobody else sees or changes them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.services import learner_create
from partners.models import Permanence, Visit
from workshops.models import Room, Session

from .conftest import permanence_at

pytestmark = pytest.mark.django_db
HOME = "/partenaires/"
ADD = "/partenaires/permanences/ajouter/"


def future(days=3):
    return (timezone.localdate() + timedelta(days=days)).isoformat()


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 302),
        ("learner_a", 403),
        ("mentor", 403),
        ("facilitator", 403),
        ("admin", 403),
        ("caf_agent", 200),
        ("cpam_agent", 200),
    ],
)
def test_only_agents_have_the_agent_space(partners_world, as_user, who, status):
    client = as_user(partners_world[who] if who else None)
    assert client.get(HOME).status_code == status
    data = {
        "centre": partners_world["centre"].pk,
        "date": future(),
        "start_time": "14:00",
        "end_time": "16:00",
        "place": "Espace Public",
    }
    posted = client.post(ADD, data)
    assert posted.status_code == (302 if status == 200 else status)
    assert Permanence.objects.exists() is (status == 200)


def test_an_agent_announces_a_permanence_for_their_organisation(partners_world, as_user):
    as_user(partners_world["cpam_agent"]).post(
        ADD,
        {
            "centre": partners_world["centre"].pk,
            "date": future(),
            "start_time": "09:30",
            "end_time": "11:00",
            "place": "Espace Public",
        },
    )
    permanence = Permanence.objects.get()
    assert permanence.organisation == partners_world["cpam"]
    assert permanence.agent == partners_world["cpam_agent"]
    assert timezone.localtime(permanence.starts_at).hour == 9


def test_a_permanence_at_a_session_takes_its_time(partners_world, as_user):
    centre = partners_world["centre"]
    room = Room.objects.create(centre=centre, name="Espace Atelier")
    starts = timezone.now() + timedelta(days=5)
    session = Session.objects.create(
        centre=centre,
        title="E-administration",
        room=room,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
    )
    response = as_user(partners_world["caf_agent"]).post(
        ADD, {"centre": centre.pk, "session": session.pk}
    )
    assert response.status_code == 302
    permanence = Permanence.objects.get()
    assert (permanence.session, permanence.starts_at) == (session, session.starts_at)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"date": ""}, "Choisissez une séance, ou donnez la date et les heures."),
        ({"date": "31/02/2027"}, "Écrivez une date"),
        ({"start_time": "25:99"}, "Écrivez une heure"),
        ({"end_time": "13:00"}, "L&#x27;heure de fin doit venir après"),
        ({"date": "2020-01-07"}, "Cette date est passée"),
        ({"centre": "other_centre"}, "Choisissez un des centres que vous servez."),
        ({"session": "999999"}, "Cette séance n&#x27;est pas proposée"),
        ({"place": "   "}, "Écrivez le lieu"),
    ],
)
def test_bad_permanences_are_refused(partners_world, as_user, data, message):
    posted = {
        "centre": partners_world["centre"].pk,
        "date": future(),
        "start_time": "14:00",
        "end_time": "16:00",
        "place": "Espace Public",
        **data,
    }
    if posted["centre"] == "other_centre":
        posted["centre"] = partners_world["other_centre"].pk
    response = as_user(partners_world["caf_agent"]).post(ADD, posted)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Permanence.objects.exists()


@pytest.mark.parametrize(
    ("who", "removes"),
    [
        ("caf_agent", True),
        ("facilitator", True),
        ("admin", True),
        ("cpam_agent", False),
        ("caf_agent_other", False),
        ("other_facilitator", False),
        ("learner_a", False),
        ("mentor", False),
    ],
)
def test_who_may_remove_a_permanence(partners_world, as_user, who, removes):
    permanence = permanence_at(partners_world)
    response = as_user(partners_world[who]).post(
        f"/partenaires/permanences/{permanence.pk}/supprimer/"
    )
    assert response.status_code == (302 if removes else 404)
    assert Permanence.objects.filter(pk=permanence.pk).exists() is not removes


def test_learners_of_the_centre_see_permanences_on_the_lesson_about_the_service(
    partners_world, caf_lesson, as_user
):
    permanence_at(partners_world)
    permanence_at(partners_world, organisation="cpam", agent="cpam_agent")
    permanence_at(partners_world, agent="caf_agent_other", centre="other_centre")
    page = as_user(partners_world["learner_a"]).get(caf_lesson.url).content.decode()
    assert "Un agent de la CAF sera là" in page
    assert "Je viendrai avec une question" in page
    assert "la CPAM sera là" not in page  # not about that service
    assert page.count("sera là") == 1  # the other centre's permanence is not theirs
    other_lesson = partners_world["lessons"][1]
    assert (
        "sera là" not in as_user(partners_world["learner_a"]).get(other_lesson.url).content.decode()
    )
    stranger, _ = learner_create(centre=partners_world["other_centre"], first_name="Nina")
    theirs = as_user(stranger).get(caf_lesson.url).content.decode()
    assert theirs.count("sera là") == 1
    anonymous = as_user(None).get(caf_lesson.url).content.decode()
    assert "sera là" not in anonymous


def test_my_workshops_and_the_home_page_show_the_coming_permanences(partners_world, as_user):
    permanence_at(partners_world, days=2)
    permanence_at(partners_world, organisation="cpam", agent="cpam_agent", days=20)
    client = as_user(partners_world["learner_a"])
    mine = client.get("/mes-ateliers/").content.decode()
    assert "la CAF sera là" in mine and "la CPAM sera là" in mine
    home = client.get("/").content.decode()
    assert "la CAF sera là" in home and "la CPAM sera là" not in home  # this week only


def test_a_learner_says_they_will_come_and_the_agent_sees_their_first_name(partners_world, as_user):
    permanence = permanence_at(partners_world)
    url = f"/partenaires/permanences/{permanence.pk}/je-viendrai/"
    client = as_user(partners_world["learner_a"])
    assert client.post(url, {"coming": "1", "next": "/mes-ateliers/"}).status_code == 302
    assert client.post(url, {"coming": "1"}).status_code == 302  # twice is harmless
    assert Visit.objects.filter(learner=partners_world["learner_a"]).count() == 1
    assert "Finalement, je ne viendrai pas" in client.get("/mes-ateliers/").content.decode()
    agent_page = as_user(partners_world["caf_agent"]).get(HOME).content.decode()
    assert "1 personne a dit venir avec une question : Marie" in agent_page
    other_agent = as_user(partners_world["caf_agent_other"]).get(HOME).content.decode()
    assert "Marie" not in other_agent
    as_user(partners_world["learner_a"]).post(url, {"coming": "0"})
    assert not Visit.objects.exists()


@pytest.mark.parametrize("who", ["caf_agent", "facilitator", "mentor", "stranger"])
def test_only_learners_of_the_centre_say_they_will_come(partners_world, as_user, who):
    permanence = permanence_at(partners_world)
    if who == "stranger":
        person, _ = learner_create(centre=partners_world["other_centre"], first_name="Nina")
    else:
        person = partners_world[who]
    response = as_user(person).post(f"/partenaires/permanences/{permanence.pk}/je-viendrai/")
    assert response.status_code == 404
    assert not Visit.objects.exists()


def test_nobody_says_they_will_come_to_a_past_permanence(partners_world, as_user):
    permanence = permanence_at(partners_world)
    Permanence.objects.filter(pk=permanence.pk).update(
        starts_at=timezone.now() - timedelta(hours=3), ends_at=timezone.now() - timedelta(hours=1)
    )
    response = as_user(partners_world["learner_a"]).post(
        f"/partenaires/permanences/{permanence.pk}/je-viendrai/"
    )
    assert response.status_code == 400 and "passée" in response.content.decode()
    assert not Visit.objects.exists()
