"""Taggit through-models: one for courses, one for lessons, sharing the same tags."""

from django.db import models
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase


class CourseTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class LessonTag(TaggedItemBase):
    content_object = ParentalKey(
        "courses.LessonPage", on_delete=models.CASCADE, related_name="tagged_items"
    )
