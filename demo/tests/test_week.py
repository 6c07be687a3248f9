"""The demo's week: seven workshops in the Espace Atelier, and their sessions to come."""

import io

from django.core.management import call_command
from django.utils import timezone

from workshops.models import Room, Session, Workshop


def test_the_demo_loads_the_centre_week_once(db, client):
    call_command("load_demo", stdout=io.StringIO())
    assert Workshop.objects.count() == 7
    assert set(Room.objects.values_list("name", flat=True)) == {"Espace Atelier", "Espace Public"}
    assert all(workshop.track_id for workshop in Workshop.objects.all())
    sessions = Session.objects.count()
    assert sessions >= 7 * 4
    assert not Session.objects.filter(starts_at__lte=timezone.now()).exists()
    call_command("load_demo", stdout=io.StringIO())
    assert (Workshop.objects.count(), Session.objects.count()) == (7, sessions)
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="animateur"))
    html = client.get("/animation/ateliers/").content.decode()
    assert "Retoucher ses photos" in html
