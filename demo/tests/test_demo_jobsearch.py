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


def test_a_counsellor_and_offers_proposed_to_both_job_seekers(db, settings):
    from django.contrib.auth import get_user_model

    from demo.offers import COUNSELLOR_USERNAME, DEV_COUNSELLOR_PASSWORD, load_offers
    from jobsearch.models import Comment, Offer, Proposal
    from jobsearch.selectors import is_counsellor

    settings.DEBUG = True
    ensure_roles()
    centre = Centre.objects.create(name="Espace Numérique — BGE Indre", slug="bge")
    load_job_seekers(centre=centre)
    assert load_offers(centre=centre) == 4
    assert load_offers(centre=centre) == 0
    adviser = get_user_model().objects.get(username=COUNSELLOR_USERNAME)
    assert is_counsellor(adviser) and adviser.check_password(DEV_COUNSELLOR_PASSWORD)
    assert Offer.objects.filter(centre=centre).count() == 4
    by_person = {
        name: sorted(
            Proposal.objects.filter(learner__first_name=name).values_list("answer", flat=True)
        )
        for name in ("Josiane", "Mehdi")
    }
    assert by_person == {"Josiane": ["", "interesse"], "Mehdi": ["", "non_merci"]}
    assert sum(not offer.is_open() for offer in Offer.objects.all()) == 1
    assert Comment.objects.filter(from_service=True, author=adviser).count() == 1
