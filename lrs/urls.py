from django.urls import path

from . import views

app_name = "lrs"

urlpatterns = [
    path("activite/<slug:kind>/<int:pk>/", views.activity, name="activity"),
]
