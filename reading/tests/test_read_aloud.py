"""The read-aloud controls are on lessons and exercises (their behaviour is checked in the
browser, tests/browser/test_reading.py)."""

from exercises.factories import ExerciseFactory, place


def test_a_lesson_and_its_exercises_each_have_a_listen_button(make_course, client):
    _, lessons = make_course(lessons=1)
    exercise = ExerciseFactory()
    lesson = place(lessons[0], exercise)
    html = client.get(lesson.url).content.decode()
    assert 'id="lecon"' in html and 'data-read-aloud="lecon"' in html
    assert f'id="exercice-{exercise.pk}"' in html
    assert f'data-read-aloud="exercice-{exercise.pk}"' in html
    assert "Écouter la leçon" in html and "Écouter la consigne" in html
    assert "js/read_aloud.js" in html
