from django.urls import path

from . import grid_urls, live_urls, views

app_name = "workshops"

urlpatterns = [
    path("animation/ateliers/", views.timetable, name="timetable"),
    path("animation/ateliers/ajouter/", views.workshop_add, name="workshop_add"),
    path("animation/ateliers/<int:pk>/modifier/", views.workshop_edit, name="workshop_edit"),
    path("animation/ateliers/<int:pk>/seances/", views.workshop_generate, name="workshop_generate"),
    path("animation/seances/ajouter/", views.session_add, name="session_add"),
    path("animation/seances/<int:pk>/", views.session_detail, name="session"),
    path("animation/seances/<int:pk>/inscrire/", views.session_enrol, name="session_enrol"),
    path("animation/seances/<int:pk>/places/", views.session_places, name="session_places"),
    path("animation/seances/<int:pk>/annuler/", views.session_cancel, name="session_cancel"),
    path("animation/seances/<int:pk>/feuille/", views.attendance_sheet, name="attendance_sheet"),
    path(
        "animation/seances/<int:pk>/inscriptions/<int:enrolment_pk>/annuler/",
        views.enrolment_cancel,
        name="enrolment_cancel",
    ),
    path(
        "animation/seances/<int:pk>/inscriptions/<int:enrolment_pk>/presence/",
        views.attendance,
        name="attendance",
    ),
    path("mes-ateliers/", views.my_sessions, name="my_sessions"),
    path("mes-ateliers/rejoindre/<int:pk>/", views.session_join, name="session_join"),
    path(
        "mes-ateliers/<int:enrolment_pk>/annuler/",
        views.my_enrolment_cancel,
        name="my_enrolment_cancel",
    ),
]
urlpatterns += live_urls.urlpatterns + grid_urls.urlpatterns
