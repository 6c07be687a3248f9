from django.urls import path, re_path

from . import views

app_name = "h5p"

urlpatterns = [
    # The player's origin.
    path("h5p/jouer/<int:activity_id>/", views.player, name="player"),
    path("h5p/contenu/<str:key>/<path:path>", views.content_file, name="content_file"),
    path("h5p/bibliotheques/<str:folder>/<path:path>", views.library_file, name="library_file"),
    re_path(
        r"^h5p/ensembles/(?P<name>[0-9a-f]{40})\.(?P<extension>js|css)$",
        views.bundle_file,
        name="bundle",
    ),
    # The site's origin.
    path("h5p/activite/<int:activity_id>/", views.activity, name="activity"),
    path("h5p/activite/<int:activity_id>/xapi/", views.statement, name="statement"),
    path("h5p/activite/<int:activity_id>/etat/", views.state, name="state"),
    path("h5p/activite/<int:activity_id>/vue/", views.viewed, name="viewed"),
]
