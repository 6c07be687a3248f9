"""The demo content type: packaged here, valid by the site's own rules, the same bytes each
time, and imported by load_demo once."""

import io

import pytest
from django.core.management import CommandError, call_command

from demo.h5p.content import DEMO_ACTIVITIES
from demo.h5p.packaging import demo_package
from exercises.h5p.models import H5PActivity, H5PLibrary
from exercises.h5p.validation import validate_package


@pytest.mark.parametrize("key", list(DEMO_ACTIVITIES))
def test_demo_packages_are_valid_and_reproducible(key):
    data = demo_package(key)
    assert data == demo_package(key)
    package = validate_package(io.BytesIO(data))
    assert package.main_library == ("PasAPas.BonChoix", 1, 0)
    assert package.title == DEMO_ACTIVITIES[key]["title"]
    assert sum(1 for answer in package.content["answers"] if answer["correct"]) == 1


def test_demo_package_command_writes_a_file_the_import_accepts(db, tmp_path):
    path = tmp_path / "fenetre.h5p"
    call_command("h5p_demo_package", "fermer-une-fenetre", str(path), stdout=io.StringIO())
    call_command("h5p_import", str(path), "--check", stdout=io.StringIO())
    with pytest.raises(CommandError, match="inconnue"):
        call_command("h5p_demo_package", "nope", str(tmp_path / "x.h5p"))


def test_load_demo_imports_the_demo_activities_once(db):
    call_command("load_demo", stdout=io.StringIO())
    assert set(H5PActivity.objects.values_list("title", flat=True)) == {
        spec["title"] for spec in DEMO_ACTIVITIES.values()
    }
    assert H5PLibrary.objects.get().machine_name == "PasAPas.BonChoix"
    call_command("load_demo", stdout=io.StringIO())
    assert H5PActivity.objects.count() == len(DEMO_ACTIVITIES)
