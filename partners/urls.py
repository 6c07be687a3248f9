from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    # Facilitators
    path("animation/partenaires/", views.agents, name="agents"),
    # Agents
    path(
        "partenaires/invitation/<uidb64>/<token>/",
        views.invitation,
        name="invitation",
    ),
]
