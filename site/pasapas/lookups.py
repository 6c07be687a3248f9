"""Lookups that cannot match anything answer « nothing », as Django does for a plain integer
field given a number it cannot hold, instead of a database error (a server error from any URL
or form that carries such a value; found by tests/test_url_walk.py):

- a number out of range through a relation: `CoursePage.objects.filter(pk=10**20)` (a page's
  pk is its link to Page) or `Enrolment.objects.filter(session_id=10**20)` raised OverflowError
  on SQLite;
- a text with a null byte: PostgreSQL refuses it in a query (DataError), and no text stored
  here holds one (Django's forms refuse them)."""

from django.core.exceptions import EmptyResultSet
from django.db.models import CharField, ForeignObject, IntegerField, TextField
from django.db.models.fields.related_lookups import RelatedExact
from django.db.models.lookups import Exact, IExact


class RelatedExactInRange(RelatedExact):
    def process_rhs(self, compiler, connection):
        target = getattr(self.lhs.output_field, "target_field", None)
        if isinstance(target, IntegerField) and type(self.rhs) is int:
            low, high = connection.ops.integer_field_range(target.get_internal_type())
            if (low is not None and self.rhs < low) or (high is not None and self.rhs > high):
                raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class _WithoutNul:
    def process_rhs(self, compiler, connection):
        if isinstance(self.rhs, str) and "\x00" in self.rhs:
            raise EmptyResultSet
        return super().process_rhs(compiler, connection)


class TextExact(_WithoutNul, Exact):
    pass


class TextIExact(_WithoutNul, IExact):
    pass


def register():
    ForeignObject.register_lookup(RelatedExactInRange, lookup_name="exact")
    for field in (CharField, TextField):
        field.register_lookup(TextExact, lookup_name="exact")
        field.register_lookup(TextIExact, lookup_name="iexact")
