"""Démarche simulée: checked step by step on the server, files looked at and never kept."""

import copy
import re
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from exercises.registry import get_type
from exercises.types.procedure import ProcedureBlock, file_token, procedure_steps
from progress.models import ExerciseAttempt, ExerciseResult
from tests.languages import french_only

from .conftest import post_answer

PROCEDURE = get_type("procedure")
SAMPLE = ProcedureBlock._meta_class.preview_value


def fields_of(exercise):
    """{label: field key} of a saved exercise (keys are Wagtail's uuids)."""
    return {
        item["label"]: key
        for _s, _step, pairs in procedure_steps(exercise.block[1])
        for key, item in pairs
    }


def right(exercise):
    return PROCEDURE.example_answers(exercise.block[1])["right"]


def with_values(exercise, **changes):
    """The right answer, with some fields (by label) changed or removed (None)."""
    keys = fields_of(exercise)
    data = dict(right(exercise))
    for label, given in changes.items():
        key = keys[label.replace("_", " ")]
        name = f"t-{key}" if f"t-{key}" in data else f"f-{key}"
        data.pop(name, None)
        if isinstance(given, SimpleUploadedFile):
            name = f"f-{key}"
        if given is not None:
            data[name] = given
    return data


def pdf(name="facture.pdf", size=None):
    content = b"%PDF-1.4 fictif" if size is None else b"x" * size
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def procedure(placed):
    return placed("procedure")


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def last_answer():
    return ExerciseAttempt.objects.latest("pk").answer


# Scoring: each step is a point, checked only up to the learner's step.


def test_the_right_answer_passes_with_a_confirmation_number(signed_in, procedure, lesson):
    reply = post_answer(signed_in, procedure, lesson, right(procedure)).json()
    assert reply["score"] == 1 and reply["passed"]
    html = reply["html"]
    assert 'data-state="done"' in html
    assert "Votre demande a bien été enregistrée." in html
    assert re.search(r"DEMO-\d{4}-\d{4}", html)


def test_a_step_fails_when_one_of_its_fields_fails(signed_in, procedure, lesson):
    reply = post_answer(signed_in, procedure, lesson, with_values(procedure, Prénom="Lucien"))
    assert reply.json()["score"] == 0.75
    html = reply.json()["html"]
    assert 'data-state="error" data-current="1"' in html
    # The error is pointed out, tied to its field, and summed up at the top of the step.
    key = fields_of(procedure)["Prénom"]
    assert f'aria-describedby="ex{procedure.pk}-f-{key}-error"' in html
    assert 'aria-invalid="true"' in html
    assert "Il y a 1 erreur à corriger dans cette étape" in html
    assert f'href="#ex{procedure.pk}-f-{key}"' in html
    assert "Ce n&#x27;est pas ce qui est demandé" in html
    assert "Recopiez les informations de l&#x27;encadré" in html  # the step's hint


@pytest.mark.parametrize(
    ("label", "given", "passes"),
    [
        ("Nom", "  MARTIN ", True),  # case and outer spaces do not count
        ("Nom", "Martín", True),  # nor do accents
        ("Nom", "Martine", False),
        ("Date_de_naissance", "1950-03-12", True),  # the browser's date format
        ("Date_de_naissance", "12/3/1950", True),
        ("Date_de_naissance", "13/03/1950", False),
        ("Code_postal", "45 000", True),
        ("Code_postal", "4500", False),
        ("Code_postal", "45A00", False),
        ("Adresse_e-mail", "lucie@exemple", False),
        ("Adresse_e-mail", "lucie.martin@courriel.example", True),
        ("Ville", "   ", False),
        ("Civilité", "Monsieur", False),
    ],
)
def test_each_check_does_what_its_name_says(client, procedure, lesson, label, given, passes):
    reply = post_answer(client, procedure, lesson, with_values(procedure, **{label: given}))
    assert (reply.json()["score"] == 1) is passes


def test_the_authors_message_replaces_the_ready_made_one(client, procedure, lesson):
    html = post_answer(client, procedure, lesson, with_values(procedure, Civilité=None)).json()[
        "html"
    ]
    assert "Choisissez « Madame » : vous êtes Mme Martin." in html
    html = post_answer(client, procedure, lesson, with_values(procedure, Ville=None)).json()["html"]
    assert "Ce champ est obligatoire : remplissez-le." in html


