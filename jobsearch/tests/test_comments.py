"""The exchange about a shared document: the counsellor of the learner's centre comments, the
learner answers from their document's page (a « nouveau » mark until they have seen it).
Withdrawing the share hides the exchange from the service at once; nobody else reads or
writes in it, whatever id they guess."""

import html
import json

import pytest
from django.urls import reverse

from accounts import privacy
from jobsearch import limits, services
from jobsearch.models import Comment

from .helpers import client_of


def _share(world):
    owner = client_of(world["learner_a"])
    owner.post(reverse("jobsearch:cv_share", args=[world["cv"].pk]), {"share": "1"})
    owner.post(reverse("jobsearch:letter_share", args=[world["letter"].pk]), {"share": "1"})
    return owner


def _page(client, name, pk):
    response = client.get(reverse(f"jobsearch:{name}", args=[pk]))
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_the_counsellor_comments_and_the_learner_answers(world, django_assert_max_num_queries):
    owner, counsellor = _share(world), client_of(world["counsellor"])
    cv = world["cv"].pk
    response = counsellor.post(
        reverse("jobsearch:service_cv_comment", args=[cv]),
        {"text": "Ajoutez votre permis cariste,\nc'est recherché."},
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/service-emploi/cv/{cv}/#echange")

    page = _page(owner, "cv_detail", cv)
    assert "Ajoutez votre permis cariste,<br>c'est recherché." in page
    assert "nouveau" in page and "Le service emploi (Inès)" in page
    assert "nouveau" not in _page(owner, "cv_detail", cv)  # seen once: not new any more

    response = owner.post(reverse("jobsearch:cv_comment", args=[cv]), {"text": "C'est fait !"})
    assert response["Location"].endswith(f"/mon-cv/{cv}/#echange")
    page = _page(counsellor, "service_cv", cv)
    assert "C'est fait !" in page and "permis cariste" in page
    assert list(Comment.objects.values_list("from_service", flat=True)) == [True, False]

    # The letter has its own exchange.
    letter = world["letter"].pk
    counsellor.post(reverse("jobsearch:service_letter_comment", args=[letter]), {"text": "Bien."})
    assert "Bien." in _page(owner, "letter_detail", letter)
    assert "Bien." not in _page(owner, "cv_detail", cv)

    # A constant number of queries, however long the exchange.
    world["cv"].refresh_from_db()
    for n in range(10):
        services.comment_add(
            document=world["cv"], author=world["counsellor"], text=f"n{n}", from_service=True
        )
    with django_assert_max_num_queries(25):
        counsellor.get(reverse("jobsearch:service_cv", args=[cv]))
    with django_assert_max_num_queries(25):
        owner.get(reverse("jobsearch:cv_detail", args=[cv]))


def test_a_withdrawn_share_hides_the_exchange_from_the_service(world):
    owner, counsellor = _share(world), client_of(world["counsellor"])
    cv = world["cv"].pk
    counsellor.post(reverse("jobsearch:service_cv_comment", args=[cv]), {"text": "Bonjour"})
    owner.post(reverse("jobsearch:cv_share", args=[cv]), {"unshare": "1"})

    assert counsellor.get(reverse("jobsearch:service_cv", args=[cv])).status_code == 404
    response = counsellor.post(reverse("jobsearch:service_cv_comment", args=[cv]), {"text": "Et?"})
    assert response.status_code == 404
    # The learner keeps the exchange but cannot write into the void.
    page = _page(owner, "cv_detail", cv)
    assert "Bonjour" in page and "n'est plus partagé" in page and "Répondre" not in page
    response = owner.post(
        reverse("jobsearch:cv_comment", args=[cv]), {"text": "Allô ?"}, follow=True
    )
    assert "n'est plus partagé avec le service emploi" in html.unescape(response.text)
    assert Comment.objects.count() == 1


def test_another_centres_counsellor_never_reads_the_first_exchange(world):
    """The learner moves and shares with their new centre: the old exchange stays theirs."""
    owner, counsellor = _share(world), client_of(world["counsellor"])
    cv = world["cv"].pk
    counsellor.post(reverse("jobsearch:service_cv_comment", args=[cv]), {"text": "Secret A"})
    learner = world["learner_a"]
    type(learner).objects.filter(pk=learner.pk).update(centre=world["other_centre"])
    owner.post(reverse("jobsearch:cv_share", args=[cv]), {"share": "1"})
    far = client_of(world["far"])
    assert "Secret A" not in _page(far, "service_cv", cv)
    assert "Secret A" in _page(owner, "cv_detail", cv)


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "Écrivez au moins quelques mots."),
        ("   \n\t ", "Écrivez au moins quelques mots."),
        ("\x07\x1b", "Écrivez au moins quelques mots."),
        ("a\x00b", "caractère nul"),
        ("x" * (limits.COMMENT + 1), "C'est trop long"),
    ],
)
def test_bad_messages_are_refused_plainly(world, text, message):
    owner, counsellor = _share(world), client_of(world["counsellor"])
    cv = world["cv"].pk
    for client, name in ((counsellor, "service_cv_comment"), (owner, "cv_comment")):
        response = client.post(reverse(f"jobsearch:{name}", args=[cv]), {"text": text}, follow=True)
        assert response.status_code == 200
        assert message in html.unescape(response.text)
    assert not Comment.objects.exists()


