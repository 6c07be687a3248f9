"""The live room: the facilitator's screen and the learner's « J'ai besoin d'aide »."""

from django.urls import path

from . import live_views

urlpatterns = [
    path("animation/seances/<int:pk>/salle/", live_views.room, name="room"),
    path("animation/seances/<int:pk>/salle/etat/", live_views.room_state, name="room_state"),
    path(
        "animation/seances/<int:pk>/salle/main/<int:enrolment_pk>/baisser/",
        live_views.room_hand_lower,
        name="room_hand_lower",
    ),
    path("animation/seances/<int:pk>/salle/aller/", live_views.room_goto, name="room_goto"),
    path("atelier/<int:pk>/bloque/", live_views.hand_raise, name="hand_raise"),
    path("atelier/<int:pk>/debloque/", live_views.hand_lower, name="hand_lower"),
    path("atelier/<int:pk>/etat/", live_views.learner_state, name="learner_state"),
]
