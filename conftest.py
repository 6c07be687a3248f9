"""Fixtures shared by every app's tests and the cross-app journeys, and the markers that
decide which tests the PostgreSQL pass runs again (see the README's « Tests » section)."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.utils import translation
from wagtail.models import Site

from courses.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from courses.models import HomePage


@pytest.fixture(autouse=True)
def erasure_register(settings, tmp_path_factory):
    """Each test its own erasure register: ids are reused from one test to the next."""
    settings.ERASURE_REGISTER = tmp_path_factory.mktemp("register") / "erasures.jsonl"
    return settings.ERASURE_REGISTER


@pytest.fixture(autouse=True)
def french_first():
    """Each test starts in French: a page asked in English (the language cookie) leaves English
    active in the thread afterwards, and the next test would read English messages."""
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def home(db):
    """The home page the first migration puts at the root of the default site."""
    return HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)


@pytest.fixture
def catalogue(home):
    return CourseIndexPageFactory(parent=home, slug="ateliers")


@pytest.fixture
def make_course(catalogue):
    def make(lessons=3, **kwargs):
        course = CoursePageFactory(parent=catalogue, **kwargs)
        pages = [LessonPageFactory(parent=course) for _ in range(lessons)]
        return course, pages

    return make


@pytest.fixture
def people(db, make_course):
    """Two centres and one person of each role, as the permission tests need them."""
    from django.contrib.auth import get_user_model

    from accounts.models import Centre
    from accounts.roles import FACILITATORS, MENTORS, ensure_roles
    from accounts.services import learner_create

    groups = ensure_roles()
    user_model = get_user_model()
    centre = Centre.objects.create(name="Espace Numérique", slug="espace")
    other_centre = Centre.objects.create(name="Médiathèque", slug="mediatheque")
    learner_a, code_a = learner_create(centre=centre, first_name="Marie")
    learner_b, code_b = learner_create(centre=centre, first_name="Jean")
    mentor = user_model.objects.create_user(
        "ange", password="ange-pass-123", centre=centre, first_name="Sophie"
    )
    mentor.groups.add(groups[MENTORS])
    # A mentor of the same centre whom nobody chose: sees no learner's data.
    other_mentor = user_model.objects.create_user(
        "bruno", password="bruno-pass-123", centre=centre, first_name="Bruno"
    )
    other_mentor.groups.add(groups[MENTORS])
    facilitator = user_model.objects.create_user(
        "camille", password="camille-pass-123", centre=centre
    )
    facilitator.groups.add(groups[FACILITATORS])
    other_facilitator = user_model.objects.create_user(
        "lea", password="lea-pass-123", centre=other_centre
    )
    other_facilitator.groups.add(groups[FACILITATORS])
    admin = user_model.objects.create_superuser("admin", password="admin-pass-123")
    course, lessons = make_course(lessons=3)
    return {
        "centre": centre,
        "other_centre": other_centre,
        "learner_a": learner_a,
        "code_a": code_a,
        "learner_b": learner_b,
        "code_b": code_b,
        "mentor": mentor,
        "other_mentor": other_mentor,
        "facilitator": facilitator,
        "other_facilitator": other_facilitator,
        "admin": admin,
        "course": course,
        "lessons": lessons,
    }


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts from an empty cache: page ids are reused from one test to the next, and a
    fragment cached by an earlier test would be read for another page."""
    from django.core.cache import cache
    from pasapas import kept

    cache.clear()
    kept.clear()  # and what this process kept of it


@pytest.fixture(autouse=True)
def _fresh_glossary():
    """The glossary words lessons link are kept in the cache; each test reads its own."""
    from courses.glossary_links import forget_terms

    forget_terms()


# --- Markers by what a test touches ----------------------------------------------------------

ROOT = Path(__file__).resolve().parent
# Tests that bring their own database and services, whatever DATABASE_URL says: the browser
# tests serve their own SQLite site, the fault tests their own disk and PostgreSQL cluster, the
# growth tests their own bucket, Redis, pool and pgbouncer.
OWN_SERVICES = (
    "tests/browser/",
    "tests/test_faults.py",
    "tests/test_faults_server.py",
    "tests/test_growth.py",
)
SERVED_SITE = "served-site"
SLOW = ("tests/browser/", "tests/test_faults", "tests/test_growth.py")
# What lets a test reach the test database; pytest-django refuses it to any other test.
DATABASE_FIXTURES = {
    "db",
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "django_db_setup",
    "live_server",
    "_django_db_helper",
}


def _uses_test_database(item):
    return item.get_closest_marker("django_db") is not None or bool(
        DATABASE_FIXTURES & set(item.fixturenames)
    )


def pytest_itemcollected(item):
    """Marks each test by what it touches, as it is collected."""
    path = Path(item.fspath).resolve().relative_to(ROOT).as_posix()
    if path.startswith(OWN_SERVICES) or not _uses_test_database(item):
        item.add_marker(pytest.mark.database_independent)
    if path.startswith(SLOW):
        item.add_marker(pytest.mark.slow)
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        item.add_marker(pytest.mark.skip(reason="runs on PostgreSQL only (DATABASE_URL)"))


def _scope(nodeid):
    """What one worker runs together: every browser test (one served demo site per worker),
    else a test file (its module fixtures built once)."""
    return SERVED_SITE if nodeid.startswith("tests/browser/") else nodeid.split("::", 1)[0]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Once pytest-django has put the tests in Django's order (transactional ones after the
    others), the browser tests go first: they use no test database, and are the longest unit
    for one worker while the other takes the rest."""
    items.sort(key=lambda item: _scope(item.nodeid) != SERVED_SITE)


def _units_in_order(collection):
    """{test id: unit} for the tests in collection order. A transactional test empties its
    worker's database as it ends, so pytest-django puts them after the others; a file's tests
    that come back after other files (its transactional ones) form a later unit of their own."""
    units, left, previous = {}, set(), None
    for nodeid in collection:
        scope = _scope(nodeid)
        if previous is not None and scope != previous:
            left.add(previous)
        units[nodeid] = f"{scope}::later" if scope in left else scope
        previous = scope
    return units


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadfile`, with every browser test in one unit, and the units handed out in
    collection order (not largest first), so that on each worker the transactional tests run
    after every test that needs the database's initial content (the site, the root page and
    collection, the roles). (xdist_group marks cannot make the browser unit with pytest 9.2:
    xdist 3.8 renames items through an attribute pytest no longer reads.)"""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False

    class Scheduling(LoadScopeScheduling):
        units = None

        def _split_scope(self, nodeid):
            if self.units is None:
                self.units = _units_in_order(next(iter(self.registered_collections.values())))
            return self.units[nodeid]

    return Scheduling(config, log)
