"""Back up, wipe, restore: every page, person, result and file comes back with equal values;
a bad archive, or a failure half-way, changes nothing."""

import errno
import hashlib
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage, storages
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from wagtail.images import get_image_model

from accounts.services import learner_create
from backups import database
from backups.media import site_files, walk
from courses.factories import DocumentFactory, ImageFactory
from courses.models import LessonPage
from exercises.factories import ExerciseFactory, place
from exercises.h5p.models import H5PActivity
from exercises.h5p.services import h5p_package_import
from exercises.h5p.tests.builders import build_package
from mentoring.models import Thread
from mentoring.services import message_post, pairing_accept, pairing_propose, question_ask
from progress import services as progress
from progress.models import ExerciseAttempt, ExerciseResult, LessonProgress
from progress.services import h5p_state_save

FILLED_TABLES = [
    *["contenttypes.contenttype", "auth.permission", "auth.group"],
    *["accounts.centre", "accounts.user", "accounts.user_groups", "auth.group_permissions"],
    *["wagtailcore.page", "courses.lessonpage", "wagtailcore.revision", "wagtailcore.site"],
    *["images.customimage", "wagtaildocs.document", "exercises.exercise"],
    *["h5p.h5plibrary", "h5p.h5pactivity", "h5p.h5pactivitylibrary", "progress.h5pstate"],
    *["progress.lessonprogress", "progress.exerciseresult", "progress.exerciseattempt"],
    *["mentoring.pairing", "mentoring.thread", "mentoring.message", "mentoring.readmark"],
]
RESTORE = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p_files"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def content_types_cached(db):
    """A restore empties the content type cache. Django reloads the migrations' data for the
    next serialized test through Wagtail's Page(), which creates a content type it does not
    find in that cache, before the real one is loaded: read them all again first (a restore
    keeps their ids, so they are the right ones for that test too)."""
    yield
    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*(m for m in apps.get_models() if not m._meta.proxy))


# --- what the site holds, to compare before and after ----------------------------------------


def _rows(model):
    fields = model._meta.concrete_fields
    return [
        {field.attname: field.value_to_string(obj) for field in fields}
        for obj in model._base_manager.order_by("pk")
    ]


def database_state():
    """Every row of every backed-up table, ids included, many-to-many tables too."""
    dumped = set(database.dumped_models())
    state = {}
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        owner = meta.auto_created or model
        if owner in dumped:
            rows = _rows(model)
            if meta.auto_created:  # many-to-many links: their own ids mean nothing
                rows = sorted(tuple(v for k, v in row.items() if k != "id") for row in rows)
            state[meta.label_lower] = rows
    return state


def media_state():
    state = {}
    files = site_files()  # the media and the H5P package files, kept apart
    for name in walk(files):
        with files.open(name, "rb") as handle:
            state[name] = hashlib.sha256(handle.read()).hexdigest()
    return state


def sign_in(username, code):
    response = Client().post(
        "/connexion/", {"username": username, "password": code}, REMOTE_ADDR="10.0.0.9"
    )
    return response.status_code


def build_site(people):
    """A small but complete site: progress, a native and an H5P result, an image, a document,
    an H5P activity with its files, a mentor pairing and a question with its answer."""
    learner, other = people["learner_a"], people["learner_b"]
    first, second, third = people["lessons"]
    progress.lesson_visit(user=learner, lesson=first)
    progress.lesson_position_set(user=learner, lesson=first, position="b-etape-2")
    progress.lesson_complete(user=learner, lesson=first)
    progress.lesson_visit(user=other, lesson=second)
    exercise = ExerciseFactory(title="Le bon bouton")
    place(third, exercise)
    for score, passed in ((0.5, False), (1.0, True)):
        progress.exercise_attempt_record(
            user=learner,
            lesson=third,
            score=score,
            passed=passed,
            answer={"choice": [score]},
            exercise=exercise,
        )
    image = ImageFactory(title="Capture du bureau")
    document = DocumentFactory(title="Fiche mémo")
    activity = h5p_package_import(source=io.BytesIO(build_package()), title="Le bon choix").activity
    progress.exercise_attempt_record(
        user=learner,
        lesson=second,
        score=0.75,
        passed=True,
        answer={"xapi": "answered"},
        activity=activity,
    )
    h5p_state_save(user=learner, activity=activity, lesson=second, state='{"page": 2}')
    pairing = pairing_propose(by=people["facilitator"], mentor=people["mentor"], learner=learner)
    pairing_accept(learner=learner, pairing=pairing)
    thread = question_ask(learner=learner, lesson=first, text="Où est le bouton Démarrer ?")
    message_post(author=people["mentor"], thread=thread, text="En bas à gauche de l'écran.")
    return {"image": image, "document": document, "activity": activity, "exercise": exercise}


