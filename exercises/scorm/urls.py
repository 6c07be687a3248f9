from django.urls import path

from . import views

app_name = "scorm"

urlpatterns = [
    # The player's origin (exercises.h5p.middleware keeps them there).
    path("scorm/jouer/<int:package_id>/", views.player, name="player"),
    path("scorm/contenu/<str:key>/<path:path>", views.content_file, name="content_file"),
    # The site's origin.
    path("scorm/module/<int:package_id>/cmi/", views.commit, name="commit"),
]
