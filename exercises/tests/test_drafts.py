"""Exercises have drafts, revisions, history, preview and locking like pages. A facilitator's
edit to an exercise in use waits until it is published: learners and the scorer only ever use
the live version; a bad edit is undone by publishing an older revision; unpublished is gone
for learners. Before a deletion, the admin says whose results are there."""

import pytest
from django.test import Client

from exercises.models import Exercise
from progress.models import ExerciseResult

from .conftest import post_answer


def _answers(exercise):
    return exercise.block[0].example_answers(exercise.block[1])


def _swapped(exercise):
    """The same question with the right and the wrong choice swapped: a bad edit."""
    from exercises.registry import get_type

    body = get_type("single_choice").sample()
    choices = [{**c, "correct": not c["correct"]} for c in body["choices"]]
    return [("single_choice", {**body, "choices": choices})]


@pytest.fixture
def admin(db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", password="admin-pass-123")
    client = Client()
    client.force_login(user)
    return client, user


@pytest.fixture
def signed_in(learner):
    client = Client()
    client.force_login(learner)
    return client


def test_existing_exercises_are_live(placed):
    exercise = placed("single_choice")
    assert exercise.live and Exercise.objects.filter(live=True).count() == 1


def test_a_draft_changes_nothing_for_learners_until_published(placed, lesson, signed_in, admin):
    exercise = placed("single_choice", title="Le menu Démarrer")
    right, wrong = _answers(exercise)["right"], _answers(exercise)["wrong"]
    _, user = admin
    # A careless edit, saved as a draft: new title, right and wrong swapped.
    exercise.title = "Titre du brouillon"
    exercise.body = _swapped(exercise)
    exercise.save_revision(user=user)
    live = Exercise.objects.get(pk=exercise.pk)
    assert live.title == "Le menu Démarrer" and live.has_unpublished_changes
    page = signed_in.get(lesson.url).content.decode()
    assert "Le menu Démarrer" in page and "Titre du brouillon" not in page
    # The scorer uses the live version: the old right answer is still right.
    response = post_answer(signed_in, live, lesson, right)
    assert response.status_code == 200
    assert ExerciseResult.objects.get().passed

    # Published: the edit goes live, and the scorer follows.
    live.latest_revision.publish(user=user)
    assert Exercise.objects.get(pk=exercise.pk).title == "Titre du brouillon"
    post_answer(signed_in, live, lesson, wrong)
    assert ExerciseResult.objects.get().last_score == 1.0  # « wrong » is now the right one


def test_a_bad_edit_is_reverted_by_publishing_the_older_revision(placed, admin):
    client, user = admin
    exercise = placed("single_choice", title="Avant")
    first = exercise.save_revision(user=user)
    first.publish(user=user)
    exercise.refresh_from_db()
    exercise.title = "Après, raté"
    exercise.save_revision(user=user).publish(user=user)
    assert Exercise.objects.get(pk=exercise.pk).title == "Après, raté"
    first.publish(user=user)
    assert Exercise.objects.get(pk=exercise.pk).title == "Avant"
    # The admin shows its history and its revisions, and can preview and lock it.
    base = "/admin/snippets/exercises/exercise"
    assert client.get(f"{base}/history/{exercise.pk}/").status_code == 200
    assert client.get(f"{base}/edit/{exercise.pk}/").status_code == 200
    assert client.post(f"{base}/lock/{exercise.pk}/").status_code == 302
    assert Exercise.objects.get(pk=exercise.pk).locked


def test_an_unpublished_exercise_is_gone_for_learners(placed, lesson, signed_in, admin):
    client, _ = admin
    exercise = placed("single_choice", title="Bientôt retiré")
    url = f"/admin/snippets/exercises/exercise/unpublish/{exercise.pk}/"
    assert client.post(url).status_code == 302
    assert not Exercise.objects.get(pk=exercise.pk).live
    assert "Bientôt retiré" not in signed_in.get(lesson.url).content.decode()
    response = post_answer(signed_in, exercise, lesson, _answers(exercise)["right"])
    assert response.status_code == 404
    assert not ExerciseResult.objects.exists()


def test_the_delete_confirmation_says_whose_results_are_here(placed, lesson, signed_in, admin):
    client, _ = admin
    exercise = placed("single_choice")
    post_answer(signed_in, exercise, lesson, _answers(exercise)["right"])
    url = f"/admin/snippets/exercises/exercise/delete/{exercise.pk}/"
    page = client.get(url).content.decode()
    assert "1 personne a des résultats ici" in page
    assert f"/admin/snippets/exercises/exercise/unpublish/{exercise.pk}/" in page
    page = client.get(f"/admin/pages/{lesson.pk}/delete/").content.decode()
    assert "1 personne a des résultats ici" in page
    assert f"/admin/pages/{lesson.pk}/unpublish/" in page
    # Nobody has results on a fresh exercise: nothing to say.
    fresh = placed("single_choice")
    page = client.get(f"/admin/snippets/exercises/exercise/delete/{fresh.pk}/").content.decode()
    assert "a des résultats ici" not in page and "ont des résultats ici" not in page


def test_an_erased_person_leaves_no_lock_behind(placed, admin):
    from accounts.privacy import erase_user, export_user_data

    client, user = admin
    exercise = placed("single_choice", title="Verrouillé")
    assert client.post(f"/admin/snippets/exercises/exercise/lock/{exercise.pk}/").status_code == 302
    exported = export_user_data(user)["exercises.Exercise"]
    assert [row["title"] for row in exported] == ["Verrouillé"]
    erase_user(user)
    exercise.refresh_from_db()
    assert (exercise.locked, exercise.locked_by_id) == (False, None)
