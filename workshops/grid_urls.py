"""The facilitators' progress grid, per course, per session and per learner, with CSV exports."""

from django.urls import path

from . import grid_views

urlpatterns = [
    path("animation/suivi/", grid_views.grid_index, name="grid_index"),
    path("animation/suivi/parcours/<int:course_id>/", grid_views.course_grid, name="course_grid"),
    path(
        "animation/suivi/parcours/<int:course_id>/export.csv",
        grid_views.course_grid_csv,
        name="course_grid_csv",
    ),
    path("animation/seances/<int:pk>/suivi/", grid_views.session_grid, name="session_grid"),
    path(
        "animation/seances/<int:pk>/suivi/export.csv",
        grid_views.session_grid_csv,
        name="session_grid_csv",
    ),
    path("animation/suivi/apprenant/<int:pk>/", grid_views.learner_report, name="learner_report"),
    path(
        "animation/suivi/apprenant/<int:pk>/export.csv",
        grid_views.learner_report_csv,
        name="learner_report_csv",
    ),
]