def test_a_date_must_be_a_real_date(placed, client, lesson):
    value = copy.deepcopy(SAMPLE)
    value["steps"][0]["fields"][3].update(rule="date", expected="")
    exercise = placed("procedure", value)
    for given, passes in [("29/02/1952", True), ("29/02/1950", False), ("demain", False)]:
        reply = post_answer(
            client, exercise, lesson, with_values(exercise, Date_de_naissance=given)
        )
        assert (reply.json()["score"] == 1) is passes, given
    html = reply.json()["html"]
    assert "Cette date n&#x27;est pas valide" in html


def test_upto_checks_only_the_steps_seen_and_shows_the_next_one(signed_in, procedure, lesson):
    """With JavaScript, "Continuer" posts the whole form with upto = the current step."""
    data = {**with_values(procedure, Ville=None), "upto": "1"}
    reply = post_answer(signed_in, procedure, lesson, data).json()
    assert reply["score"] == 0.25 and not reply["passed"]
    html = reply["html"]
    assert 'data-state="next" data-current="2"' in html
    assert "étape 1 est validée." in html
    assert "Il y a" not in html  # step 2 is not checked yet: no error shown
    # Every value typed comes back in the page, the steps still to come included.
    assert 'value="Lucie"' in html and 'value="8 rue des Lilas"' in html
    # A checkpoint is corrected, not stored: it is neither an attempt nor a pass.
    assert reply["recorded"] is False
    assert not ExerciseResult.objects.exists()


def test_without_javascript_every_step_is_checked_and_shown(signed_in, procedure, lesson):
    data = {f"f-{fields_of(procedure)['Nom']}": "Martin"}
    response = post_answer(signed_in, procedure, lesson, data, json=False)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("data-procedure-summary") == 4 and html.count("data-procedure-step=") == 4
    assert "Étape 4 sur 4" in html and 'value="Martin"' in html
    assert ExerciseResult.objects.get().last_score == 0


# Files: the name and size are looked at, the content never read nor kept.


def test_an_attached_file_passes_and_only_its_name_is_kept(signed_in, procedure, lesson, settings):
    media = sorted(Path(settings.MEDIA_ROOT).rglob("*"))
    data = with_values(procedure, Justificatif_de_domicile=pdf())
    reply = post_answer(signed_in, procedure, lesson, data).json()
    assert reply["score"] == 1
    assert sorted(Path(settings.MEDIA_ROOT).rglob("*")) == media
    key = fields_of(procedure)["Justificatif de domicile"]
    assert last_answer()["files"] == {key: {"attached": "facture.pdf"}}
    assert "Fichier joint : facture.pdf" in reply["html"]
    # The page carries a signed token, so the step stays valid without sending it again.
    token = re.search(rf'name="ex{procedure.pk}-t-{key}" value="([^"]+)"', reply["html"])[1]
    data = with_values(procedure, Justificatif_de_domicile=None)
    data[f"t-{key}"] = token
    assert post_answer(signed_in, procedure, lesson, data).json()["score"] == 1
    # A new file replaces the one attached before.
    data[f"f-{key}"] = pdf("photo.png")
    post_answer(signed_in, procedure, lesson, data)
    assert last_answer()["files"][key] == {"attached": "photo.png"}


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (pdf("programme.exe"), "n&#x27;est pas d&#x27;un type accepté"),
        (pdf("sans-extension"), "n&#x27;est pas d&#x27;un type accepté"),
        (pdf("scan.pdf", size=2 * 1024 * 1024 + 1), "est trop lourd (2,1 Mo)"),
        (pdf("vide.pdf", size=0), "est vide"),
    ],
)
def test_a_wrong_file_is_a_failed_check_not_a_refusal(
    signed_in, procedure, lesson, upload, message
):
    data = with_values(procedure, Justificatif_de_domicile=upload)
    reply = post_answer(signed_in, procedure, lesson, data)
    assert reply.status_code == 200
    assert reply.json()["score"] == 0.75
    html = reply.json()["html"]
    assert message in html and 'data-state="error" data-current="3"' in html
    stored = last_answer()["files"][fields_of(procedure)["Justificatif de domicile"]]
    assert "attached" not in stored and stored["name"] == upload.name


