"""Wagtail's site history report, with the centre rule (accounts.admin_scope). The project's
URLs put these before Wagtail's admin, at the same addresses, so Wagtail's names still work."""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from .admin_scope import CentreSiteHistoryView

urlpatterns = [
    path("site-history/", require_admin_access(CentreSiteHistoryView.as_view())),
    path(
        "site-history/results/",
        require_admin_access(CentreSiteHistoryView.as_view(results_only=True)),
    ),
]
