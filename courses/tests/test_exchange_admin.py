"""The admin's export button and import form: who may use them, and what a refusal shows."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from courses.exchange.export import course_export
from courses.models import CoursePage, LessonPage


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.H5P_ROOT = tmp_path / "h5p"


def _export_url(course):
    return reverse("pasapas_course_export", args=[course.pk])


def _import_url(catalogue):
    return reverse("pasapas_course_import", args=[catalogue.pk])


def test_a_facilitator_downloads_a_course_file(client, people):
    client.force_login(people["facilitator"])
    explore = client.get(reverse("wagtailadmin_explore", args=[people["course"].get_parent().pk]))
    assert _export_url(people["course"]).encode() in explore.content
    response = client.get(_export_url(people["course"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert "manifest.json" in archive.namelist()


@pytest.mark.parametrize("who", ["learner_a", "mentor"])
def test_people_without_page_rights_neither_export_nor_import(client, people, catalogue, who):
    client.force_login(people[who])
    for url in (_export_url(people["course"]), _import_url(catalogue)):
        response = client.get(url)
        # Wagtail's admin answers a refusal with a redirection to its dashboard or sign-in.
        assert response.status_code == 302 and response["Location"] != url
    pages = LessonPage.objects.count()
    data = course_export(people["course"])
    response = client.post(_import_url(catalogue), {"file": SimpleUploadedFile("c.zip", data)})
    assert response.status_code in (302, 403)
    assert LessonPage.objects.count() == pages


def test_the_wrong_kind_of_page_is_refused(client, people, catalogue):
    client.force_login(people["admin"])
    assert client.get(_export_url(catalogue)).status_code == 404
    assert client.get(_import_url(people["course"])).status_code == 404
    assert client.get(reverse("pasapas_course_export", args=[999_999])).status_code == 404


def test_the_import_form_reports_what_it_created(client, people, catalogue):
    client.force_login(people["facilitator"])
    data = course_export(people["course"])
    form = client.get(_import_url(catalogue))
    assert b"Importer un parcours" in form.content
    response = client.post(
        _import_url(catalogue), {"file": SimpleUploadedFile("parcours.zip", data)}
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "est importé" in text and "4 pages" in text
    imported = CoursePage.objects.exclude(pk=people["course"].pk).get()
    assert not imported.live  # drafts unless asked


def test_a_refused_file_shows_why_and_stores_nothing(client, people, catalogue):
    client.force_login(people["facilitator"])
    pages = LessonPage.objects.count()
    response = client.post(
        _import_url(catalogue), {"file": SimpleUploadedFile("x.zip", b"not a zip")}
    )
    text = response.content.decode()
    assert "rien n&#x27;a été enregistré" in text or "rien n'a été enregistré" in text
    assert "pas un export de parcours" in text
    assert LessonPage.objects.count() == pages
    empty = client.post(_import_url(catalogue), {})
    assert "Choisissez le fichier" in empty.content.decode()