def test_no_file_asks_for_one(client, procedure, lesson):
    data = with_values(procedure, Justificatif_de_domicile=None)
    html = post_answer(client, procedure, lesson, data).json()["html"]
    assert "Joignez un fichier" in html


def test_the_empty_file_input_of_a_browser_is_accepted(client, procedure, lesson):
    """A browser posts an empty file input as an empty text field."""
    key = fields_of(procedure)["Justificatif de domicile"]
    data = with_values(procedure, Justificatif_de_domicile=None)
    data[f"f-{key}"] = ""
    assert post_answer(client, procedure, lesson, data).status_code == 200


# Tampering: refused, nothing stored.


def tampered_posts(exercise):
    keys = fields_of(exercise)
    file_key = keys["Justificatif de domicile"]
    other_step = procedure_steps(exercise.block[1])[0][2][0][0]
    base = right(exercise)
    return [
        {**base, "upto": "0"},
        {**base, "upto": "5"},
        {**base, "upto": "deux"},
        {**base, f"f-{keys['Civilité']}": "Mademoiselle"},  # not one of the choices
        {**base, f"f-{keys[next(k for k in keys if k.startswith('Je certifie'))]}": "non"},
        {**base, f"f-{keys['Nom']}": ["Martin", "Martin"]},  # sent twice
        {**base, f"f-{keys['Nom']}": pdf()},  # a file where none is expected
        {**base, f"f-{file_key}": [pdf(), pdf("b.pdf")]},  # two files in one field
        {**base, f"f-{file_key}": "facture.pdf"},  # text in a file field
        {**base, f"t-{file_key}": "facture.pdf"},  # a token not signed by the site
        {**base, f"t-{file_key}": file_token(other_step, "facture.pdf")},  # another field's
        {**base, f"t-{keys['Nom']}": file_token(keys["Nom"], "facture.pdf")},  # no file field
        {**base, "etape": "1"},
    ]


def test_tampered_posts_are_refused_and_nothing_is_stored(signed_in, procedure, lesson):
    for data in tampered_posts(procedure):
        response = post_answer(signed_in, procedure, lesson, data)
        assert response.status_code == 400, data
        assert french_only(response.json()["error"]), data
    assert not ExerciseAttempt.objects.exists()


# Stale answers: an answer kept from before the author changed the procedure.


@pytest.mark.parametrize(
    "stale",
    [
        {},
        {"upto": "x", "values": [], "files": "y"},
        {"upto": True, "values": {"gone": "1"}, "files": {"gone": {"attached": "a.pdf"}}},
        {"upto": 99, "values": {"gone": 3}, "files": {"gone": "a.pdf"}},
        {"upto": -2},
        ["not", "a", "dict"],
    ],
)
def test_stale_answers_score_without_failing(stale):
    value = PROCEDURE.block().to_python(SAMPLE)
    outcome = PROCEDURE.score(value, stale)
    assert outcome.max_points == 4 and 0 <= outcome.points < 4


def test_a_stored_answer_survives_a_new_field(signed_in, procedure, lesson):
    post_answer(signed_in, procedure, lesson, right(procedure))
    body = procedure.body.raw_data
    body[0]["value"]["steps"][1]["value"]["fields"].append(
        {
            "type": "item",
            "value": {
                "label": "Téléphone",
                "kind": "text",
                "choices": "",
                "rule": "required",
                "expected": "",
                "error_message": "",
            },
            "id": "0b7c1a52-0000-4000-8000-000000000001",
        }
    )
    procedure.body = body
    procedure.save()
    html = signed_in.get(lesson.url).content.decode()
    assert 'data-state="error" data-current="2"' in html
    assert "Téléphone" in html


# Secrets: what the page must not show before (nor after) an answer.


def secret_value():
    value = copy.deepcopy(SAMPLE)
    value["steps"][0]["fields"].append(
        {
            "label": "Numéro d'allocataire",
            "kind": "text",
            "choices": "",
            "rule": "exact",
            "expected": "7305518",
            "error_message": "Regardez le courrier papier que l'animateur vous a donné.",
        }
    )
    return value


def test_expected_values_given_in_the_explanation_are_not_secrets():
    value = PROCEDURE.block().to_python(SAMPLE)
    assert PROCEDURE.secrets(value) == []  # Martin, Lucie, 12/03/1950 are in the explanation
    value = PROCEDURE.block().to_python(secret_value())
    assert PROCEDURE.secrets(value) == ["7305518"]


