"""The partners' part of the centre's figures for funders: questions to the services and
permanences, per organisation and month, with the figures' small-number hiding."""

from django.db.models import Count
from django.db.models.functions import ExtractMonth, ExtractYear
from django.utils.translation import gettext_lazy as _

from figures.selectors import month_columns
from figures.tables import matrix

from .models import Organisation, Permanence, QuestionFact


def _by_month_and_organisation(queryset, field, centre_id, centre_field, period):
    start, end = period.bounds()
    rows = queryset.filter(**{f"{field}__gte": start, f"{field}__lt": end})
    if centre_id is not None:
        rows = rows.filter(**{centre_field: centre_id})
    rows = (
        rows.annotate(y=ExtractYear(field), m=ExtractMonth(field))
        .values("y", "m", "organisation_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {((row["y"], row["m"]), row["organisation_id"]): row["n"] for row in rows}


def partner_tables(centre_id, period):
    """Two tables, months × organisations: three queries."""
    organisations = [(o.pk, o.short_name) for o in Organisation.objects.order_by("name")]
    if not organisations:
        return []
    months = month_columns(period)
    questions, _cells = matrix(
        slug="partenaires-questions",
        title=_("Questions aux services partenaires, par organisme et par mois"),
        description=_("Les questions écrites par les apprenants à la CAF, à la CPAM, aux impôts…"),
        row_header=_("Mois"),
        rows=months,
        columns=organisations,
        values=_by_month_and_organisation(
            QuestionFact.objects.all(), "asked_at", centre_id, "centre_id", period
        ),
    )
    permanences, _cells = matrix(
        slug="partenaires-permanences",
        title=_("Permanences des services partenaires, par organisme et par mois"),
        description=_("Les présences d'un agent au centre : séance d'atelier ou Espace Public."),
        row_header=_("Mois"),
        rows=months,
        columns=organisations,
        values=_by_month_and_organisation(
            Permanence.objects.all(), "starts_at", centre_id, "centre_id", period
        ),
    )
    return [questions, permanences]
