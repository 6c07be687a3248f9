"""Who gets what, for every page and endpoint of the learners issue. Each cell is the exact
status code; a facilitator of another centre gets a 404 so that nothing leaks."""

import pytest

ROLES = [
    "anonymous",
    "learner_a",
    "learner_b",
    "mentor",
    "facilitator",
    "other_facilitator",
    "admin",
]

# (method, address, expected status for each role in ROLES order)
MATRIX = [
    ("get", "/connexion/", [200, 302, 302, 302, 302, 302, 302]),
    ("get", "/inscription/", [404, 404, 404, 404, 404, 404, 404]),
    ("get", "/mon-parcours/", [302, 200, 200, 200, 200, 200, 200]),
    ("get", "/mon-compte/", [302, 200, 200, 200, 200, 200, 200]),
    ("get", "/mon-compte/mes-donnees.json", [302, 200, 200, 200, 200, 200, 200]),
    ("get", "/cartes/", [302, 200, 200, 200, 200, 200, 200]),
    ("post", "/cartes/effacer/", [302, 302, 302, 302, 302, 302, 302]),
    ("post", "/mon-compte/deconnexion-partout/", [302, 302, 302, 302, 302, 302, 302]),
    # The e-mail link shows a button to anyone; only a valid link confirms.
    ("get", "/mon-compte/adresse/not-a-token/", [200, 200, 200, 200, 200, 200, 200]),
    ("post", "/mon-compte/adresse/not-a-token/", [400, 400, 400, 400, 400, 400, 400]),
    ("get", "/animation/apprenants/", [302, 403, 403, 403, 200, 200, 200]),
    ("get", "/animation/apprenants/ajouter/", [302, 403, 403, 403, 200, 200, 302]),
    ("get", "/animation/apprenants/{learner_a}/", [302, 403, 403, 403, 200, 404, 200]),
    (
        "post",
        "/animation/apprenants/{learner_a}/nouveau-code/",
        [302, 403, 403, 403, 302, 404, 302],
    ),
    ("post", "/progression/lecon/{lesson}/terminee/", [302, 302, 302, 302, 302, 302, 302]),
    ("post", "/progression/lecon/{lesson}/position/", [302, 204, 204, 204, 204, 204, 204]),
    ("get", "/admin/", [302, 302, 302, 302, 200, 200, 200]),
]


def client_for(client, people, role):
    if role != "anonymous":
        client.force_login(people[role])
    return client


@pytest.mark.parametrize(("method", "address", "expected"), MATRIX, ids=[m[1] for m in MATRIX])
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, people, role, method, address, expected):
    url = address.format(learner_a=people["learner_a"].pk, lesson=people["lessons"][0].pk)
    data = {"position": "b-1"} if url.endswith("/position/") else {}
    response = getattr(client_for(client, people, role), method)(url, data)
    assert response.status_code == expected[ROLES.index(role)], (role, url)


def test_learners_never_reach_the_admin(client, people):
    client.force_login(people["learner_a"])
    response = client.get("/admin/", follow=True)
    # Sent to the admin sign-in page, never to the dashboard.
    assert response.templates[0].name == "wagtailadmin/login.html"
    assert not people["learner_a"].has_perm("wagtailadmin.access_admin")


def test_a_learner_cannot_see_another_learners_progress(client, people):
    from progress import services

    services.lesson_complete(user=people["learner_b"], lesson=people["lessons"][0])
    client.force_login(people["learner_a"])
    html = client.get("/mon-parcours/").content.decode()
    assert "terminée(s)" not in html  # A started nothing; B's progress is not shown
    data = client.get("/mon-compte/mes-donnees.json").json()
    assert data["progress.LessonProgress"] == []


def test_facilitator_sees_learner_progress_of_their_centre(client, people):
    from progress import services

    services.lesson_complete(user=people["learner_a"], lesson=people["lessons"][0])
    client.force_login(people["facilitator"])
    html = client.get(f"/animation/apprenants/{people['learner_a'].pk}/").content.decode()
    assert "1 leçon terminée sur 3" in html