def test_the_page_gives_away_no_secret_hint_nor_message(client, placed, lesson):
    exercise = placed("procedure", secret_value())
    html = client.get(lesson.url).content.decode()
    for hidden in ["7305518", "Regardez le courrier papier", "Recopiez les informations"]:
        assert hidden not in html
    html = post_answer(client, exercise, lesson, {}).json()["html"]
    assert "7305518" not in html
    assert "Regardez le courrier papier que l&#x27;animateur vous a donné." in html


def test_the_page_is_a_clearly_fictional_site(client, procedure, lesson):
    html = client.get(lesson.url).content.decode()
    assert "Copie d'entraînement — aucune donnée n'est envoyée à un vrai site" in html
    assert "Portail Démo des Prestations" in html and "(site fictif)" in html
    assert html.count("(obligatoire)") == 10
    assert 'enctype="multipart/form-data"' in html
    assert f'name="ex{procedure.pk}-upto" value="4"' in html
    assert 'accept=".pdf,.jpg,.jpeg,.png"' in html
    assert "<a href=" not in html.split('class="procedure"')[1].split("</form>")[0]


# Authoring: the admin refuses a procedure that cannot be done.


def refused(value):
    block = PROCEDURE.block()
    with pytest.raises(ValidationError) as error:
        block.clean(block.to_python(value))
    return " ".join(error.value.messages)


def field(**changes):
    base = {
        "label": "Nom",
        "kind": "text",
        "choices": "",
        "rule": "required",
        "expected": "",
        "error_message": "",
    }
    return {**base, **changes}


def steps(*fields_by_step):
    return {
        "site_name": "Portail Démo",
        "steps": [
            {"title": f"Étape {i}", "explanation": "", "hint": "", "fields": list(fields)}
            for i, fields in enumerate(fields_by_step, 1)
        ],
    }


def test_the_sample_is_accepted():
    block = PROCEDURE.block()
    block.clean(block.to_python(SAMPLE))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (steps(), "Ajoutez au moins une étape."),
        (steps([field()], []), "L'étape 2 n'a aucune vérification"),
        (steps([field(rule="")]), "L'étape 1, champ « Nom » : choisissez une vérification."),
        (steps([field(rule="exact")]), "écrivez la valeur attendue"),
        (steps([field(kind="select", rule="required")]), "écrivez les choix de la liste"),
        (
            steps([field(kind="select", choices="Madame\nMonsieur", rule="exact", expected="M")]),
            "n'est pas un des choix de la liste",
        ),
        (steps([field(kind="date", rule="exact", expected="hier")]), "au format JJ/MM/AAAA"),
        (steps([field(kind="checkbox", rule="required")]), "ne va pas avec ce type de champ"),
        (steps([field(kind="file", rule="required")]), "ne va pas avec ce type de champ"),
        (steps([field(kind="text", rule="file")]), "ne va pas avec ce type de champ"),
    ],
)
def test_the_admin_refuses_a_procedure_that_cannot_be_done(value, message):
    assert message in refused(value)


def test_every_problem_is_listed_at_once():
    message = refused(steps([field(rule="")], [], [field(rule="exact")]))
    assert "L'étape 1" in message and "L'étape 2" in message and "L'étape 3" in message


# In a real browser: one step at a time, focus where the person needs it.


