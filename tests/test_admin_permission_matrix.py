"""The admin's permission matrix (issue 18): every admin address that takes an id, as each role of
each centre, GET and POST.

The list of addresses is read from the URL resolver, so that a new viewset cannot be forgotten:
each pattern that takes an id is either about a centre-owned model (it has a ``centre_path``,
accounts.scope) and then goes through the matrix with an object of centre A, or it is listed
below as shared content, with the reason. A refused POST must leave the database as it was."""

import pytest
from django.apps import apps
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import ModelLogEntry

from accounts import scope
from accounts.models import Centre, User
from mentoring.models import Tip
from workshops.models import Room

ROLES = ["anonymous", "learner_a", "mentor", "facilitator", "other_facilitator", "admin"]

# Admin addresses with an id that are not about one centre's things: shared content (courses,
# exercises, images, documents, glossary), the site's own configuration (admins only), or ids
# of one's own (editing sessions, uploads, password reset).
SHARED = {
    "admin/pages/": "the page tree: courses are shared between centres",
    "admin/api/": "the admin's API of the page tree",
    "admin/choose-page/": "the page tree",
    "admin/tag-autocomplete/": "tags of shared content",
    "admin/collections/": "collections of shared images and documents",
    "admin/workflows/": "moderation workflows of pages (administrators)",
    "admin/editing-sessions/": "one's own editing session",
    "admin/pasapas/image-zones/": "a shared image (exercises)",
    "admin/forms/submissions/": "form pages of the shared tree",
    "admin/redirects/": "the site's redirects (administrators)",
    "admin/settings/": "site settings (administrators)",
    "admin/documents/": "shared documents",
    "admin/images/": "shared images",
    "admin/snippets/courses/glossaryterm/": "the shared glossary",
    "admin/snippets/choose/courses/glossaryterm/": "the shared glossary",
    "admin/snippets/exercises/exercise/": "shared exercises",
    "admin/snippets/choose/exercises/exercise/": "shared exercises",
    "admin/snippets/h5p/": "shared H5P activities and libraries",
    "admin/snippets/choose/h5p/": "shared H5P activities and libraries",
    "admin/snippets/scorm/": "shared SCORM packages",
    "admin/snippets/choose/scorm/": "shared SCORM packages",
    "admin/snippets/partners/organisation/": "partner organisations, shared by the centres",
    "admin/snippets/choose/partners/organisation/": "partner organisations",
    "admin/sites/": "the sites (administrators)",
    "admin/groups/": "the roles (administrators)",
    "admin/password_reset/": "a reset link of one's own",
    "admin/bulk/": "bulk actions: the centre-owned models' ones are in the matrix below",
    "admin/pasapas/courses/": "a shared course's file or copy (page permissions; the copy's "
    "destination is always one's own centre: courses/tests/test_exchange_copy.py)",
    "admin/pasapas/catalogues/": "importing into a catalogue of the shared tree (page permissions)",
}


def admin_patterns():
    """(route, view class or function) of every admin URL pattern that takes a parameter."""

    def walk(resolver, prefix):
        for pattern in resolver.url_patterns:
            route = prefix + str(pattern.pattern)
            if isinstance(pattern, URLResolver):
                yield from walk(pattern, route)
            elif (
                isinstance(pattern, URLPattern)
                and route.startswith("admin/")
                and ("<" in route or "(?P" in route)
            ):
                yield route, pattern

    return list(walk(get_resolver(), ""))


def model_of(pattern):
    view_class = getattr(pattern.callback, "view_class", None)
    initkwargs = getattr(pattern.callback, "view_initkwargs", {})
    for name in ("model", "model_class"):
        model = initkwargs.get(name) or getattr(view_class, name, None)
        if isinstance(model, str):
            model = apps.get_model(model)
        if model is not None:
            return model
    return None


def scoped_patterns():
    return [
        (route, pattern, model_of(pattern))
        for route, pattern in admin_patterns()
        if model_of(pattern) is not None and scope.is_centre_owned(model_of(pattern))
    ]


def test_every_admin_address_with_an_id_is_in_the_matrix_or_shared():
    unclassified = [
        route
        for route, pattern in admin_patterns()
        if not (model_of(pattern) and scope.is_centre_owned(model_of(pattern)))
        and not any(route.startswith(prefix) for prefix in SHARED)
    ]
    assert unclassified == []
    # Shared content is shared: nothing listed above belongs to a centre.
    for route, pattern in admin_patterns():
        if any(route.startswith(prefix) for prefix in SHARED) and model_of(pattern):
            assert not scope.is_centre_owned(model_of(pattern)), route


