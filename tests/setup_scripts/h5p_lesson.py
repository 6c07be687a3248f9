"""A lesson of the first demo course holding H5P activities imported from `packages`
({title: path of a .h5p file}), and a learner to play them."""

import json

from accounts.models import Centre
from accounts.services import learner_create
from courses.models import CoursePage, LessonPage
from exercises.h5p.services import h5p_package_import


def main(packages, title, slug):
    course = CoursePage.objects.live().order_by("path").first()
    activities = {
        name: h5p_package_import(source=path, title=name).activity.pk
        for name, path in packages.items()
    }
    body = [{"type": "text", "value": "<p>Des activités H5P.</p>"}]
    body += [
        {"type": "h5p_activity", "value": {"activity": pk, "required": True}}
        for pk in activities.values()
    ]
    lesson = course.add_child(
        instance=LessonPage(
            title=title,
            slug=slug,
            summary="Essai H5P.",
            objectives="Jouer",
            duration_override=10,
            body=body,
        )
    )
    lesson.save_revision().publish()
    learner, code = learner_create(
        centre=Centre.objects.order_by("pk").first(), first_name="Lucienne"
    )
    print(
        json.dumps(
            {
                "lesson": LessonPage.objects.get(pk=lesson.pk).url,
                "activities": activities,
                "username": learner.username,
                "code": code,
            }
        )
    )
