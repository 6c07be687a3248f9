"""Vrai ou arnaque ?: a harmless picture of a message, judged; the clues come after."""

import copy

import pytest
from django.core.exceptions import ValidationError

from exercises.registry import get_type
from exercises.types.scam_check import ScamCheckBlock
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

SCAM = get_type("scam_check")
SAMPLE = ScamCheckBlock._meta_class.preview_value
SMS = {
    "kind": "sms",
    "sender": "06 39 98 12 34",
    "subject": "",
    "url": "",
    "body": "Votre colis attend. Payez 1,99 € ici : www.colis-relivraison.example/payer.",
    "verdict": "scam",
    "clues": ["Un numéro de portable inconnu envoie un lien de paiement."],
    "advice": "Ne payez rien. Supprimez le SMS.",
}
WEBPAGE = {
    "kind": "webpage",
    "sender": "",
    "subject": "",
    "url": "https://www.mairie-demo.example/etat-civil",
    "body": "Demande d'acte de naissance\n\nLa demande est gratuite.\n[Commencer]",
    "verdict": "legit",
    "clues": ["La démarche est gratuite, comme sur les vrais sites publics."],
    "advice": "Vous pouvez continuer.",
}


def section(html, exercise):
    start = html.index(f'id="exercice-{exercise.pk}"')
    return html[start : html.index("</section>", start)]


def test_right_and_wrong(client, placed, lesson, learner):
    exercise = placed("scam_check")
    client.force_login(learner)
    assert post_answer(client, exercise, lesson, {"verdict": "legit"}).json()["score"] == 0
    assert post_answer(client, exercise, lesson, {"verdict": "scam"}).json()["score"] == 1
    assert SCAM.example_answers(exercise.block[1])["partial"] is None
    # The author's verdict is the answer: a real message is "legit".
    legit = placed("scam_check", WEBPAGE)
    assert post_answer(client, legit, lesson, {"verdict": "legit"}).json()["passed"] is True


def test_clues_and_advice_come_only_after_an_answer(client, placed, lesson):
    exercise = placed("scam_check")
    before = section(client.get(lesson.url).content.decode(), exercise)
    assert SCAM.secrets(exercise.block[1])  # every clue, and the advice
    for secret in SCAM.secrets(exercise.block[1]):
        assert secret.replace("'", "&#x27;") not in before and secret not in before
    assert "Les indices à repérer" not in before
    for given, title in [("legit", "Ce n&#x27;est pas la bonne réponse."), ("scam", "Bien vu !")]:
        after = post_answer(client, exercise, lesson, {"verdict": given}).json()["html"]
        assert title.replace("&#x27;", "'") in after.replace("&#x27;", "'")
        assert "C&#x27;est une arnaque." in after
        assert "On vous presse : « sous 24 h », « votre dossier sera clôturé »." in after
        assert "appelez votre caisse au 3646" in after
        assert "data-scam-result data-just-answered" in after


def test_the_message_is_a_picture_with_dead_links(client, placed, lesson):
    exercise = placed("scam_check")
    html = section(client.get(lesson.url).content.decode(), exercise)
    assert "Exemple d&#x27;entraînement" in html or "Exemple d'entraînement" in html
    assert "<a " not in html  # no real link anywhere in the picture
    assert (
        '<span class="scam__link">https://ameli-remboursement-dossier.example/mise-a-jour</span>'
        in html
    )
    assert '<span class="scam__button">Recevoir mon remboursement</span>' in html
    assert "<strong>Assurance Maladie</strong>" in html
    assert "&lt;remboursement@ameli-remboursement-dossier.example&gt;" in html
    assert "Votre remboursement de 48,70 € est en attente" in html
    assert html.count('type="radio"') == 2
    assert "C&#x27;est une arnaque" in html or "C'est une arnaque" in html


def test_a_text_message_and_a_web_page(client, placed, lesson):
    sms, page = placed("scam_check", SMS), placed("scam_check", WEBPAGE)
    html = client.get(lesson.url).content.decode()
    sms_html, page_html = section(html, sms), section(html, page)
    assert "un SMS reçu" in sms_html and "06 39 98 12 34" in sms_html
    # The full stop after the address is not part of the link.
    assert '<span class="scam__link">www.colis-relivraison.example/payer</span>' in sms_html
    assert "une page web" in page_html and "scam__lock" in page_html
    assert "https://www.mairie-demo.example/etat-civil" in page_html
    assert "C&#x27;est un vrai site" in page_html or "C'est un vrai site" in page_html
    after = post_answer(client, page, lesson, {"verdict": "scam"}).json()["html"]
    assert "C&#x27;est un vrai site." in after