@contextmanager
def chromium(monkeypatch):
    from playwright.sync_api import expect

    from tests.services import chromium as launch

    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop, this thread
    with launch() as browser:
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        yield page, errors, expect


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_in_a_browser_the_steps_come_one_at_a_time(
    django_db_setup, live_server, make_course, monkeypatch
):
    from exercises.factories import ExerciseFactory, place

    _, (lesson,) = make_course(lessons=1)
    exercise = ExerciseFactory(kind="procedure")
    place(lesson, exercise)
    with chromium(monkeypatch) as (page, errors, expect):
        page.goto(live_server.url + lesson.url)
        section = page.locator(f"#exercice-{exercise.pk}")
        steps = section.locator("[data-procedure-step]")
        expect(steps.nth(0)).to_be_visible()
        expect(steps.nth(1)).to_be_hidden()
        section.get_by_label("Nom (obligatoire)", exact=True).fill("Dupont")
        section.get_by_role("button", name="Continuer").click()
        # The step's errors are summed up, and the cursor is there to read them.
        summary = section.locator("[data-procedure-summary]")
        expect(summary).to_be_focused()
        expect(summary).to_contain_text("Il y a 4 erreurs à corriger dans cette étape")
        expect(section.locator(".exercise__feedback")).to_be_hidden()
        summary.get_by_role("link", name=re.compile("^Nom")).click()
        expect(section.get_by_label("Nom (obligatoire)", exact=True)).to_be_focused()
        page.keyboard.press("Control+a")
        page.keyboard.type("Martin")
        section.get_by_label("Civilité").select_option("Madame")
        section.get_by_label("Prénom").fill("Lucie")
        section.get_by_label("Date de naissance").fill("12/03/1950")
        page.keyboard.press("Enter")
        expect(section.locator("[data-procedure-step='2']")).to_be_focused()
        expect(section).to_contain_text("L'étape 1 est validée.")
        section.get_by_label("Adresse (obligatoire)", exact=True).fill("8 rue des Lilas")
        section.get_by_label("Code postal").fill("45000")
        section.get_by_label("Ville").fill("Orléans")
        section.get_by_label("Adresse e-mail").fill("lucie.martin@courriel.example")
        section.get_by_role("button", name="Continuer").click()
        expect(section.locator("[data-procedure-step='3']")).to_be_focused()
        # Too heavy a file is refused before it is sent.
        upload = section.get_by_label("Justificatif de domicile")
        big = {"name": "scan.pdf", "mimeType": "application/pdf", "buffer": b"x" * 2_200_000}
        upload.set_input_files(big)
        expect(section.locator("[data-procedure-live]")).to_contain_text("2,1 Mo")
        assert upload.evaluate("input => input.files.length") == 0
        upload.set_input_files(
            {"name": "facture.pdf", "mimeType": "application/pdf", "buffer": b"%PDF-1.4"}
        )
        section.get_by_role("button", name="Continuer").click()
        expect(section.locator("[data-procedure-step='4']")).to_be_focused()
        # Back one step: the file is still there, and need not be sent again.
        section.get_by_role("button", name="Revenir à l'étape précédente").click()
        expect(section).to_contain_text("Fichier joint : facture.pdf")
        section.get_by_role("button", name="Continuer").click()
        expect(section.locator("[data-procedure-step='4']")).to_be_focused()
        section.get_by_label("Je certifie").check()
        section.get_by_role("button", name="Valider").click()
        done = section.locator("[data-procedure-done]")
        expect(done).to_be_focused()
        expect(done).to_contain_text("Numéro de dossier : DEMO-")
        expect(section.locator(".exercise__feedback")).to_contain_text("Bravo, c'est réussi !")
        # Practise again from an empty form; nothing is sent.
        section.get_by_role("button", name="Recommencer la démarche").click()
        expect(steps.nth(0)).to_be_focused()
        expect(section.get_by_label("Prénom")).to_have_value("")
        expect(done).to_be_hidden()
        assert errors == []


def test_the_admin_form_saves_a_procedure_and_explains_a_refusal(admin_client):
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    from exercises.models import Exercise

    def post(title, fields):
        step = {"title": "Votre identité", "explanation": "", "hint": "", "fields": fields}
        value = {"site_name": "Portail Démo", "steps": streamfield([("item", step)])}
        data = {
            "title": title,
            "instructions": "",
            "hint": "",
            "success_feedback": "",
            "pass_mark": 100,
            "body": streamfield([("procedure", value)]),
        }
        return admin_client.post("/admin/snippets/exercises/exercise/add/", nested_form_data(data))

    assert admin_client.get("/admin/snippets/exercises/exercise/add/").status_code == 200
    response = post("Sans champ", streamfield([]))
    assert response.status_code == 200
    assert "ajoutez-lui au moins un champ" in response.content.decode()
    assert not Exercise.objects.filter(title="Sans champ").exists()
    name = {"label": "Nom", "kind": "text", "choices": "", "rule": "exact"}
    response = post("Un champ", streamfield([("item", {**name, "expected": "Martin"})]))
    assert response.status_code == 302
    exercise_type, value = Exercise.objects.get(title="Un champ").block
    assert exercise_type.name == "procedure"
    assert value["steps"][0]["fields"][0]["expected"] == "Martin"
