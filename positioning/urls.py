from django.urls import path

from . import views

app_name = "positioning"

urlpatterns = [
    path("par-ou-commencer/", views.start, name="start"),
    path("par-ou-commencer/<int:step>/", views.step, name="step"),
    path("par-ou-commencer/resultat/", views.result, name="result"),
    path("par-ou-commencer/resultat/garder/", views.keep, name="keep"),
    path("animation/positionnement/", views.results, name="results"),
    path(
        "animation/positionnement/<int:learner_pk>/",
        views.with_learner,
        name="with_learner",
    ),
]
