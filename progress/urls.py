from django.urls import path

from . import views

app_name = "progress"

urlpatterns = [
    path("mon-parcours/", views.my_path, name="my_path"),
    path("progression/lecon/<int:page_id>/terminee/", views.lesson_done, name="lesson_done"),
    path(
        "progression/lecon/<int:page_id>/position/", views.lesson_position, name="lesson_position"
    ),
]