# --- the round trip --------------------------------------------------------------------------


@RESTORE
def test_backup_wipe_restore_finds_everything_again(people, tmp_path, capsys):
    made = build_site(people)
    learner = people["learner_a"]
    pages = list(LessonPage.objects.order_by("path").values_list("title", "url_path", "live"))
    bodies = {page.pk: list(page.body.raw_data) for page in LessonPage.objects.all()}
    image_bytes = made["image"].file.open("rb").read()
    package_bytes = made["activity"].package.read()
    before_db, before_media = database_state(), media_state()
    archive = tmp_path / "sauvegarde.tar.gz"

    call_command("backup_site", str(archive))
    assert "Sauvegarde écrite" in capsys.readouterr().out
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
    assert names[0] == "data.json" and names[-1] == "manifest.json"
    assert {f"media/{name}" for name in before_media} == set(names[1:-1])
    assert manifest["counts"]["accounts.user"] == 7
    assert manifest["counts"]["progress.exerciseresult"] == 2
    assert {entry["name"]: entry["sha256"] for entry in manifest["media"]} == before_media
    assert manifest["migrations"] == database.applied_migrations()

    call_command("flush", interactive=False)
    for name in list(walk(site_files())):
        site_files().delete(name)
    assert LessonPage.objects.count() == 0 and media_state() == {}
    assert database_state() != before_db

    call_command("restore_site", str(archive))
    assert "Sauvegarde restaurée" in capsys.readouterr().out

    # Every row of every table, and every file, as it was.
    assert database_state() == before_db
    assert media_state() == before_media
    assert all(before_db[label] for label in FILLED_TABLES)  # the comparison is not empty
    # The same, told the way people would check it.
    assert list(LessonPage.objects.order_by("path").values_list("title", "url_path", "live")) == (
        pages
    )
    assert {page.pk: list(page.body.raw_data) for page in LessonPage.objects.all()} == bodies
    restored = get_user_model().objects.get(pk=learner.pk)
    assert (restored.username, restored.centre.name) == (learner.username, "Espace Numérique")
    assert list(restored.groups.values_list("name", flat=True)) == ["Apprenants"]
    assert LessonProgress.objects.get(user=learner, lesson=people["lessons"][0]).position == (
        "b-etape-2"
    )
    native = ExerciseResult.objects.get(user=learner, exercise=made["exercise"])
    assert (native.attempts, native.best_score, native.last_score) == (2, 1.0, 1.0)
    assert ExerciseAttempt.objects.filter(result=native).count() == 2
    activity = H5PActivity.objects.get(pk=made["activity"].pk)
    assert ExerciseResult.objects.get(activity=activity).best_score == 0.75
    assert storages["h5p"].exists(f"{activity.content_path}content/content.json")
    assert not default_storage.exists(f"{activity.content_path}content/content.json")
    assert activity.package.read() == package_bytes
    assert get_image_model().objects.get().file.open("rb").read() == image_bytes
    assert Thread.objects.get().messages.count() == 2
    facilitator = get_user_model().objects.get(username="camille")
    assert facilitator.has_perm("accounts.manage_learners")
    assert ContentType.objects.get_for_model(LessonPage).model == "lessonpage"

    # The access card still opens the account, and new rows get fresh ids.
    assert sign_in(learner.username, people["code_a"]) == 302
    newcomer, code = learner_create(centre=restored.centre, first_name="Nadia")
    assert newcomer.pk > max(int(user["id"]) for user in before_db["accounts.user"])
    assert sign_in(newcomer.username, code) == 302
    row = progress.lesson_visit(user=newcomer, lesson=people["lessons"][1])
    assert row.pk > max(int(r["id"]) for r in before_db["progress.lessonprogress"])


@RESTORE
def test_force_replaces_a_site_that_changed_since_the_backup(people, tmp_path):
    build_site(people)
    before_db, before_media = database_state(), media_state()
    archive = tmp_path / "site.tar.gz"
    call_command("backup_site", str(archive))
    learner_create(centre=people["centre"], first_name="Après")
    ImageFactory(title="Ajoutée après la sauvegarde")
    LessonPage.objects.filter(pk=people["lessons"][0].pk).update(title="Renommée")

    with pytest.raises(CommandError, match="--force"):
        call_command("restore_site", str(archive))
    call_command("restore_site", str(archive), "--force")

    assert database_state() == before_db
    # Files the backup did not know stay (only the database is replaced), the others are equal.
    after_media = media_state()
    assert {name: after_media[name] for name in before_media} == before_media
    assert len(after_media) == len(before_media) + 1


