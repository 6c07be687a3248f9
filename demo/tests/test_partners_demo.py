"""The demo's partners: the seed's six organisations, two agents, and their permanences at the
e-administration sessions to come; loading twice adds nothing."""

from django.utils import timezone

from courses.factories import CoursePageFactory
from demo.loader import DemoLoader
from demo.partners import load_partners
from demo.week import load_week
from partners.models import Agent, Organisation, Permanence


def test_the_demo_has_the_seeds_partners_and_permanences_to_come(catalogue):
    CoursePageFactory(parent=catalogue, slug="demarches-en-ligne")
    loader = DemoLoader()
    centre = loader.centre()
    facilitator = loader.facilitator(centre, password="animateur-test-1")
    load_week(centre=centre, facilitator=facilitator)
    created = load_partners(centre=centre, facilitator=facilitator)
    names = set(Organisation.objects.values_list("short_name", flat=True))
    assert {"la CAF", "l'Assurance Maladie", "les impôts", "la CARSAT", "la MSA"} <= names
    assert Agent.objects.count() == 2
    assert created == Permanence.objects.count() >= 4
    assert not Permanence.objects.filter(starts_at__lte=timezone.now()).exists()
    assert set(Permanence.objects.values_list("organisation__short_name", flat=True)) == {
        "la CAF",
        "l'Assurance Maladie",
    }
    assert load_partners(centre=centre, facilitator=facilitator) == 0
    assert (Organisation.objects.count(), Agent.objects.count()) == (6, 2)
