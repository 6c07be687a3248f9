"""Exercice de souris: the script reports each target's gesture; the server counts the ones done
with the gesture the author chose, by mouse or by keyboard, and refuses anything else."""

import re

import pytest
from django.core.exceptions import ValidationError

from exercises.registry import get_type
from exercises.rendering import exercise_context
from exercises.types.mouse_drill import ACTIONS
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

RIGHT_CLICKS = {"action": "right_click", "targets": 3, "size": "moyen", "encouragement": ""}


def done(*targets, action="right_click"):
    """Fields for targets done with a gesture: (number, "souris" or "clavier", misses)."""
    fields = {}
    for number, how, misses in targets:
        fields[f"t{number}-action"] = action
        fields[f"t{number}-input"] = how
        fields[f"t{number}-misses"] = str(misses)
    return fields


def test_every_target_done_with_the_authors_gesture_passes(client, placed, lesson, learner):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    client.force_login(learner)
    reply = post_answer(
        client, exercise, lesson, done((1, "souris", 0), (2, "clavier", 0), (3, "souris", 0))
    ).json()
    assert reply["score"] == 1 and reply["passed"] is True
    assert "3 cibles sur 3. Sans une seule erreur" in reply["html"]
    stored = ExerciseResult.objects.get().last_answer["targets"]
    assert stored["2"] == {"action": "right_click", "input": "clavier", "misses": 0}


def test_misses_are_kept_and_met_with_encouragement(client, placed, lesson):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    reply = post_answer(
        client, exercise, lesson, done((1, "souris", 4), (2, "souris", 0), (3, "clavier", 1))
    ).json()
    assert reply["score"] == 1
    assert "le geste vient avec l&#x27;habitude" in reply["html"]


def test_another_gesture_does_not_count(client, placed, lesson):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    fields = {
        **done((1, "souris", 0)),
        **done((2, "souris", 0), (3, "souris", 0), action="click"),
    }
    reply = post_answer(client, exercise, lesson, fields).json()
    assert reply["score"] == pytest.approx(1 / 3) and reply["passed"] is False
    assert "1 cible sur 3." in reply["html"]


def test_checking_before_the_end_gives_a_partial_score(client, placed, lesson):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    empty = {f"t3-{part}": "" for part in ("action", "input", "misses")}
    reply = post_answer(
        client, exercise, lesson, {**done((1, "souris", 0), (2, "clavier", 2)), **empty}
    ).json()
    assert reply["score"] == pytest.approx(2 / 3)
    assert "2 cibles sur 3." in reply["html"]
    nothing = post_answer(client, exercise, lesson, {}).json()
    assert nothing["score"] == 0 and "Aucune cible réussie sur 3." in nothing["html"]


@pytest.mark.parametrize("action", list(ACTIONS))
def test_each_gesture_is_scored_on_its_own_name(action):
    mouse_drill = get_type("mouse_drill")
    value = {"action": action, "targets": 4, "size": "petit", "encouragement": ""}
    examples = mouse_drill.example_answers(value)
    right = mouse_drill.score(value, _parsed(mouse_drill, value, examples["right"]))
    wrong = mouse_drill.score(value, _parsed(mouse_drill, value, examples["wrong"]))
    partial = mouse_drill.score(value, _parsed(mouse_drill, value, examples["partial"]))
    assert (right.score, wrong.score, partial.score) == (1, 0, 0.25)


def _parsed(exercise_type, value, fields):
    from django.utils.datastructures import MultiValueDict

    return exercise_type.parse(value, MultiValueDict({k: [v] for k, v in fields.items()}), {})


def test_a_stale_answer_is_scored_without_error():
    mouse_drill = get_type("mouse_drill")
    value = {"action": "click", "targets": 2, "size": "grand", "encouragement": ""}
    # Written when the exercise had 5 targets of another gesture, or damaged.
    old = {"targets": {str(n): {"action": "drag", "input": "souris", "misses": 0} for n in (1, 5)}}
    assert mouse_drill.score(value, old).points == 0
    for broken in [{}, {"targets": []}, {"targets": {"1": "click"}}, [], None, "x"]:
        assert mouse_drill.score(value, broken).points == 0
    odd = {"targets": {"1": {"action": "click", "misses": "beaucoup"}, "2": {"action": "click"}}}
    assert mouse_drill.score(value, odd).score == 1


