"""Publishing slots: one, an afternoon, a weekly series; bad input says what is wrong and
stores nothing."""

import datetime

import pytest
from django.utils import timezone

from appointments.models import Slot

from .conftest import signed_in

pytestmark = pytest.mark.django_db

URL = "/animation/rendez-vous/publier/"


def next_weekday(weekday):
    today = timezone.localdate()
    return today + datetime.timedelta(days=(weekday - today.weekday()) % 7 or 7)


def form(world, **changes):
    data = {
        "day": next_weekday(1).isoformat(),  # a Tuesday to come
        "start": "14:00",
        "end": "17:00",
        "minutes": "30",
        "weeks": "8",
        "room": str(world["room"].pk),
        "helper": str(world["facilitator"].pk),
        "note": "Apportez votre clé USB",
    }
    data.update(changes)
    return data


def test_a_series_every_tuesday_afternoon_for_eight_weeks_is_one_form(world):
    before = Slot.objects.count()
    response = signed_in(world["facilitator"]).post(URL, form(world))
    assert response.status_code == 302
    made = Slot.objects.filter(helper=world["facilitator"]).order_by("starts_at")
    assert Slot.objects.count() - before == 6 * 8 == made.count()
    local = [timezone.localtime(slot.starts_at) for slot in made]
    assert {moment.weekday() for moment in local} == {1}
    assert {moment.time() for moment in local} == {
        datetime.time(h, m) for h in (14, 15, 16) for m in (0, 30)
    }
    assert len({moment.date() for moment in local}) == 8
    assert {slot.place for slot in made} == {"Espace Public"}
    assert {slot.note for slot in made} == {"Apportez votre clé USB"}
    assert {slot.centre_id for slot in made} == {world["centre"].pk}


def test_one_slot_and_the_desk_as_the_place(world):
    client = signed_in(world["counsellor"])
    response = client.post(
        URL, form(world, start="09:00", end="09:45", minutes="45", weeks="1", room="",
                  helper=str(world["counsellor"].pk))
    )  # fmt: skip
    assert response.status_code == 302
    slot = Slot.objects.get(helper=world["counsellor"], minutes=45)
    assert slot.place == "l'accueil" and slot.room is None
    assert slot.created_by == world["counsellor"]


def test_publishing_the_same_series_twice_copies_nothing(world):
    client = signed_in(world["facilitator"])
    client.post(URL, form(world, weeks="2"))
    count = Slot.objects.count()
    response = client.post(URL, form(world, weeks="3"), follow=True)
    assert Slot.objects.count() == count + 6
    assert "existaient déjà" in response.content.decode()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"end": "13:00"}, "L&#x27;heure de fin vient après l&#x27;heure de début."),
        ({"end": "14:15"}, "il n&#x27;y a pas la place d&#x27;un créneau"),
        ({"day": "2020-01-07"}, "Ce créneau est déjà passé"),
        ({"day": "mardi"}, "Écrivez une date"),
        ({"start": "25:99"}, "Écrivez une heure"),
        ({"minutes": "20"}, "Sélectionnez un choix valide"),
        ({"weeks": "0"}, "Au moins 1 semaine."),
        ({"weeks": "99"}, "Au plus 12 semaines."),
        ({"weeks": "douze"}, "Écrivez un nombre de semaines."),
        ({"start": "08:00", "end": "20:00", "weeks": "12"}, "Cela ferait 288 créneaux"),
        ({"note": "x" * 201}, "200 caractères"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_stored(world, changes, message):
    before = Slot.objects.count()
    response = signed_in(world["facilitator"]).post(URL, form(world, **changes))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Slot.objects.count() == before


def test_another_centres_room_or_helper_cannot_be_posted(world):
    client = signed_in(world["facilitator"])
    before = Slot.objects.count()
    attempts = [
        {"room": str(world["far_room"].pk)},
        {"helper": str(world["far_counsellor"].pk)},
        {"helper": str(world["learner"].pk)},
        {"room": "999999"},
    ]
    for changes in attempts:
        response = client.post(URL, form(world, **changes))
        assert response.status_code == 200
        assert "Sélectionnez un choix valide" in response.content.decode()
    assert Slot.objects.count() == before


def test_the_form_offers_only_the_centres_rooms_and_staff(world):
    page = signed_in(world["facilitator"]).get(URL).content.decode()
    assert "Espace Public" in page and "Salle du fond" not in page
    assert "Inès" in page and "Hugo" not in page and "Josiane" not in page


def test_cancelling_a_slot_needs_the_box_ticked(world):
    slot = Slot.objects.filter(centre=world["centre"]).first()
    client = signed_in(world["facilitator"])
    client.post(f"/animation/rendez-vous/{slot.pk}/annuler/", {})
    slot.refresh_from_db()
    assert slot.cancelled_at is None
    client.post(f"/animation/rendez-vous/{slot.pk}/annuler/", {"confirm": "oui"})
    slot.refresh_from_db()
    assert slot.cancelled_at is not None
