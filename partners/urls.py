from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    # Facilitators
    path("animation/partenaires/", views.agents, name="agents"),
    # Agents
    path("partenaires/invitation/<uidb64>/<token>/", views.invitation, name="invitation"),
    path("partenaires/", views.agent_home, name="agent_home"),
    path("partenaires/permanences/ajouter/", views.permanence_add, name="permanence_add"),
    path(
        "partenaires/permanences/<int:pk>/supprimer/",
        views.permanence_delete,
        name="permanence_delete",
    ),
    # Learners
    path("partenaires/permanences/<int:pk>/je-viendrai/", views.visit, name="visit"),
]
