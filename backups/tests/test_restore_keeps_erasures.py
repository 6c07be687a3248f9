"""Back up, erase a learner, restore the backup: the erasure register puts the erasure back,
the person cannot sign in and her certificate no longer checks « valide »."""

import io
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import Client

from accounts import erasure_register, privacy
from certificates.models import Certificate
from certificates.services import certificate_issue
from progress import services as progress

RESTORE = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def content_types_cached(db):
    """As in test_backup_restore: a restore empties the content type cache."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*(m for m in apps.get_models() if not m._meta.proxy))


def signs_in(username, code):
    client = Client()
    client.post("/connexion/", {"username": username, "password": code})
    return "_auth_user_id" in client.session


def check_page(code):
    return Client().get(f"/attestation/verifier/{code}/").content.decode()


@RESTORE
def test_a_restored_backup_does_not_bring_an_erased_person_back(people, tmp_path):
    learner, code = people["learner_a"], people["code_a"]
    for lesson in people["lessons"]:
        progress.lesson_complete(user=learner, lesson=lesson)
    certificate = certificate_issue(user=learner, course=people["course"])
    assert signs_in(learner.username, code)
    assert "Attestation valide" in check_page(certificate.code)
    archive = tmp_path / "avant.tar.gz"
    call_command("backup_site", str(archive), stdout=io.StringIO())

    privacy.erase_user(learner)
    # The register names no one: a keyed hash of the account id and the date.
    text = erasure_register.path().read_text()
    (line,) = [json.loads(row) for row in text.splitlines()]
    assert set(line) == {"account", "erased_at"}
    assert len(line["account"]) == 64 and learner.username not in text
    assert line["account"] != erasure_register.account_hash(learner.pk, secret="autre clé")
    assert erasure_register.path().stat().st_mode & 0o077 == 0

    out = io.StringIO()
    call_command("restore_site", str(archive), "--force", stdout=out)

    assert "1 personne effacée après la sauvegarde" in out.getvalue()
    assert "a été effacée à nouveau" in out.getvalue()
    user = get_user_model().objects.get(pk=learner.pk)
    assert user.username == f"efface-{learner.pk}" and not user.is_active
    assert not signs_in(learner.username, code)
    assert "Attestation valide" not in check_page(certificate.code)
    assert Certificate.objects.get(code=certificate.code).revoked_at is not None
    # The others came back as they were; the register still has one line (not two).
    assert signs_in(people["learner_b"].username, people["code_b"])
    assert len(erasure_register.entries()) == 1
    # The same backup restored once more: erased again.
    out = io.StringIO()
    call_command("restore_site", str(archive), "--force", stdout=out)
    assert "1 personne effacée après la sauvegarde" in out.getvalue()
    assert not signs_in(learner.username, code)


@RESTORE
def test_a_damaged_register_line_is_skipped_and_the_rest_applies(people, tmp_path):
    archive = tmp_path / "avant.tar.gz"
    call_command("backup_site", str(archive), stdout=io.StringIO())
    privacy.erase_user(people["learner_b"])
    with erasure_register.path().open("a") as handle:
        handle.write('{"account": "coup')  # a line cut short
    call_command("restore_site", str(archive), "--force", stdout=io.StringIO())
    assert not get_user_model().objects.get(pk=people["learner_b"].pk).is_active
    assert get_user_model().objects.get(pk=people["learner_a"].pk).is_active