# --- refusals: each leaves the database and the media as they were ---------------------------


@pytest.fixture
def archive(people, tmp_path):
    ImageFactory(title="Une capture")
    DocumentFactory(title="Une fiche")
    path = tmp_path / "valide.tar.gz"
    call_command("backup_site", str(path))
    return path


def rewrite(source, target, change):
    """Copy an archive, member by member, through change(members) -> [(TarInfo, bytes)]."""
    with tarfile.open(source) as tar:
        members = [(m, tar.extractfile(m).read() if m.isreg() else b"") for m in tar]
    with tarfile.open(target, "w:gz") as tar:
        for info, data in change(members):
            info.size = len(data) if info.isreg() else 0
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    return target


def with_manifest(edit):
    def change(members):
        for info, data in members:
            if info.name == "manifest.json":
                data = edit(json.loads(data))
                data = data if isinstance(data, bytes) else json.dumps(data).encode()
            yield info, data

    return change


def add_member(name, kind=tarfile.REGTYPE, data=b"piege", linkname=""):
    def change(members):
        yield from members
        info = tarfile.TarInfo(name)
        info.type, info.linkname = kind, linkname
        yield info, data

    return change


def tamper_media(members):
    for info, data in members:
        if info.name.startswith("media/"):
            data = data[:-1] + bytes([data[-1] ^ 1])
        yield info, data


def extra_migration(manifest):
    manifest["migrations"]["courses"].append("9999_version_future")
    return manifest


def missing_migration(manifest):
    manifest["migrations"]["progress"].pop()
    return manifest


BAD_ARCHIVES = {
    "manifest_not_json": (with_manifest(lambda m: b"{pas du json"), "manifeste est illisible"),
    "manifest_wrong_format": (with_manifest(lambda m: {**m, "format": "x"}), "manifeste"),
    "media_checksum": (tamper_media, "ne correspond pas à son empreinte"),
    "dotdot": (add_member("media/../../evil.txt"), "sort du dossier"),
    "absolute": (add_member("/etc/evil.txt"), "sort du dossier"),
    "unknown_member": (add_member("evil.sh"), "sort du dossier"),
    "symlink": (add_member("media/lien", tarfile.SYMTYPE, b"", "/etc/passwd"), "est un lien"),
    "hardlink": (add_member("media/dur", tarfile.LNKTYPE, b"", "data.json"), "est un lien"),
    "unlisted_file": (add_member("media/en-trop.txt"), "pas dans le manifeste"),
    "newer_code": (with_manifest(extra_migration), "même version du code"),
    "older_code": (with_manifest(missing_migration), "même version du code"),
    "no_manifest": (lambda ms: [(i, d) for i, d in ms if i.name != "manifest.json"], "il manque"),
}


@pytest.mark.parametrize("case", BAD_ARCHIVES)
def test_bad_archive_is_refused_and_nothing_changes(archive, tmp_path, case):
    change, message = BAD_ARCHIVES[case]
    bad = rewrite(archive, tmp_path / f"{case}.tar.gz", change)
    before_db, before_media = database_state(), media_state()
    with pytest.raises(CommandError, match=message) as refused:
        call_command("restore_site", str(bad), "--force")
    assert "Restauration refusée" in str(refused.value) or "Sauvegarde refusée" in str(
        refused.value
    )
    assert "refused" not in str(refused.value)  # French only: the English is in the catalogue
    assert database_state() == before_db
    assert media_state() == before_media


@pytest.mark.parametrize(
    "content", [b"ceci n'est pas une archive", b"\x1f\x8b\x08\x00tronque", "plain_tar"]
)
def test_not_a_tar_gz_is_refused(archive, tmp_path, content):
    bad = tmp_path / "mauvais.tar.gz"
    if content == "plain_tar":
        with tarfile.open(bad, "w") as tar:
            tar.add(archive, arcname="data.json")
    else:
        bad.write_bytes(content)
    before_db = database_state()
    with pytest.raises(CommandError, match="pas une sauvegarde .tar.gz lisible"):
        call_command("restore_site", str(bad), "--force")
    assert database_state() == before_db


def test_truncated_archive_is_refused(archive, tmp_path):
    bad = tmp_path / "coupee.tar.gz"
    bad.write_bytes(archive.read_bytes()[:-200])
    with pytest.raises(CommandError, match="lisible|empreinte|il manque"):
        call_command("restore_site", str(bad), "--force")


