"""Both kinds of activity sit under one « Activités » menu (a Wagtail SnippetViewSetGroup)."""

from django.urls import reverse
from wagtail.admin.menu import admin_menu


def _menu(request_factory, user):
    request = request_factory.get("/admin/")
    request.user = user
    return {item.name: item for item in admin_menu.menu_items_for_request(request)}


def test_the_activities_menu_holds_exercises_h5p_activities_and_scorm_packages(rf, people, client):
    items = _menu(rf, people["facilitator"])
    group = next(item for item in items.values() if str(item.label) == "Activités")
    request = rf.get("/admin/")
    request.user = people["facilitator"]
    urls = [item.url for item in group.menu.menu_items_for_request(request)]
    exercises = reverse("wagtailsnippets_exercises_exercise:list")
    activities = reverse("wagtailsnippets_h5p_h5pactivity:list")
    packages = reverse("wagtailsnippets_scorm_scormpackage:list")
    assert urls == [exercises, activities, packages]
    assert not any(str(item.label) in ("Exercices", "Activités H5P") for item in items.values())
    client.force_login(people["facilitator"])
    assert client.get(exercises).status_code == 200
    assert client.get(activities).status_code == 200
    assert client.get(packages).status_code == 200
