"""Certificates: issued only for a completed course, once; a real PDF; the public check; who
may download and withdraw; erasure; Mon parcours stays at a constant number of queries."""

import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from pypdf import PdfReader

from accounts import privacy
from certificates import services
from certificates.codes import ALPHABET, LENGTH, new_code, normalize_code
from certificates.models import Certificate
from progress import services as progress_services


def finish(user, lessons):
    for lesson in lessons:
        progress_services.lesson_complete(user=user, lesson=lesson)


@pytest.fixture
def issued(people):
    finish(people["learner_a"], people["lessons"])
    return services.certificate_issue(user=people["learner_a"], course=people["course"])


def pdf_text(content):
    """The text a PDF reader finds in it."""
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


# Codes


def test_codes_are_long_random_and_unambiguous():
    codes = {new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"PAP-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}", code)
        assert not set(code[4:].replace("-", "")) & set("0O1IL")
    assert len(ALPHABET) ** LENGTH > 2**40


@pytest.mark.parametrize(
    "typed", ["pap-7k3m-9qxd-4hta", " PAP 7K3M 9QXD 4HTA ", "pap7k3m9qxd4hta", "7K3M9QXD4HTA"]
)
def test_typed_codes_are_normalised(typed):
    assert normalize_code(typed) == "PAP-7K3M-9QXD-4HTA"


@pytest.mark.parametrize("typed", ["", "PAP", "PAP-7K3M-9QXD", "PAP-7K3M-9QXD-4HT0", "x" * 40])
def test_malformed_codes_are_refused(typed):
    assert normalize_code(typed) is None


# Issuing


def test_issue_is_refused_before_completion_and_allowed_after(people):
    learner, course, lessons = people["learner_a"], people["course"], people["lessons"]
    with pytest.raises(ValidationError, match="pas encore terminé : finissez toutes ses leçons"):
        services.certificate_issue(user=learner, course=course)
    with translation.override("en"), pytest.raises(ValidationError, match="not finished yet"):
        services.certificate_issue(user=learner, course=course)
    finish(learner, lessons[:2])
    with pytest.raises(ValidationError):
        services.certificate_issue(user=learner, course=course)
    assert not Certificate.objects.exists()
    finish(learner, lessons[2:])
    certificate = services.certificate_issue(user=learner, course=course)
    assert certificate.learner_name == "Marie"
    assert certificate.course_title == course.title
    assert certificate.centre_name == "Espace Numérique"
    assert certificate.centre == people["centre"]
    assert certificate.lesson_count == 3


def test_asking_again_gives_the_same_certificate(people, issued):
    again = services.certificate_issue(user=people["learner_a"], course=people["course"])
    assert again.pk == issued.pk and again.code == issued.code
    assert Certificate.objects.count() == 1


def test_a_draft_lesson_does_not_count_and_a_new_lesson_must_be_done(people, make_course):
    learner = people["learner_a"]
    course, lessons = make_course(lessons=2)
    finish(learner, lessons[:1])
    lessons[1].unpublish()
    certificate = services.certificate_issue(user=learner, course=course)
    assert certificate.lesson_count == 1


def test_revoke_needs_a_reason_and_a_revoked_one_is_not_issued_again(people, issued):
    with pytest.raises(ValidationError, match="pourquoi"):
        services.certificate_revoke(certificate=issued, by=people["facilitator"], reason="  ")
    issued.refresh_from_db()
    assert not issued.is_revoked
    services.certificate_revoke(certificate=issued, by=people["facilitator"], reason="Doublon")
    assert issued.is_revoked and issued.revoked_by == people["facilitator"]
    with pytest.raises(ValidationError, match="déjà retirée"):
        services.certificate_revoke(certificate=issued, reason="encore")
    with pytest.raises(ValidationError, match="retirée"):
        services.certificate_issue(user=people["learner_a"], course=people["course"])


# The learner's pages