def test_a_long_exchange_is_stopped_plainly(world):
    owner = _share(world)
    Comment.objects.bulk_create(
        Comment(cv=world["cv"], centre=world["centre"], author=world["learner_a"], text="x")
        for _ in range(limits.COMMENTS)
    )
    response = owner.post(
        reverse("jobsearch:cv_comment", args=[world["cv"].pk]), {"text": "Encore"}, follow=True
    )
    assert "de vive voix" in html.unescape(response.text)
    assert Comment.objects.count() == limits.COMMENTS


@pytest.mark.parametrize(
    "role", ["far", "learner_b", "mentor", "facilitator", "other_facilitator", None]
)
def test_nobody_else_reads_or_writes_in_the_exchange(world, role):
    _share(world)
    client_of(world["counsellor"]).post(
        reverse("jobsearch:service_cv_comment", args=[world["cv"].pk]), {"text": "Privé"}
    )
    client = client_of(world[role] if role else None)
    for name, pk in (
        ("service_cv_comment", world["cv"].pk),
        ("service_letter_comment", world["letter"].pk),
        ("cv_comment", world["cv"].pk),
        ("letter_comment", world["letter"].pk),
        ("service_cv_comment", 999999),  # a guessed id
        ("cv_comment", world["cv"].pk + 1),
    ):
        response = client.post(reverse(f"jobsearch:{name}", args=[pk]), {"text": "Intrus"})
        if role is None:
            assert response.status_code == 302 and "/connexion/" in response["Location"]
        elif role == "far" or name.startswith(("cv_", "letter_")):
            assert response.status_code == 404, (role, name)
        else:
            assert response.status_code == 403, (role, name)
    for name in ("service_cv", "cv_detail"):
        response = client.get(reverse(f"jobsearch:{name}", args=[world["cv"].pk]))
        assert "Privé" not in response.content.decode()
    assert not Comment.objects.filter(text="Intrus").exists()


def test_comments_are_exported_and_erased_with_their_author(world):
    owner, counsellor = _share(world), client_of(world["counsellor"])
    cv = world["cv"].pk
    counsellor.post(reverse("jobsearch:service_cv_comment", args=[cv]), {"text": "Conseil"})
    owner.post(reverse("jobsearch:cv_comment", args=[cv]), {"text": "Merci"})

    mine = json.loads(json.dumps(privacy.export_user_data(world["learner_a"])))
    assert [c["text"] for c in mine["jobsearch.CV"][0]["comments"]] == ["Conseil", "Merci"]
    assert [c["text"] for c in mine["jobsearch.Comment"]] == ["Merci"]
    theirs = privacy.export_user_data(world["counsellor"])
    assert [c["text"] for c in theirs["jobsearch.Comment"]] == ["Conseil"]

    privacy.erase_user(world["counsellor"])
    assert list(Comment.objects.values_list("text", flat=True)) == ["Merci"]
    privacy.erase_user(world["learner_a"])
    assert not Comment.objects.exists()
