from django.urls import path

from . import staff_views, views

app_name = "appointments"

urlpatterns = [
    path("mes-rendez-vous/", views.my_appointments, name="mine"),
    path("mes-rendez-vous/creneau/<int:pk>/", views.book, name="book"),
    path("mes-rendez-vous/<int:pk>/annuler/", views.my_cancel, name="my_cancel"),
    path("mes-rendez-vous/<int:pk>/fiche/", views.slip, name="slip"),
    path("animation/rendez-vous/", staff_views.desk, name="desk"),
    path("animation/rendez-vous/publier/", staff_views.publish, name="publish"),
    path("animation/rendez-vous/<int:pk>/", staff_views.slot_detail, name="slot"),
    path("animation/rendez-vous/<int:pk>/reserver/", staff_views.slot_book, name="slot_book"),
    path("animation/rendez-vous/<int:pk>/annuler/", staff_views.slot_cancel, name="slot_cancel"),
    path(
        "animation/rendez-vous/reservations/<int:pk>/annuler/",
        staff_views.booking_cancel,
        name="booking_cancel",
    ),
    path(
        "animation/rendez-vous/reservations/<int:pk>/presence/",
        staff_views.attendance,
        name="attendance",
    ),
    path(
        "animation/rendez-vous/reservations/<int:pk>/fiche/",
        staff_views.staff_slip,
        name="staff_slip",
    ),
]
