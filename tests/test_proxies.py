"""The person's address behind reverse proxies: the sign-in lock and every limit per address
key on it (pasapas.http.client_ip), and nobody picks it by writing X-Forwarded-For."""

import secrets

import pytest
from django.test import Client, RequestFactory
from pasapas.http import client_ip

from tests.services import ROOT, manage, production_env


def address(settings, count, remote, forwarded=None):
    settings.TRUSTED_PROXIES = count
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_ip(RequestFactory().get("/", **meta))


@pytest.mark.parametrize(
    ("count", "remote", "forwarded", "expected"),
    [
        # Nothing in front: the header is the client's own words, ignored.
        (0, "203.0.113.9", "198.51.100.66", "203.0.113.9"),
        (0, "203.0.113.9", None, "203.0.113.9"),
        # One proxy (nginx, $proxy_add_x_forwarded_for): the last entry is the person.
        (1, "10.0.0.2", "203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.2", "198.51.100.66, 203.0.113.9", "203.0.113.9"),
        (1, "10.0.0.2", "198.51.100.66,203.0.113.9 ", "203.0.113.9"),
        # Two proxies (TLS in front of the balancer): the one before last.
        (2, "10.0.0.3", "203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (2, "10.0.0.3", "1.1.1.1, 198.51.100.66, 203.0.113.9, 10.0.0.2", "203.0.113.9"),
        (1, "10.0.0.2", "2001:db8::1", "2001:db8::1"),
        # Fewer entries than proxies, or garbage: never what the client wrote.
        (2, "10.0.0.3", "198.51.100.66", "10.0.0.3"),
        (1, "10.0.0.2", "", "10.0.0.2"),
        (1, "10.0.0.2", None, "10.0.0.2"),
        (1, "10.0.0.2", "not-an-address", "10.0.0.2"),
        (1, "10.0.0.2", "203.0.113.9, <script>", "10.0.0.2"),
    ],
)
def test_client_ip(settings, count, remote, forwarded, expected):
    assert address(settings, count, remote, forwarded) == expected


def wrong_code(username, **meta):
    return Client().post("/connexion/", {"username": username, "password": "zzzzzzzz"}, **meta)


def test_behind_two_proxies_the_lock_follows_the_person_not_the_proxy(people, settings):
    settings.TRUSTED_PROXIES = 2
    balancer = {"REMOTE_ADDR": "10.0.0.3"}
    victim, attacker = "203.0.113.10", "198.51.100.66"
    username = people["learner_a"].username
    for _ in range(6):
        locked = wrong_code(username, HTTP_X_FORWARDED_FOR=f"{attacker}, 10.0.0.2", **balancer)
    assert locked.status_code == 429
    # The attacker's lock is theirs: the learner, behind the same proxies, signs in.
    signed_in = Client().post(
        "/connexion/",
        {"username": username, "password": people["code_a"]},
        HTTP_X_FORWARDED_FOR=f"{victim}, 10.0.0.2",
        **balancer,
    )
    assert signed_in.status_code == 302
    # Writing another address before the proxies' entries does not lift the attacker's lock.
    forged = wrong_code(
        username, HTTP_X_FORWARDED_FOR=f"{victim}, {attacker}, 10.0.0.2", **balancer
    )
    assert forged.status_code == 429


def test_straight_to_the_site_a_forged_header_does_not_dodge_the_lock(people, settings):
    settings.TRUSTED_PROXIES = 0
    username = people["learner_a"].username
    for number in range(6):
        response = wrong_code(
            username, REMOTE_ADDR="203.0.113.66", HTTP_X_FORWARDED_FOR=f"10.1.1.{number}"
        )
    assert response.status_code == 429
    # Nor can a forged header lock someone else's address.
    signed_in = Client().post(
        "/connexion/",
        {"username": username, "password": people["code_a"]},
        REMOTE_ADDR="203.0.113.10",
        HTTP_X_FORWARDED_FOR="203.0.113.66",
    )
    assert signed_in.status_code == 302


AXES_ADDRESS = (
    "from django.test import RequestFactory; from axes.helpers import get_client_ip_address;"
    "r = RequestFactory().get('/', REMOTE_ADDR='10.0.0.3',"
    " HTTP_X_FORWARDED_FOR='198.51.100.66, 203.0.113.9, 10.0.0.2');"
    "print(get_client_ip_address(r))"
)


@pytest.mark.parametrize(
    ("proxies", "expected"), [(None, "10.0.0.3"), ("2", "203.0.113.9"), ("1", "10.0.0.2")]
)
def test_production_settings_give_axes_the_persons_address(proxies, expected):
    env = production_env(SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="example.org")
    env.pop("TRUSTED_PROXIES", None)
    if proxies is not None:
        env["TRUSTED_PROXIES"] = proxies
    result = manage("shell", "-c", AXES_ADDRESS, env=env, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == expected


def compose_config(*files):
    """The compose files' environment, as Docker Compose would read it (without Docker)."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!reset", lambda loader, node: None)  # Compose's own tags
    Loader.add_constructor("!override", lambda loader, node: loader.construct_sequence(node))
    merged = {}
    for name in files:
        data = yaml.load((ROOT / name).read_text(), Loader=Loader)  # noqa: S506 (safe loader)
        for service, spec in data.get("services", {}).items():
            merged.setdefault(service, {}).update(spec.get("environment") or {})
    return merged


def test_compose_files_count_the_proxies_in_front():
    one = compose_config("docker-compose.yml")
    assert one["web"]["TRUSTED_PROXIES"] == "${TRUSTED_PROXIES:-1}"
    scaled = compose_config("docker-compose.yml", "docker-compose.scale.yml")
    assert scaled["web"]["TRUSTED_PROXIES"] == "${TRUSTED_PROXIES:-2}"
    # The balancer adds to the header rather than replacing it.
    nginx = (ROOT / "docker/nginx/scale.conf").read_text()
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in nginx