def test_tampered_answers_are_refused_and_nothing_is_stored(client, placed, lesson, learner):
    exercise = placed("scam_check")
    client.force_login(learner)
    for data in [
        {"verdict": "peut-être"},
        {"verdict": ["scam", "legit"]},
        {"verdict": "scam", "indices": "1"},
        {},
    ]:
        response = post_answer(client, exercise, lesson, data)
        assert response.status_code == 400, data
        assert french_only(response.json()["error"]), data
    assert not ExerciseAttempt.objects.exists() and not ExerciseResult.objects.exists()


@pytest.mark.parametrize("stale", [{}, {"verdict": "maybe"}, {"choice": "x"}, ["scam"], None])
def test_stale_answers_score_zero_without_failing(stale):
    value = SCAM.block().to_python(SAMPLE)
    outcome = SCAM.score(value, stale)
    assert (outcome.points, outcome.max_points, outcome.items) == (0, 1, [])


def test_a_stored_answer_follows_the_authors_new_verdict(client, placed, lesson, learner):
    exercise = placed("scam_check")
    client.force_login(learner)
    post_answer(client, exercise, lesson, {"verdict": "scam"})
    body = exercise.body.raw_data
    body[0]["value"]["verdict"] = "legit"
    exercise.body = body
    exercise.save()
    html = section(client.get(lesson.url).content.decode(), exercise)
    assert "C&#x27;est un vrai message." in html and "scam__result--wrong" in html
    assert "data-just-answered" not in html  # back on the lesson: the cursor is left alone


def test_an_empty_clue_is_refused():
    block = SCAM.block()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({**SAMPLE, "clues": ["  "]}))


def refused(value):
    block = SCAM.block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(value))
    return " ".join(error.value.messages)


def test_the_samples_are_accepted():
    block = SCAM.block()
    for value in [SAMPLE, SMS, WEBPAGE]:
        block.clean(block.to_python(value))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"clues": []}, "Ajoutez au moins un indice, pour expliquer la réponse."),
        ({"sender": ""}, "Indiquez l'expéditeur du message."),
        ({"kind": "webpage", "url": ""}, "Indiquez l'adresse de la page web."),
    ],
)
def test_the_admin_refuses_an_exercise_without_explanation(changes, message):
    value = {**copy.deepcopy(SAMPLE), **changes}
    assert message in refused(value)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_a_browser_the_cursor_goes_to_the_clues(
    django_db_setup, live_server, make_course, monkeypatch
):
    from exercises.factories import ExerciseFactory, place

    from .test_type_procedure import chromium

    _, (lesson,) = make_course(lessons=1)
    exercise = ExerciseFactory(kind="scam_check")
    place(lesson, exercise)
    with chromium(monkeypatch) as (page, errors, expect):
        page.goto(live_server.url + lesson.url)
        section = page.locator(f"#exercice-{exercise.pk}")
        expect(section.locator("[data-scam-result]")).to_have_count(0)
        section.get_by_label("C'est un vrai message").check()
        page.keyboard.press("Enter")  # sends the form from the radio button
        result = section.locator("[data-scam-result]")
        expect(result).to_be_focused()
        expect(result).to_contain_text("C'est une arnaque.")
        expect(result).to_contain_text("Les indices à repérer")
        section.get_by_label("C'est une arnaque").check()
        section.get_by_role("button", name="Vérifier de nouveau").click()
        expect(section.locator("[data-scam-result]")).to_contain_text("Bien vu !")
        assert errors == []


def test_the_admin_form_saves_a_message_and_asks_for_clues(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    def post(title, clues):
        value = {**SMS, "clues": streamfield([("item", clue) for clue in clues])}
        data = {
            "title": title,
            "instructions": "",
            "hint": "",
            "success_feedback": "",
            "pass_mark": 100,
            "body": streamfield([("scam_check", value)]),
        }
        return admin_client.post("/admin/snippets/exercises/exercise/add/", nested_form_data(data))

    response = post("Sans indice", [])
    assert response.status_code == 200
    assert "Ajoutez au moins un indice, pour expliquer la r" in response.content.decode()
    assert not Exercise.objects.filter(title="Sans indice").exists()
    assert post("Le colis", SMS["clues"]).status_code == 302
    assert Exercise.objects.get(title="Le colis").block[1]["verdict"] == "scam"
