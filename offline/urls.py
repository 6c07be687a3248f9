from django.urls import path

from . import views

app_name = "offline"

urlpatterns = [
    # At the site's root: a worker only controls the addresses under its own.
    path("sw.js", views.service_worker, name="worker"),
    path("hors-ligne/", views.fallback, name="fallback"),
]