def test_issue_view_before_and_after_completion(client, people):
    learner, course = people["learner_a"], people["course"]
    client.force_login(learner)
    url = f"/mon-parcours/attestation/{course.pk}/"
    response = client.post(url, follow=True)
    assert "pas encore terminé" in response.content.decode()
    assert not Certificate.objects.exists()
    finish(learner, people["lessons"])
    html = client.get("/mon-parcours/").content.decode()
    assert "Obtenir mon attestation" in html
    response = client.post(url)
    assert response.status_code == 302 and response["Location"].endswith(f"#atelier-{course.pk}")
    certificate = Certificate.objects.get()
    html = client.get("/mon-parcours/").content.decode()
    assert "Télécharger mon attestation (PDF)" in html
    assert f"/mon-parcours/attestation/{certificate.code}.pdf" in html
    assert "Obtenir mon attestation" not in html
    client.post(url)
    assert Certificate.objects.count() == 1


def test_issue_view_bad_input(client, people):
    client.force_login(people["learner_a"])
    lesson = people["lessons"][0]
    assert client.post(f"/mon-parcours/attestation/{lesson.pk}/").status_code == 404
    assert client.post("/mon-parcours/attestation/999999/").status_code == 404
    assert client.get(f"/mon-parcours/attestation/{people['course'].pk}/").status_code == 405
    assert not Certificate.objects.exists()


def test_issue_view_needs_sign_in(client, people):
    response = client.post(f"/mon-parcours/attestation/{people['course'].pk}/")
    assert response.status_code == 302 and "/connexion/" in response["Location"]