def test_non_empty_database_needs_force(archive):
    before_db = database_state()
    with pytest.raises(CommandError, match=r"contient déjà des données \(7 personnes"):
        call_command("restore_site", str(archive))
    assert database_state() == before_db


@RESTORE  # a real restore is a transaction of its own, not a savepoint in the test's
def test_data_that_does_not_load_rolls_everything_back(archive, tmp_path):
    def break_data(members):
        members = list(members)
        data = json.loads(members[0][1])
        user = next(row for row in data if row["model"] == "accounts.user")
        user["fields"]["centre"] = 999_999  # a centre that does not exist
        raw = json.dumps(data).encode()
        entry = {"size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
        for info, content in members:
            if info.name == "data.json":
                content = raw
            elif info.name == "manifest.json":
                content = json.dumps({**json.loads(content), "data": entry}).encode()
            yield info, content

    bad = rewrite(archive, tmp_path / "casse.tar.gz", break_data)
    before_db, before_media = database_state(), media_state()
    with pytest.raises(CommandError, match="pas pu être chargées, rien n'a changé.*accounts_user"):
        call_command("restore_site", str(bad), "--force")
    assert database_state() == before_db
    assert media_state() == before_media


def folders(root):
    return sorted(path for path in Path(root).rglob("*") if path.is_dir())


@RESTORE
def test_full_disk_while_writing_media_removes_what_was_written(archive, monkeypatch, media_root):
    for name in list(walk(site_files())):
        site_files().delete(name)
    for folder in reversed(folders(media_root)):
        folder.rmdir()
    folders_before = folders(media_root)
    before_db = database_state()
    real_save, saved = default_storage._save, []

    def save_then_fill_up(name, content):
        if saved:
            raise OSError(errno.ENOSPC, "No space left on device")
        saved.append(real_save(name, content))
        return saved[-1]

    monkeypatch.setattr(default_storage, "_save", save_then_fill_up)
    with pytest.raises(CommandError, match="Impossible d'écrire les fichiers de media"):
        call_command("restore_site", str(archive), "--force")
    assert saved  # one file was written, then removed again
    assert database_state() == before_db
    assert media_state() == {}
    # Not even the folders it made for them.
    assert folders(media_root) == folders_before
    assert ContentType.objects.get_for_model(LessonPage) == ContentType.objects.get(
        app_label="courses", model="lessonpage"
    )


# --- backups that cannot be written leave nothing --------------------------------------------


def test_backup_into_a_folder_that_cannot_exist_fails_clearly(db, tmp_path):
    not_a_folder = tmp_path / "fichier"
    not_a_folder.write_text("je suis un fichier")
    with pytest.raises(CommandError, match=r"^Impossible d'écrire la sauvegarde : "):
        call_command("backup_site", str(not_a_folder / "sauvegarde.tar.gz"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fichier"]
    assert not_a_folder.read_text() == "je suis un fichier"


def test_full_disk_during_the_backup_leaves_no_partial_archive(archive, tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("backups.services.os.fsync", full)
    target = tmp_path / "sortie"
    target.mkdir()
    with pytest.raises(CommandError, match="Impossible d'écrire la sauvegarde : .*No space left"):
        call_command("backup_site", str(target / "pleine.tar.gz"))
    assert list(target.iterdir()) == []


def test_backup_refuses_to_go_inside_the_media_folder(db, media_root):
    media_root.mkdir(parents=True)
    with pytest.raises(CommandError, match="dans le dossier des media"):
        call_command("backup_site", str(media_root / "sauvegarde.tar.gz"))
    assert list(media_root.iterdir()) == []


def test_archive_is_readable_by_its_owner_only(archive):
    assert archive.stat().st_mode & 0o777 == 0o600


def test_backup_never_overwrites_a_file(archive):
    before = archive.read_bytes()
    with pytest.raises(CommandError, match="existe déjà"):
        call_command("backup_site", str(archive))
    assert archive.read_bytes() == before


def test_default_name_is_dated_in_the_current_folder(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    call_command("backup_site")
    (written,) = tmp_path.glob("pasapas-backup-*.tar.gz")
    assert len(written.name) == len("pasapas-backup-20250101-120000.tar.gz")
    with tarfile.open(written) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["database"]["vendor"] == connection.vendor
    assert {"sessions", "axes", "wagtailsearch"} <= set(manifest["excluded"])
    assert manifest["counts"]["contenttypes.contenttype"] > 50
