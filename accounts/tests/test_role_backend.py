"""accounts.backends: the roles come with the person; sessions opened before it stay open."""

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from accounts.backends import BACKEND, OLD_BACKEND


def test_a_session_opened_under_djangos_backend_stays_signed_in(client, people):
    learner = people["learner_a"]
    session = SessionStore()
    session[SESSION_KEY] = str(learner.pk)
    session[BACKEND_SESSION_KEY] = OLD_BACKEND
    session[HASH_SESSION_KEY] = learner.get_session_auth_hash()
    session.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    assert "Mon parcours" in client.get("/").content.decode()
    assert SessionStore(session.session_key)[BACKEND_SESSION_KEY] == BACKEND


def test_a_session_of_an_unknown_backend_is_not_signed_in(client, people):
    learner = people["learner_a"]
    session = SessionStore()
    session[SESSION_KEY] = str(learner.pk)
    session[BACKEND_SESSION_KEY] = "somewhere.else.Backend"
    session[HASH_SESSION_KEY] = learner.get_session_auth_hash()
    session.create()
    client.cookies[settings.SESSION_COOKIE_NAME] = session.session_key
    assert "Mon parcours" not in client.get("/").content.decode()