def test_the_lesson_shows_the_last_answer_after_the_author_removes_targets(
    client, placed, lesson, learner
):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    client.force_login(learner)
    post_answer(client, exercise, lesson, done((1, "souris", 0), (3, "clavier", 0)))
    exercise.body = [("mouse_drill", {**RIGHT_CLICKS, "targets": 1})]
    exercise.save()
    html = client.get(lesson.url).content.decode()
    assert "Recommencer l'exercice" in html
    assert "1 cible sur 1." in html


@pytest.mark.parametrize(
    "fields",
    [
        done((4, "souris", 0)),  # a target the exercise has not
        {**done((1, "souris", 0)), "t1-action": "triple_click"},
        {**done((1, "souris", 0)), "t1-input": "pied"},
        {**done((1, "souris", 0)), "t1-misses": "-1"},
        {**done((1, "souris", 0)), "t1-misses": "1001"},
        {**done((1, "souris", 0)), "t1-misses": "trois"},
        {**done((1, "souris", 0)), "t1-misses": "\uff13"},  # a full-width digit
        {**done((1, "souris", 0)), "t1-misses": "2.5"},
    ],
)
def test_tampered_answers_are_refused(fields, client, placed, lesson, learner):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    client.force_login(learner)
    response = post_answer(client, exercise, lesson, fields)
    assert response.status_code == 400
    assert french_only(response.json()["error"])
    assert not ExerciseAttempt.objects.exists()


def test_a_target_sent_twice_is_refused(client, placed, lesson):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    data = {
        f"ex{exercise.pk}-t1-action": ["right_click", "right_click"],
        "lesson": lesson.pk,
    }
    response = client.post(f"/exercices/{exercise.pk}/reponse/", data)
    assert response.status_code == 400
    assert "envoyée deux fois" in response.content.decode()


def test_the_page_shows_the_drill_and_its_keyboard_way(client, placed, lesson):
    exercise = placed("mouse_drill", {**RIGHT_CLICKS, "encouragement": "Tout doux !"})
    html = client.get(lesson.url).content.decode()
    assert "Au clavier :" in html and "Maj + F10" in html and "Tout doux !" in html
    assert 'data-action="right_click"' in html and "mouse-drill--moyen" in html
    assert html.count("data-target ") == 3
    assert "Cible 1 sur 3" in html and "mouse_drill.js" in html
    assert "Cet exercice a besoin de JavaScript" in html  # the noscript note
    for number in (1, 2, 3):
        assert f'name="ex{exercise.pk}-t{number}-action" value=""' in html
    # The places vary from target to target but stay the same from visit to visit.
    places = re.findall(r'data-x="([\d.]+)" data-y="([\d.]+)"', html)
    assert len(set(places)) == 3
    assert places == re.findall(
        r'data-x="([\d.]+)" data-y="([\d.]+)"', client.get(lesson.url).content.decode()
    )


def test_drag_and_scroll_have_their_own_areas(client, placed, lesson):
    placed("mouse_drill", {**RIGHT_CLICKS, "action": "drag"})
    placed("mouse_drill", {**RIGHT_CLICKS, "action": "scroll"})
    html = client.get(lesson.url).content.decode()
    assert "data-folder" in html and "Enveloppe 1 sur 3" in html and "Déposer ici" in html
    assert 'role="region"' in html and "data-scroller" in html and "Panneau vert" in html
    assert "Page suivante" in html


def test_the_admin_preview_has_its_controls_disabled(placed):
    exercise = placed("mouse_drill", {**RIGHT_CLICKS, "action": "drag"})
    from django.template.loader import render_to_string

    html = render_to_string("exercises/exercise.html", exercise_context(None, exercise, None))
    assert html.count(" disabled") == 3 + 1 + 1  # targets, folder, restart
    assert "mouse_drill.js" not in html


def test_after_an_answer_the_done_targets_are_ticked(client, placed, lesson):
    exercise = placed("mouse_drill", RIGHT_CLICKS)
    html = post_answer(client, exercise, lesson, done((2, "souris", 0))).json()["html"]
    assert html.count('class="mouse-drill__step is-done"') == 1
    assert f'name="ex{exercise.pk}-t2-input" value="souris"' in html


@pytest.mark.parametrize(
    "raw, message",
    [
        ({**RIGHT_CLICKS, "targets": 0}, "Choisissez entre 1 et 10 cibles"),
        ({**RIGHT_CLICKS, "targets": 11}, "Choisissez entre 1 et 10 cibles"),
        ({**RIGHT_CLICKS, "size": "minuscule"}, "Choisissez une taille proposée"),
    ],
)
def test_the_author_is_told_what_to_fix(raw, message):
    block = get_type("mouse_drill").block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(raw))
    assert message in str(error.value.block_errors)


