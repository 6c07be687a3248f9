from django.utils.functional import SimpleLazyObject

from . import selectors


def mentoring_nav(request):
    """The counts beside « Mes questions », « Mes apprenants » and « Accompagnement »: one
    query, only when a page shows the menu."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"mentoring_nav": SimpleLazyObject(lambda: selectors.nav_counts(user))}
