from django.urls import path

from . import views

app_name = "exercises"

urlpatterns = [
    path("exercices/<int:exercise_id>/reponse/", views.answer, name="answer"),
]
