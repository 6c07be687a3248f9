"""Site-wide endpoints: the health check and the language selector, with bad input; pages
go out compressed."""

import gzip

import pytest


@pytest.mark.django_db
def test_health_check_answers_ok_on_any_host(client):
    response = client.get("/sante/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {"language": "xx", "next": "/"},
        {"language": "", "next": "/"},
        {"language": "en" * 5000, "next": "/"},
        {"language": "en", "next": "https://evil.example/"},
    ],
)
def test_language_selector_refuses_bad_input(client, data):
    response = client.post("/langue/", data)
    assert response.status_code in {302, 204}
    assert "evil.example" not in response.get("Location", "")
    html = client.get("/").content.decode()
    if data["language"] != "en":
        assert '<html lang="fr">' in html


@pytest.mark.django_db
def test_language_selector_needs_csrf(home, people):
    """A signed-in person's post needs its token; a visitor's only sets a cookie, so their
    pages carry no token and can be shared from the page cache (pasapas.http)."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(people["learner_a"])
    response = client.post("/langue/", {"language": "en", "next": "/"})
    assert response.status_code == 403
    visitor = Client(enforce_csrf_checks=True)
    assert visitor.post("/langue/", {"language": "en", "next": "/"}).status_code == 302


@pytest.mark.django_db
def test_csrf_failure_explains_in_plain_french(home, people):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(people["learner_a"])
    response = client.post("/langue/", {"language": "en"})
    assert response.status_code == 403
    assert "Cette page a expiré" in response.content.decode()
    assert "Rien n'a été enregistré" in response.content.decode()


@pytest.mark.django_db
def test_pages_go_out_compressed_to_a_browser_that_accepts_it(client):
    plain = client.get("/glossaire/")
    assert "Content-Encoding" not in plain
    packed = client.get("/glossaire/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert packed["Content-Encoding"] == "gzip"
    page = gzip.decompress(packed.content).decode()
    assert page.startswith("<!DOCTYPE html>") and "Glossaire" in page
    assert len(packed.content) < len(plain.content) / 2
    assert "Accept-Encoding" in packed["Vary"]
