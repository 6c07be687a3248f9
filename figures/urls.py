from django.urls import path

from . import views

app_name = "figures"

urlpatterns = [
    path("animation/accueil/", views.visits, name="visits"),
    path("animation/accueil/annuler/", views.visit_undo, name="visit_undo"),
    path("animation/chiffres/", views.dashboard, name="dashboard"),
    path("animation/chiffres/export.csv", views.export_csv, name="export_csv"),
    path("animation/apprenants/<int:pk>/public/", views.learner_public, name="learner_public"),
]
