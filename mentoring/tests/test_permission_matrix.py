"""Who gets what, for every mentoring page and endpoint. Each cell is the exact status code:
302 is the sign-in page for a visitor (or the success redirect of a post), 403 a role that
never may, 404 something one may not see (nothing leaks about what exists)."""

import pytest

from mentoring.models import Message, Pairing, Report, Thread, Tip

ROLES = [
    "anonymous",
    "learner_a",  # asked a question; accepted Sophie as mentor
    "learner_b",  # another learner of the same centre
    "mentor",  # Sophie: Marie's mentor
    "other_mentor",  # Bruno: same centre, paired with nobody who accepted
    "facilitator",  # Camille: same centre
    "other_facilitator",  # Léa: another centre
    "admin",
]

T = "{thread_a}"
A = "{answer}"
MATRIX = [
    # Learners
    ("get", "{lesson_url}", [200, 200, 200, 200, 200, 200, 200, 200]),
    ("get", "/mes-questions/", [302, 200, 200, 200, 200, 200, 200, 200]),
    ("get", "/questions/lecon/{lesson}/poser/", [302, 200, 200, 403, 403, 403, 403, 403]),
    ("post", "/questions/lecon/{lesson}/poser/", [302, 302, 302, 403, 403, 403, 403, 403]),
    ("get", f"/questions/{T}/", [302, 200, 404, 200, 404, 200, 404, 200]),
    ("post", f"/questions/{T}/repondre/", [302, 302, 404, 302, 404, 302, 404, 302]),
    ("post", f"/questions/{T}/resolue/", [302, 302, 404, 403, 404, 403, 404, 403]),
    ("post", f"/questions/{T}/masquer/", [302, 403, 403, 403, 403, 302, 404, 302]),
    ("get", f"/messages/{A}/modifier/", [302, 403, 404, 200, 404, 403, 404, 403]),
    ("post", f"/messages/{A}/modifier/", [302, 403, 404, 302, 404, 403, 404, 403]),
    ("get", f"/messages/{A}/supprimer/", [302, 403, 404, 200, 404, 403, 404, 403]),
    ("post", f"/messages/{A}/supprimer/", [302, 403, 404, 302, 404, 403, 404, 403]),
    ("get", f"/messages/{A}/signaler/", [302, 200, 404, 403, 404, 200, 404, 200]),
    ("post", f"/messages/{A}/signaler/", [302, 302, 404, 403, 404, 302, 404, 302]),
    ("post", f"/messages/{A}/masquer/", [302, 403, 403, 403, 403, 302, 404, 302]),
    ("get", "/mon-ange-gardien/", [302, 200, 200, 200, 200, 200, 200, 200]),
    ("post", "/mon-ange-gardien/{proposed}/accepter/", [302, 404, 302, 404, 404, 404, 404, 404]),
    ("post", "/mon-ange-gardien/{pairing}/arreter/", [302, 302, 404, 404, 404, 404, 404, 404]),
    # Mentors
    ("get", "/mes-apprenants/", [302, 403, 403, 200, 200, 403, 403, 403]),
    ("get", "/mes-apprenants/{learner_a}/", [302, 403, 403, 200, 404, 403, 403, 403]),
    ("get", "/mes-apprenants/{learner_b}/", [302, 403, 403, 404, 404, 403, 403, 403]),
    ("get", "/conseils/lecon/{lesson}/ecrire/", [302, 403, 403, 200, 200, 403, 403, 403]),
    ("post", "/conseils/lecon/{lesson}/ecrire/", [302, 403, 403, 302, 302, 403, 403, 403]),
    ("get", "/conseils/{pending_tip}/modifier/", [302, 404, 404, 200, 404, 404, 404, 404]),
    ("post", "/conseils/{pending_tip}/supprimer/", [302, 404, 404, 302, 404, 404, 404, 404]),
    ("get", "/conseils/{approved_tip}/signaler/", [302, 200, 200, 403, 200, 200, 200, 200]),
    ("get", "/conseils/{pending_tip}/signaler/", [302, 404, 404, 403, 404, 404, 404, 404]),
    # Facilitators
    ("get", "/animation/accompagnement/", [302, 403, 403, 403, 403, 200, 200, 200]),
    ("post", "/animation/accompagnement/binomes/", [302, 403, 403, 403, 403, 302, 200, 302]),
    (
        "post",
        "/animation/accompagnement/binomes/{pairing}/arreter/",
        [302, 403, 403, 403, 403, 302, 404, 302],
    ),
    ("post", "/animation/accompagnement/anges-gardiens/", [302, 403, 403, 403, 403, 302, 200, 302]),
    (
        "post",
        "/animation/accompagnement/anges-gardiens/{mentor}/retirer/",
        [302, 403, 403, 403, 403, 302, 404, 302],
    ),
    ("get", "/animation/questions/", [302, 403, 403, 403, 403, 200, 200, 200]),
    ("get", "/animation/signalements/", [302, 403, 403, 403, 403, 200, 200, 200]),
    ("post", "/animation/signalements/{report}/", [302, 403, 403, 403, 403, 302, 404, 302]),
    # The tips' moderation queue in the Wagtail admin
    ("get", "/admin/mentoring/conseils/", [302, 302, 302, 302, 302, 200, 200, 200]),
    (
        "get",
        "/admin/mentoring/conseils/edit/{pending_tip}/",
        [302, 302, 302, 302, 302, 200, 404, 200],
    ),
    (
        "post",
        "/admin/mentoring/conseils/edit/{pending_tip}/",
        [302, 302, 302, 302, 302, 302, 404, 302],
    ),
    ("get", "/admin/mentoring/conseils/new/", [302, 302, 302, 302, 302, 302, 302, 302]),
]

