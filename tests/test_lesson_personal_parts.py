"""A signed-in lesson is rendered once for everyone into the shared cache and filled with each
person's own parts (pasapas.personal_parts, courses.lesson_shell, exercises.unanswered): what
one learner did never reaches another learner's page, even on the same page with the same
reading choice and language, and each page's CSRF token is its own session's, never in the
shared copy."""

import pickle

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client
from pasapas import personal_parts

from exercises.factories import ExerciseFactory, place
from exercises.tests.conftest import post_answer
from mentoring import services as mentoring_services

SECRET_QUESTION = "Où est passée ma lettre à Gisèle ?"


@pytest.fixture
def lesson(people):
    lesson = people["lessons"][0]
    lesson.body = [{"type": "text", "value": "<p>Cliquez sur la souris.</p>"}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    place(lesson, ExerciseFactory(kind="true_false", title="Vrai ou faux : la souris"))
    lesson.refresh_from_db()
    return lesson


def signed_in(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


def view(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def tokens(html):
    soup = BeautifulSoup(html, "html.parser")
    found = {tag["value"] for tag in soup.select("input[name=csrfmiddlewaretoken]")}
    found |= {tag["data-csrf"] for tag in soup.select("[data-csrf]")}
    return found


def shared_copies():
    """Every value of the shared cache that holds a signed-in lesson or an exercise's HTML."""
    if not hasattr(cache, "_cache"):
        pytest.fail("these tests read the test settings' local memory cache")
    copies = []
    for key, value in list(cache._cache.items()):
        if "lesson-shell:" in key or "unanswered-exercise:" in key:
            copies.append(repr(pickle.loads(value)))  # noqa: S301 - our own test cache
    return copies


def test_a_learners_own_parts_never_reach_another_learner(people, lesson):
    marie, jean = signed_in(people["learner_a"]), signed_in(people["learner_b"])
    view(marie, lesson.url)
    view(jean, lesson.url)  # both served from the same shared copy from now on
    # Marie answers the exercise, asks a question and finishes the lesson.
    helper = Client()
    helper.force_login(people["learner_a"])
    exercise = lesson.body[1].value["exercise"]
    right = exercise.block[0].example_answers(exercise.block[1])["right"]
    assert post_answer(helper, exercise, lesson, right).status_code == 200
    mentoring_services.question_ask(
        learner=people["learner_a"], lesson=lesson, text=SECRET_QUESTION
    )
    html = view(marie, lesson.url)
    token = next(iter(tokens(html)))
    response = marie.post(
        f"/progression/lecon/{lesson.pk}/terminee/", {"csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302

    marie_html, jean_html = view(marie, lesson.url), view(jean, lesson.url)
    assert SECRET_QUESTION in marie_html and "✓ Réussi" in marie_html
    assert "Leçon terminée le" in marie_html and "Bravo ! Cette leçon est terminée." in marie_html
    assert SECRET_QUESTION not in jean_html and "Réussi" not in jean_html
    assert "Leçon terminée le" not in jean_html and "Bravo !" not in jean_html
    assert "J'ai terminé cette leçon" in jean_html and "Vérifier ma réponse" in jean_html
    # The message was Marie's, once.
    assert "Bravo !" not in view(marie, lesson.url)

    # In another language, Jean still sees nothing of Marie's; Marie nothing of Jean's.
    jean_token = next(iter(tokens(jean_html)))
    response = jean.post(
        "/langue/", {"language": "en", "next": lesson.url, "csrfmiddlewaretoken": jean_token}
    )
    assert response.status_code == 302
    english = view(jean, lesson.url)
    assert '<html lang="en"' in english
    assert SECRET_QUESTION not in english and "Lesson completed on" not in english
    mentoring_services.question_ask(
        learner=people["learner_b"], lesson=lesson, text="Jean demande en anglais."
    )
    assert "Jean demande en anglais." in view(jean, lesson.url)
    assert "Jean demande en anglais." not in view(marie, lesson.url)

    for copy in shared_copies():
        assert SECRET_QUESTION not in copy and "Jean demande" not in copy
        assert "Leçon terminée le" not in copy and "Réussi" not in copy


def test_each_page_carries_its_own_sessions_token_and_the_shared_copy_none(people, lesson):
    marie, jean = signed_in(people["learner_a"]), signed_in(people["learner_b"])
    first = view(marie, lesson.url)  # renders the shared copy
    marie_html, jean_html = view(marie, lesson.url), view(jean, lesson.url)
    marie_tokens, jean_tokens = tokens(first) | tokens(marie_html), tokens(jean_html)
    assert marie_tokens and jean_tokens and not marie_tokens & jean_tokens
    assert personal_parts.csrf_stand_in() not in marie_html + jean_html
    copies = shared_copies()
    assert copies and any(personal_parts.csrf_stand_in() in copy for copy in copies)
    for copy in copies:
        assert not any(token in copy for token in marie_tokens | jean_tokens)
    done = f"/progression/lecon/{lesson.pk}/terminee/"
    # Jean's page's token is refused in Marie's session, and the other way round.
    assert marie.post(done, {"csrfmiddlewaretoken": next(iter(jean_tokens))}).status_code == 403
    assert jean.post(done, {"csrfmiddlewaretoken": next(iter(marie_tokens))}).status_code == 403
    # Each one's own works (the exercise's form, from the shared copy, too).
    soup = BeautifulSoup(jean_html, "html.parser")
    exercise_token = soup.select_one(".exercise__form input[name=csrfmiddlewaretoken]")["value"]
    assert jean.post(done, {"csrfmiddlewaretoken": exercise_token}).status_code == 302
    assert marie.post(done, {"csrfmiddlewaretoken": next(iter(marie_tokens))}).status_code == 302


def test_a_facilitators_menu_never_reaches_a_learner(people, lesson):
    facilitator, marie = signed_in(people["facilitator"]), signed_in(people["learner_a"])
    staff_html = view(facilitator, lesson.url)
    assert "/animation/apprenants/" in staff_html
    learner_html = view(marie, lesson.url)
    assert "/animation/apprenants/" not in learner_html and "Mes ateliers" in learner_html
    assert "Mes ateliers" not in view(facilitator, lesson.url)


def test_a_page_with_a_query_string_is_rendered_whole(people, lesson):
    marie = signed_in(people["learner_a"])
    view(marie, lesson.url)
    block_id = lesson.body[0].id
    html = view(marie, f"{lesson.url}?etape={block_id}")
    # The forms' way back keeps the query string: never the shared copy's.
    assert f'name="next" value="{lesson.url}?etape={block_id}"' in html


@pytest.mark.database_independent
def test_only_markers_made_with_the_secret_are_filled():
    forged = "<p><!--personal-0123456789abcdef0123:site-nav:--> csrf0123456789abcdef0123</p>"
    assert personal_parts.split(forged) == [forged]
    real = f"<p>{personal_parts.csrf_stand_in()}</p>"
    assert personal_parts.split(real) == ["<p>", ("", "", ""), "</p>"]


@pytest.mark.database_independent
def test_a_part_renders_in_place_or_leaves_a_marker_filled_later(rf):
    from django.template import engines
    from django.template.context import make_context

    template = engines["django"].from_string(
        "{% load personal_parts %}<p>{{ shared }}</p>{% for item in items %}"
        '{% personal "test-item" item.n %}<i>{{ item.n }} {{ who }}</i>{% endpersonal %}'
        "{% endfor %}"
    )
    request, items = rf.get("/"), [{"n": 1}, {"n": 2}]
    whole = template.render({"shared": "Pour tous", "items": items, "who": "Marie"}, request)
    assert whole == "<p>Pour tous</p><i>1 Marie</i><i>2 Marie</i>"
    shell = template.render(
        {"shared": "Pour tous", "items": items, "who": "Marie", personal_parts.SHELL: True},
        request,
    )
    assert "Marie" not in shell and "Pour tous" in shell
    pieces = personal_parts.split(shell)
    assert [piece[:2] for piece in pieces if type(piece) is tuple] == [
        ("test-item", "1"),
        ("test-item", "2"),
    ]
    filled = personal_parts.fill(
        pieces,
        template.template,
        make_context({"who": "Jean"}, request),
        lambda argument: {"item": items[int(argument) - 1]},
    )
    assert filled == "<p>Pour tous</p><i>1 Jean</i><i>2 Jean</i>"


def test_a_shared_copy_naming_a_part_the_templates_no_longer_have_is_rendered_anew(people, lesson):
    marie = signed_in(people["learner_a"])
    view(marie, lesson.url)
    keys = [key for key in cache._cache if "lesson-shell:" in key]
    assert len(keys) == 1
    stale = ["<p>Ancienne copie</p>", ("partie-disparue", "", "courses/lesson_page.html")]
    cache._cache[keys[0]] = pickle.dumps(stale)
    html = view(marie, lesson.url)
    assert "Ancienne copie" not in html and "Vrai ou faux : la souris" in html
    assert "Ancienne copie" not in view(marie, lesson.url)
