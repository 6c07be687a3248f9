from django.urls import path

from . import views

app_name = "reading"

urlpatterns = [path("affichage/", views.choose, name="choose")]