POST_DATA = {
    "/poser/": {"text": "Comment fait-on ?"},
    "/repondre/": {"text": "Merci beaucoup !"},
    "/modifier/": {"text": "Il est en haut à gauche."},
    "/signaler/": {"reason": "Pas clair"},
    "/ecrire/": {"text": "Un conseil utile."},
    "/binomes/": {"pairing-mentor": "{other_mentor}", "pairing-learner": "{learner_a}"},
    "/anges-gardiens/": {"grant-person": "{learner_b}"},
    "/signalements/{report}/": {"decision": "keep"},
    "/conseils/edit/": {
        "text": "Relisez avant d'envoyer.",
        "review_note": "",
        "action-approve": "1",
    },
}


def fill(template, world):
    return template.format(
        lesson=world["lesson"].pk,
        lesson_url=world["lesson"].url,
        thread_a=world["thread_a"].pk,
        answer=world["answer"].pk,
        proposed=world["proposed"].pk,
        pairing=world["pairing"].pk,
        learner_a=world["learner_a"].pk,
        learner_b=world["learner_b"].pk,
        mentor=world["mentor"].pk,
        other_mentor=world["other_mentor"].pk,
        pending_tip=world["pending_tip"].pk,
        approved_tip=world["approved_tip"].pk,
        report=world["report"].pk,
    )


def post_data(address, world):
    for key, data in POST_DATA.items():
        if key in address:
            return {name: fill(value, world) for name, value in data.items()}
    return {}


def snapshot():
    """Every mentoring row, to check that a refused request changed nothing."""
    return [
        sorted(model.objects.values_list("pk", flat=True))
        for model in (Thread, Message, Tip, Report, Pairing)
    ] + [
        sorted(Message.objects.values_list("text", "hidden_at", "deleted_at")),
        sorted(Thread.objects.values_list("solved_at", "hidden_at")),
        sorted(Tip.objects.values_list("status", "text")),
        sorted(Report.objects.values_list("handled_at", flat=True), key=str),
        sorted(Pairing.objects.values_list("status", flat=True)),
    ]


@pytest.mark.parametrize(("method", "address", "expected"), MATRIX, ids=[m[1] for m in MATRIX])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, world, role, method, address, expected):
    if role != "anonymous":
        client.force_login(world[role])
    url = fill(address, world)
    before = snapshot()
    response = getattr(client, method)(url, post_data(address, world))
    status = expected[ROLES.index(role)]
    assert response.status_code == status, (role, url, response.content.decode()[-1500:])
    refused = status in (403, 404) or role == "anonymous" or (method == "post" and status == 200)
    if refused:
        assert snapshot() == before, "a refused request must store nothing"
    if role == "anonymous" and status == 302:
        assert "/connexion/" in response["Location"] or "/admin/login/" in response["Location"]
