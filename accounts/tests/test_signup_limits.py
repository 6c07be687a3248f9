"""Self sign-up is limited per address and for the whole site, behind proxies too."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Site

from accounts.models import SignUp, SignupSettings


@pytest.fixture
def open_signup(people):
    settings = SignupSettings.for_site(Site.objects.get(is_default_site=True))
    settings.self_signup_centre = people["centre"]
    settings.save()
    return people["centre"]


def sign_up(first_name, **meta):
    return Client().post("/inscription/", {"first_name": first_name}, **meta)


def test_one_address_cannot_fill_the_site_with_accounts(open_signup, settings):
    settings.SIGNUP_LIMIT_PER_ADDRESS = 3
    for _ in range(3):
        assert sign_up("Marie", REMOTE_ADDR="203.0.113.7").status_code == 302
    before = get_user_model().objects.count()
    refused = sign_up("Marie", REMOTE_ADDR="203.0.113.7")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Réessayez dans une heure" in html and 'role="alert"' in html
    assert get_user_model().objects.count() == before  # nothing half-made
    # Another address still signs up.
    assert sign_up("Marie", REMOTE_ADDR="203.0.113.8").status_code == 302


def test_a_ceiling_for_the_whole_site_whatever_the_addresses(open_signup, settings):
    settings.SIGNUP_LIMIT_OVERALL = 4
    for number in range(4):
        assert sign_up("Jean", REMOTE_ADDR=f"198.51.100.{number}").status_code == 302
    refused = sign_up("Jean", REMOTE_ADDR="198.51.100.200")
    assert refused.status_code == 429
    assert "Beaucoup de personnes" in refused.content.decode()


def test_the_window_passes_and_old_records_go(open_signup, settings):
    settings.SIGNUP_LIMIT_PER_ADDRESS = 1
    assert sign_up("Paul", REMOTE_ADDR="203.0.113.9").status_code == 302
    assert sign_up("Paul", REMOTE_ADDR="203.0.113.9").status_code == 429
    SignUp.objects.update(
        created_at=SignUp.objects.first().created_at - settings.SIGNUP_LIMIT_WINDOW
    )
    assert sign_up("Paul", REMOTE_ADDR="203.0.113.9").status_code == 302
    assert SignUp.objects.count() == 1  # the expired one was deleted
    # The address itself is never stored.
    assert "203.0.113.9" not in SignUp.objects.get().address


def test_a_forged_forwarded_header_does_not_escape_the_limit(open_signup, settings):
    """Straight to the site (no proxy): X-Forwarded-For is the client's own words."""
    settings.SIGNUP_LIMIT_PER_ADDRESS = 2
    settings.TRUSTED_PROXIES = 0
    for number in range(2):
        response = sign_up(
            "Lise", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"10.9.9.{number}"
        )
        assert response.status_code == 302
    forged = sign_up("Lise", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="10.9.9.77")
    assert forged.status_code == 429


def test_behind_a_proxy_each_person_has_their_own_limit(open_signup, settings):
    """One proxy in front: every request comes from it, the person is in the header."""
    settings.SIGNUP_LIMIT_PER_ADDRESS = 2
    settings.TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for _ in range(2):
        assert sign_up("Anne", HTTP_X_FORWARDED_FOR="203.0.113.20", **proxy).status_code == 302
    # Whatever that person writes before the proxy's entry, it is still them.
    forged = sign_up("Anne", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.20", **proxy)
    assert forged.status_code == 429
    # Someone else behind the same proxy is not blocked by them.
    assert sign_up("Anne", HTTP_X_FORWARDED_FOR="203.0.113.21", **proxy).status_code == 302
