from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("recherche/", views.search, name="search"),
    path("themes/", views.tag_index, name="tag_index"),
    path("themes/<str:slug>/", views.tag_detail, name="tag_detail"),
    path("glossaire/", views.glossary, name="glossary"),
]
