"""Questions and permanences per organisation and month in the centre's figures, with the
small-number hiding; each centre sees its own."""

import pytest

from accounts.services import learner_create
from figures.selectors import Period, centre_figures
from partners import services

from .conftest import permanence_at

pytestmark = pytest.mark.django_db


def _ask(world, organisation, n):
    for index in range(n):
        learner, _code = learner_create(centre=world["centre"], first_name=f"Léa{chr(97 + index)}")
        services.question_ask(learner=learner, organisation=world[organisation], text="Bonjour ?")


def _table(tables, slug):
    return next(table for table in tables if table.slug == slug)


def test_questions_per_organisation_and_month_hide_small_numbers(partners_world):
    _ask(partners_world, "caf", 6)
    _ask(partners_world, "cpam", 2)
    period = Period.last_twelve_months()
    table = _table(
        centre_figures(centre_id=partners_world["centre"].pk, period=period),
        "partenaires-questions",
    )
    this_month = table.rows[-2]  # the last month, before the total row
    shown = {
        column: cell.display for column, cell in zip(table.columns, this_month.cells, strict=True)
    }
    assert shown["la CPAM"] == "moins de 5"
    assert shown["la CAF"] == "masqué"  # else 8 − 6 would give the CPAM's 2 back
    assert shown["Total"] == "8"
    assert table.rows[-1].cells[-1].display == "8"
    other = _table(
        centre_figures(centre_id=partners_world["other_centre"].pk, period=period),
        "partenaires-questions",
    )
    assert other.is_empty


def test_permanences_are_counted_and_the_dashboard_shows_them(partners_world, as_user):
    for _ in range(5):
        permanence_at(partners_world, days=0)
    page = as_user(partners_world["facilitator"]).get("/animation/chiffres/").content.decode()
    assert "Permanences des services partenaires, par organisme et par mois" in page
    assert "Questions aux services partenaires" in page
    csv = as_user(partners_world["facilitator"]).get("/animation/chiffres/export.csv")
    body = b"".join(csv.streaming_content) if csv.streaming else csv.content
    assert "Permanences des services partenaires" in body.decode("utf-8-sig")


def test_an_erasure_changes_no_partner_figure(partners_world):
    from accounts import privacy

    _ask(partners_world, "caf", 6)
    period = Period.last_twelve_months()
    before = [
        [cell.display for row in table.rows for cell in row.cells]
        for table in centre_figures(centre_id=partners_world["centre"].pk, period=period)
        if table.slug.startswith("partenaires")
    ]
    asker = partners_world["caf"].questions.first().learner
    privacy.erase_user(asker)
    after = [
        [cell.display for row in table.rows for cell in row.cells]
        for table in centre_figures(centre_id=partners_world["centre"].pk, period=period)
        if table.slug.startswith("partenaires")
    ]
    assert after == before
