"""The backup commands speak the active language: French by default, English from the
catalogue, never both in one message."""

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation


def refusal(*args):
    with pytest.raises(CommandError) as refused:
        call_command(*args)
    return str(refused.value)


def test_restore_says_a_missing_file_in_french_or_in_english(db, tmp_path):
    missing = tmp_path / "absente.tar.gz"
    assert refusal("restore_site", str(missing)) == f"Fichier introuvable : {missing}"
    with translation.override("en"):
        assert refusal("restore_site", str(missing)) == f"File not found: {missing}"


def test_backup_refuses_to_overwrite_in_the_active_language(db, tmp_path):
    there = tmp_path / "deja.tar.gz"
    there.write_text("une autre sauvegarde")
    french = refusal("backup_site", str(there))
    assert french == f"Impossible d'écrire la sauvegarde : « {there} » existe déjà"
    with translation.override("en"):
        english = refusal("backup_site", str(there))
    assert english == f"Could not write the backup: “{there}” already exists"
    assert there.read_text() == "une autre sauvegarde"


def test_the_commands_help_has_no_english_beside_the_french():
    from backups.management.commands import backup_site, restore_site

    for command in (backup_site.Command(), restore_site.Command()):
        assert "(" not in str(command.help)
        with translation.override("en"):
            assert "archive" in str(command.help) or "backup" in str(command.help)
