"""Wagtail's choosers (« choose several »: images, documents, snippets) read the ids to return
from the query string as they come: a tampered address (`?id=abc`, a null byte, a number the
database cannot hold) was a server error. Ids that cannot be a key of the model are left out,
as an id that matches nothing already is."""

from django.core.exceptions import ValidationError
from django.db import connection, models


def valid_pks(model, pks):
    """The values of `pks` that can be a primary key of `model` in this database."""
    field = model._meta.pk
    kept = []
    for raw in pks:
        try:
            value = field.to_python(raw)
        except (ValidationError, TypeError, ValueError):
            continue
        if isinstance(value, str) and "\x00" in value:
            continue
        target = getattr(field, "target_field", field)  # a page's pk is its link to Page
        if isinstance(target, models.IntegerField):
            low, high = connection.ops.integer_field_range(target.get_internal_type())
            if (low is not None and value < low) or (high is not None and value > high):
                continue
        kept.append(value)
    return kept


def guard_chosen_multiple():
    """Filters the ids of every « choose several » view (called once, when the apps are ready)."""
    from wagtail.admin.views.generic.chooser import ChosenMultipleViewMixin

    if getattr(ChosenMultipleViewMixin.get, "pasapas_guarded", False):
        return

    # Wagtail's own get(), with the ids filtered first: the image and document choosers
    # override get_objects() but not this.
    def get(self, request, *args, **kwargs):
        pks = valid_pks(self.model_class, request.GET.getlist("id"))
        return self.get_multiple_chosen_response(self.get_objects(pks))

    get.pasapas_guarded = True
    ChosenMultipleViewMixin.get = get
