from django.urls import path
from wagtail import hooks

from images import views


@hooks.register("register_admin_urls")
def annotation_urls():
    return [
        path("images/<int:image_id>/annotations/", views.annotate, name="images_annotate"),
        path(
            "images/<int:image_id>/annotations/original/",
            views.original,
            name="images_annotate_original",
        ),
        path(
            "images/<int:image_id>/annotations/apercu/",
            views.preview,
            name="images_annotate_preview",
        ),
    ]