def test_the_pdf_is_a_real_pdf_with_the_code(client, people, issued):
    client.force_login(people["learner_a"])
    response = client.get(f"/mon-parcours/attestation/{issued.code}.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    content = response.content
    assert content.startswith(b"%PDF-") and content.rstrip().endswith(b"%%EOF")
    assert 3_000 < len(content) < 200_000
    text = pdf_text(content)
    assert issued.code in text
    assert "Attestation de r" in text and "Marie" in text
    assert f"/attestation/verifier/{issued.code}/" in text
    assert b"/Title" in content and b"/Author" in content and b"/Lang" in content


def issued_to(client, people, first_name, last_name):
    """learner_a renamed, their course finished and certified, signed in: the certificate."""
    learner = people["learner_a"]
    learner.first_name, learner.last_name = first_name, last_name
    learner.save()
    finish(learner, people["lessons"])
    client.force_login(learner)
    return services.certificate_issue(user=learner, course=people["course"])


def test_the_pdf_writes_every_name_as_it_is_spelt(client, people):
    paths = settings.CERTIFICATE_FONTS
    if not all(Path(path).is_file() for path in paths):
        pytest.skip(f"no TrueType font at {paths} (Debian: fonts-dejavu-core)")
    certificate = issued_to(client, people, "Łukasz", "Nguyễn-Ştefănescu")
    text = pdf_text(client.get(f"/mon-parcours/attestation/{certificate.code}.pdf").content)
    assert "Łukasz Nguyễn-Ştefănescu" in text
    assert "Attestation de réussite" in text and "« " in text


def test_without_the_font_the_pdf_folds_the_letters_helvetica_lacks(client, people, tmp_path):
    from certificates import pdf

    assert pdf.drawable("Łukasz Nguyễn, Zoé", "Helvetica") == "Lukasz Nguyen, Zoé"
    assert pdf.drawable("Łukasz", "PasAPas-0-DejaVuSans") == "Łukasz"
    certificate = issued_to(client, people, "Łukasz", "Nguyễn")
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")
    for fonts in [(str(tmp_path / "missing.ttf"),) * 2, (str(broken),) * 2]:
        with override_settings(CERTIFICATE_FONTS=fonts):
            response = client.get(f"/mon-parcours/attestation/{certificate.code}.pdf")
        assert response.status_code == 200, fonts
        assert "Lukasz Nguyen" in pdf_text(response.content)
        assert b"/Helvetica" in response.content


def test_the_pdf_accepts_the_code_in_lower_case(client, people, issued):
    client.force_login(people["learner_a"])
    assert client.get(f"/mon-parcours/attestation/{issued.code.lower()}.pdf").status_code == 200


def test_who_may_download_the_pdf(client, people, issued):
    url = f"/mon-parcours/attestation/{issued.code}.pdf"
    response = client.get(url)
    assert response.status_code == 302 and "/connexion/" in response["Location"]
    for name in ("learner_b", "mentor", "other_facilitator"):
        client.force_login(people[name])
        assert client.get(url).status_code == 404, name
    for name in ("learner_a", "facilitator", "admin"):
        client.force_login(people[name])
        assert client.get(url).status_code == 200, name
    client.force_login(people["learner_a"])
    assert client.get("/mon-parcours/attestation/PAP-2222-2222-2222.pdf").status_code == 404
    assert client.get("/mon-parcours/attestation/n-importe-quoi.pdf").status_code == 404


def test_a_revoked_certificate_is_not_downloaded(client, people, issued):
    services.certificate_revoke(certificate=issued, reason="Erreur")
    client.force_login(people["learner_a"])
    response = client.get(f"/mon-parcours/attestation/{issued.code}.pdf", follow=True)
    assert "Cette attestation a été retirée." in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


# The public check


def test_check_page_valid_code_as_anyone(client, issued):
    response = client.get("/attestation/verifier/")
    assert response.status_code == 200 and 'name="code"' in response.content.decode()
    for typed in (issued.code, issued.code.lower().replace("-", " "), issued.code[4:]):
        response = client.get("/attestation/verifier/", {"code": typed})
        html = response.content.decode()
        assert response.status_code == 200
        assert "Attestation valide" in html
        assert "Marie" in html and issued.course_title in html and "Espace Numérique" in html
    assert response["X-Robots-Tag"].startswith("noindex")


def test_check_page_opened_by_the_qr_code(client, issued):
    response = client.get(f"/attestation/verifier/{issued.code}/")
    assert response.status_code == 200 and "Attestation valide" in response.content.decode()


def test_check_page_says_nothing_more_than_the_certificate(client, people, issued):
    html = client.get(f"/attestation/verifier/{issued.code}/").content.decode()
    assert people["learner_a"].username not in html
    assert "camille" not in html


def test_check_page_unknown_and_malformed(client, issued):
    unknown = "PAP-2222-3333-4444"
    response = client.get("/attestation/verifier/", {"code": unknown})
    assert "Aucune attestation ne porte ce code." in response.content.decode()
    assert client.get(f"/attestation/verifier/{unknown}/").status_code == 404
    for typed in ("PAP-1234", "bonjour", "PAP-OOOO-IIII-LLLL"):
        html = client.get("/attestation/verifier/", {"code": typed}).content.decode()
        assert "pas la bonne forme" in html
        assert "Attestation valide" not in html
    html = client.get("/attestation/verifier/", {"code": "  "}).content.decode()
    assert "Recopiez le code" in html
    response = client.get("/attestation/verifier/" + "A" * 300 + "/")
    assert response.status_code == 404 and "pas la bonne forme" in response.content.decode()


def test_check_page_revoked(client, people, issued):
    services.certificate_revoke(certificate=issued, by=people["facilitator"], reason="Doublon")
    html = client.get(f"/attestation/verifier/{issued.code}/").content.decode()
    assert "Cette attestation a été retirée." in html
    assert "Marie" not in html and "Doublon" not in html and "Attestation valide" not in html


# Privacy


def test_export_lists_the_certificates(people, issued):
    data = privacy.export_user_data(people["learner_a"])
    assert [row["code"] for row in data["certificates.Certificate"]] == [issued.code]
    assert privacy.export_user_data(people["learner_b"])["certificates.Certificate"] == []


def test_erasure_revokes_and_clears_the_name(client, people, issued):
    call_command("erase_learner", people["learner_a"].username, "--yes", stdout=io.StringIO())
    issued.refresh_from_db()
    assert issued.user is None and issued.learner_name == "" and issued.is_revoked
    html = client.get(f"/attestation/verifier/{issued.code}/").content.decode()
    assert "Cette attestation a été retirée." in html
    assert "Marie" not in html


# The facilitators' list


def test_facilitator_lists_their_centre_only(client, people, make_course, issued):
    course, lessons = make_course(lessons=1, title="Atelier de Léa")
    elsewhere = people["learner_b"]
    elsewhere.centre = people["other_centre"]
    elsewhere.save()
    finish(elsewhere, lessons)
    other = services.certificate_issue(user=elsewhere, course=course)
    client.force_login(people["facilitator"])
    html = client.get("/animation/attestations/").content.decode()
    assert issued.code in html and other.code not in html
    client.force_login(people["other_facilitator"])
    html = client.get("/animation/attestations/").content.decode()
    assert other.code in html and issued.code not in html
    client.force_login(people["admin"])
    html = client.get("/animation/attestations/").content.decode()
    assert other.code in html and issued.code in html


def test_list_permissions(client, people, issued):
    response = client.get("/animation/attestations/")
    assert response.status_code == 302 and "/connexion/" in response["Location"]
    client.force_login(people["learner_a"])
    assert client.get("/animation/attestations/").status_code == 403
    assert (
        client.post(f"/animation/attestations/{issued.pk}/retirer/", {"reason": "x"}).status_code
        == 403
    )


def test_facilitator_revokes_with_a_reason(client, people, issued):
    url = f"/animation/attestations/{issued.pk}/retirer/"
    client.force_login(people["other_facilitator"])
    assert client.post(url, {"reason": "Erreur"}).status_code == 404
    client.force_login(people["facilitator"])
    assert client.get(url).status_code == 405
    response = client.post(url, {"reason": "   "}, follow=True)
    assert "Indiquez pourquoi" in response.content.decode()
    issued.refresh_from_db()
    assert not issued.is_revoked
    response = client.post(url, {"reason": "Attestation en double"}, follow=True)
    assert "est retirée" in response.content.decode()
    issued.refresh_from_db()
    assert issued.revoked_reason == "Attestation en double"
    assert issued.revoked_by == people["facilitator"]
    response = client.post(url, {"reason": "encore"}, follow=True)
    assert "déjà retirée" in response.content.decode()
    assert (
        client.post("/animation/attestations/999999/retirer/", {"reason": "x"}).status_code == 404
    )


def test_list_queries_do_not_grow(client, people, make_course):
    client.force_login(people["facilitator"])
    learner = people["learner_a"]

    def count():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/animation/attestations/").status_code == 200
        return len(captured)

    course, lessons = make_course(lessons=1)
    finish(learner, lessons)
    services.certificate_issue(user=learner, course=course)
    client.get("/animation/attestations/")
    few = count()
    for _ in range(4):
        course, lessons = make_course(lessons=1)
        finish(learner, lessons)
        services.certificate_issue(user=learner, course=course)
    assert count() == few


# Mon parcours


def test_my_path_queries_are_the_same_with_or_without_certificates(client, people, make_course):
    learner = people["learner_a"]
    courses = [make_course(lessons=2) for _ in range(3)]
    for _, lessons in courses:
        finish(learner, lessons)
    client.force_login(learner)

    def count():
        client.get("/mon-parcours/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/mon-parcours/").status_code == 200
        return len(captured)

    without = count()
    for course, _ in courses:
        services.certificate_issue(user=learner, course=course)
    html = client.get("/mon-parcours/").content.decode()
    assert html.count("Télécharger mon attestation (PDF)") == 3
    assert count() == without


def test_facilitator_view_of_a_learner_shows_no_certificate_button(client, people, issued):
    client.force_login(people["facilitator"])
    html = client.get(f"/animation/apprenants/{people['learner_a'].pk}/").content.decode()
    assert "Atelier terminé" in html
    assert "Obtenir mon attestation" not in html and "Télécharger mon attestation" not in html


def test_list_pages_by_fifty(client, people, make_course):
    learner = people["learner_a"]
    for _ in range(51):
        course, lessons = make_course(lessons=1)
        finish(learner, lessons)
        services.certificate_issue(user=learner, course=course)
    client.force_login(people["facilitator"])
    html = client.get("/animation/attestations/").content.decode()
    assert html.count('class="certificate-table__code"') == 50
    assert "Page 1 sur 2" in html and "wagtail-userbar" not in html
    html = client.get("/animation/attestations/", {"page": "2"}).content.decode()
    assert html.count('class="certificate-table__code"') == 1
    assert client.get("/animation/attestations/", {"page": "abc"}).status_code == 200
