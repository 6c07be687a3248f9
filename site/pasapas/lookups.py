"""Ids out of the database's range match nothing, through a foreign key or a page too.

Django already answers « no row » for a plain integer field given a number it cannot hold, but
not for a lookup through a relation: `CoursePage.objects.filter(pk=10**20)` (a page's pk is its
link to Page) or `Enrolment.objects.filter(session_id=10**20)` raised OverflowError on SQLite
(a server error from any URL or form with a long number in it)."""

from django.core.exceptions import EmptyResultSet
from django.db.models import ForeignObject, IntegerField
from django.db.models.fields.related_lookups import RelatedExact


class RelatedExactInRange(RelatedExact):
    def process_rhs(self, compiler, connection):
        target = getattr(self.lhs.output_field, "target_field", None)
        if isinstance(target, IntegerField) and type(self.rhs) is int:
            low, high = connection.ops.integer_field_range(target.get_internal_type())
            if (low is not None and self.rhs < low) or (high is not None and self.rhs > high):
                raise EmptyResultSet  # as Django does for a plain integer field
        return super().process_rhs(compiler, connection)


def register():
    ForeignObject.register_lookup(RelatedExactInRange, lookup_name="exact")