def test_every_model_with_a_centre_says_how_it_reaches_it():
    """A model pointing at a centre (or at a person) without a centre_path would escape the rule
    the day it gets an admin view; the shared ones are named here."""
    person_or_centre = {Centre, User}
    shared_or_own = {
        "accounts.SignupSettings",  # a site setting naming the sign-up centre (administrators)
        "positioning.PositioningSettings",
        # The centre a learner shared a CV or letter with: only that centre's counsellors read
        # it (jobsearch.selectors), never through the centre rule, so no centre_path.
        "jobsearch.CV",
        "jobsearch.CoverLetter",
        # The centre an exchange about a shared document belongs to: read the same way.
        "jobsearch.Comment",
        # A job offer belongs to its centre's employment service: only that centre's
        # counsellors read it (jobsearch.offer_selectors), never through the centre rule.
        "jobsearch.Offer",
        # A catalogue page names the centre its facilitators copy courses into; pages are
        # shared and Wagtail's page permissions guard them (courses/exchange/copying.py).
        "courses.CourseIndexPage",
    }
    missing = []
    for model in apps.get_models():
        if scope.is_centre_owned(model) or model._meta.label in shared_or_own:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is Centre:
                missing.append(f"{model._meta.label}.{field.name}")
    assert missing == []
    assert all(scope.is_centre_owned(model) for model in person_or_centre)


@pytest.fixture
def world(people):
    """One object of centre A for each centre-owned model that has admin views."""
    room = Room.objects.create(centre=people["centre"], name="Espace Atelier", computers=8)
    tip = Tip.objects.create(
        lesson=people["lessons"][0], mentor=people["mentor"], text="Prenez votre temps."
    )
    return {Centre: people["centre"], User: people["learner_a"], Room: room, Tip: tip}


def post_data(model, people):
    """What a form of each model would accept, pointing at centre B where it names a centre."""
    other = people["other_centre"].pk
    return {
        Centre: {"name": "Volé", "slug": "vole", "address": ""},
        User: {"username": "vole", "first_name": "Volé", "centre": other, "email": ""},
        Room: {"centre": other, "name": "Volée", "computers": 2},
        Tip: {"text": "Conseil volé", "review_note": "", "action-approve": "on"},
    }[model]


def snapshot():
    """Every row of every centre-owned model, and the admin's log."""
    rows = {
        model._meta.label: sorted(map(repr, model._default_manager.values()))
        for model in scope.centre_owned_models()
    }
    rows["log"] = ModelLogEntry.objects.count()
    return rows


def cases(world):
    """(address, model) for every scoped pattern and every bulk action of a scoped model."""
    found = []
    for route, pattern, model in scoped_patterns():
        assert model in world, f"give the matrix an object of {model._meta.label} ({route})"
        obj = world[model]
        kwargs = dict.fromkeys(pattern.pattern.converters, obj.pk) or {"pk": obj.pk}
        found.append(("/" + _fill(route, kwargs), model))
    for model in world:
        meta = model._meta
        for action in bulk_action_registry.get_bulk_actions_for_model(
            meta.app_label, meta.model_name
        ):
            address = f"/admin/bulk/{meta.app_label}/{meta.model_name}/{action.action_type}/"
            found.append((f"{address}?id={world[model].pk}&next=/admin/", model))
    return found


def _fill(route, kwargs):
    import re

    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: str(kwargs[m.group(1)]), route)


def refused(response):
    """A 404, a 403, or Wagtail's « no permission »: back to the dashboard or the sign-in."""
    if response.status_code in (403, 404, 405):  # 405: a chooser's GET-only address
        return True
    location = response.get("Location", "") if response.status_code == 302 else ""
    return location == "/admin/" or location.startswith("/admin/login/")


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("role", ROLES)
def test_admin_matrix(client, people, world, role, method):
    if role != "anonymous":
        client.force_login(people[role])
    counted = 0
    for address, model in cases(world):
        with transaction.atomic():
            before = snapshot()
            send = getattr(client, method)
            response = (
                send(address, post_data(model, people)) if method == "post" else send(address)
            )
            status = response.status_code
            assert status < 500, (role, method, address)
            after = snapshot()
            transaction.set_rollback(True)  # each address starts from the same database
        counted += 1
        if role in ("anonymous", "learner_a", "mentor", "other_facilitator"):
            # Outside the admin, or another centre's object: refused, nothing written.
            assert refused(response), (role, method, address, status)
            assert after == before, (role, method, address)
        else:
            # Their own centre (facilitator) or every centre (admin): never hidden; the
            # facilitator may still lack the model permission (users, centres: admins only).
            assert status != 404, (role, method, address)
    # The size of the matrix, so that a shrinking list shows: at least rooms, centres, tips and
    # users with their edit, delete, history, usage and chooser views, and bulk actions.
    assert counted >= 24, counted
    print(f"admin matrix: {counted} addresses as {role}, {method.upper()}")


def test_the_matrix_counts_its_cases(people, world):
    total = len(cases(world)) * len(ROLES) * 2
    print(f"admin permission matrix: {total} cases")
    assert total >= 24 * 12


def test_a_superuser_post_does_change_things(client, people, world):
    """The POST data of the matrix is real: for an admin, the same edit goes through."""
    client.force_login(people["admin"])
    room = world[Room]
    response = client.post(
        f"/admin/snippets/workshops/room/edit/{room.pk}/", post_data(Room, people)
    )
    assert response.status_code == 302
    room.refresh_from_db()
    assert (room.name, room.centre_id) == ("Volée", people["other_centre"].pk)
