"""Wagtail admin addresses that the centre rule (accounts.admin_scope) takes over: the site
history report and the bulk actions. The project's URLs put these before Wagtail's admin, at the
same addresses, so that Wagtail's names and links still lead here."""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from .admin_scope import CentreSiteHistoryView, bulk_action

urlpatterns = [
    path("reports/site-history/", require_admin_access(CentreSiteHistoryView.as_view())),
    path(
        "reports/site-history/results/",
        require_admin_access(CentreSiteHistoryView.as_view(results_only=True)),
    ),
    path(
        "bulk/<str:app_label>/<str:model_name>/<str:action>/",
        require_admin_access(bulk_action),
    ),
]