def test_a_sound_block_is_accepted():
    block = get_type("mouse_drill").block()
    value = block.clean(block.to_python({**RIGHT_CLICKS, "targets": 10, "size": "petit"}))
    assert value["targets"] == 10


def test_the_admin_form_explains_a_wrong_number_of_targets(admin_client, db):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    def post(targets):
        value = {**RIGHT_CLICKS, "targets": targets}
        data = nested_form_data(
            {
                "title": "La souris",
                "instructions": "",
                "hint": "",
                "success_feedback": "",
                "pass_mark": 100,
                "body": streamfield([("mouse_drill", value)]),
            }
        )
        return admin_client.post("/admin/snippets/exercises/exercise/add/", data)

    assert "Choisissez entre 1 et 10 cibles." in post(12).content.decode()
    assert not Exercise.objects.exists()
    assert post(4).status_code == 302
    assert Exercise.objects.get().block[1]["targets"] == 4


def _do(page, section, action, number):
    """The gesture on target `number` (1: with the mouse, 2: with the keyboard)."""
    target = section.locator("[data-target]").nth(number - 1)
    by_mouse = number == 1
    if action == "scroll":
        scroller = section.locator("[data-scroller]")
        if by_mouse:
            box = scroller.bounding_box()
            page.mouse.move(box["x"] + 20, box["y"] + 20)
            for _ in range(20):
                page.mouse.wheel(0, 300)
        else:
            scroller.focus()
            for _ in range(12):
                page.keyboard.press("PageUp")
        return
    if by_mouse:
        if action == "click":
            target.click()
        elif action == "double_click":
            target.dblclick()
        elif action == "right_click":
            target.click(button="right")
        else:
            start, end = target.bounding_box(), section.locator("[data-folder]").bounding_box()
            page.mouse.move(start["x"] + 20, start["y"] + 20)
            page.mouse.down()
            page.mouse.move(end["x"] + 40, end["y"] + 40, steps=8)
            page.mouse.up()
        return
    target.focus()
    keys = {
        "click": ["Enter"],
        "double_click": ["Enter", "Enter"],
        "right_click": ["Shift+F10"],
        "drag": ["Space", "Tab", "Enter"],
    }[action]
    for key in keys:
        page.keyboard.press(key)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_a_browser_each_gesture_by_mouse_then_by_keyboard(
    django_db_setup, live_server, make_course, monkeypatch
):
    from exercises.factories import ExerciseFactory, place

    from .drills_browser import chromium_page

    expect = pytest.importorskip("playwright.sync_api").expect
    _, (lesson,) = make_course(lessons=1)
    exercises = {
        action: ExerciseFactory(
            kind="mouse_drill",
            body=[("mouse_drill", {"action": action, "targets": 2, "size": "grand"})],
        )
        for action in ACTIONS
    }
    place(lesson, *exercises.values())
    with chromium_page(monkeypatch) as (page, errors):
        page.goto(live_server.url + lesson.url)
        for action, exercise in exercises.items():
            section = page.locator(f"#exercice-{exercise.pk}")
            section.scroll_into_view_if_needed()
            _do(page, section, action, 1)
            expect(section.locator("[data-status]")).to_contain_text("Cible 1 sur 2 réussie.")
            expect(section.locator("[data-target]").nth(1)).to_be_visible()
            _do(page, section, action, 2)
            feedback = section.locator(".exercise__feedback")
            expect(feedback).to_contain_text("2 cibles sur 2.", timeout=5000)
            expect(feedback).to_contain_text("Bravo, c'est réussi !")
            prefix = f"ex{exercise.pk}"
            assert section.locator(f'[name="{prefix}-t1-input"]').input_value() == "souris"
            assert section.locator(f'[name="{prefix}-t2-input"]').input_value() == "clavier"
            assert section.locator(f'[name="{prefix}-t2-action"]').input_value() == action

        # Once answered, the drill starts again on request, ready for the keyboard.
        section = page.locator(f"#exercice-{exercises['click'].pk}")
        section.get_by_role("button", name="Recommencer l'exercice").click()
        expect(section.locator("[data-target]").first).to_be_focused()
        section.locator("[data-target]").first.click(button="right")
        expect(section.locator("[data-status]")).to_contain_text("bouton gauche")
        page.keyboard.press("Enter")
        expect(section.locator("[data-target]").nth(1)).to_be_focused()
        page.keyboard.press("Space")
        expect(section.locator(".exercise__feedback")).to_contain_text("2 cibles sur 2.")
        assert errors == []
