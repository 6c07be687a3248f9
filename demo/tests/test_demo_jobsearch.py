"""The demo's two job seekers: their CVs fit on one page, a second load adds nothing."""

from accounts.models import Centre
from accounts.roles import ensure_roles
from demo.jobsearch import load_job_seekers
from jobsearch import exports
from jobsearch.models import CV, CoverLetter


def test_two_job_seekers_with_one_page_cvs(db):
    ensure_roles()
    centre = Centre.objects.create(name="Espace Numérique — BGE Indre", slug="bge")
    assert load_job_seekers(centre=centre) == 2
    assert load_job_seekers(centre=centre) == 0
    assert CV.objects.count() == 2 and CoverLetter.objects.count() == 1
    for cv in CV.objects.all():
        _pdf, pages, _name = exports.cv_pdf(cv)
        assert pages == 1, cv.title
        assert cv.entries.exists()
    assert CV.objects.filter(shared_with=centre).count() == 1
    _pdf, pages, _name = exports.letter_pdf(CoverLetter.objects.get())
    assert pages == 1
