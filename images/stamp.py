"""A stamp that changes whenever a picture's annotations change: part of the key of the cached
lesson blocks (courses' lesson_tags), so a lesson shows the new drawing on its next view rather
than the address of a rendition that was just deleted."""

from pasapas import stamps

NAME = "images-annotations"


def annotations_stamp():
    return stamps.stamp(NAME)


def renew():
    stamps.renew(NAME)
