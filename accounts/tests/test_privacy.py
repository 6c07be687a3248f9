"""RGPD: export and erasure cover every model that points to a person."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from accounts import privacy
from progress import services
from progress.models import LessonProgress


def test_every_model_pointing_to_the_user_has_export_and_erase_handling():
    assert "progress.LessonProgress" in privacy.models_pointing_to_user()
    missing = privacy.unhandled_models()
    assert missing == set(), f"Add export/erase handling (accounts.privacy.register): {missing}"


def test_learner_downloads_only_their_own_data(client, people):
    a, b = people["learner_a"], people["learner_b"]
    services.lesson_complete(user=a, lesson=people["lessons"][0])
    services.lesson_visit(user=b, lesson=people["lessons"][1])
    client.force_login(a)
    response = client.get("/mon-compte/mes-donnees.json")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["username"] == a.username
    rows = data["progress.LessonProgress"]
    assert [row["lesson_id"] for row in rows] == [people["lessons"][0].pk]
    assert rows[0]["completed_at"]
    assert b.username not in response.content.decode()


def test_export_command(people):
    out = io.StringIO()
    call_command("export_learner_data", people["learner_a"].username, stdout=out)
    assert json.loads(out.getvalue())["account"]["first_name"] == "Marie"


def test_export_and_erase_of_an_unknown_name_fail_clearly(db):
    with pytest.raises(CommandError, match="Aucun compte"):
        call_command("export_learner_data", "personne")
    with pytest.raises(CommandError, match="Aucun compte"):
        call_command("erase_learner", "personne", "--yes")


def test_erase_removes_personal_data_and_keeps_anonymous_figures(client, people):
    learner = people["learner_a"]
    services.lesson_complete(user=learner, lesson=people["lessons"][0])
    client.force_login(learner)
    call_command("erase_learner", learner.username, "--yes", stdout=io.StringIO())
    learner.refresh_from_db()
    assert learner.username == f"efface-{learner.pk}"
    assert (learner.first_name, learner.last_name, learner.email) == ("", "", "")
    assert not learner.is_active and not learner.has_usable_password()
    assert not learner.groups.exists()
    # The lesson still counts one completion, attached to nobody.
    row = LessonProgress.objects.get(lesson_id=people["lessons"][0].pk)
    assert row.user is None and row.completed_at is not None
    # The erased person's session is gone.
    assert client.get("/mon-compte/").status_code == 302


def test_erase_refuses_admin_accounts(people):
    with pytest.raises(CommandError, match="administration"):
        call_command("erase_learner", "admin", "--yes")


def test_an_erasure_that_cannot_be_registered_changes_nothing(people, settings, tmp_path):
    """Without its line in the register, an erasure could be undone by the next restore:
    it is refused whole."""
    blocker = tmp_path / "fichier"
    blocker.write_text("pas un dossier")
    settings.ERASURE_REGISTER = blocker / "erasures.jsonl"
    learner = people["learner_a"]
    services.lesson_complete(user=learner, lesson=people["lessons"][0])
    with pytest.raises(CommandError, match="registre des effacements"):
        call_command("erase_learner", learner.username, "--yes", stdout=io.StringIO())
    learner.refresh_from_db()
    assert learner.is_active and learner.first_name == "Marie"
    assert LessonProgress.objects.get(lesson_id=people["lessons"][0].pk).user == learner
