"""A lesson of the first demo course holding SCORM packages imported from `packages`
({title: path of a .zip}), and a learner to play them."""

import json

from accounts.models import Centre
from accounts.services import learner_create
from courses.models import CoursePage, LessonPage
from exercises.scorm.services import scorm_package_import


def main(packages, title, slug):
    course = CoursePage.objects.live().order_by("path").first()
    found = {
        name: scorm_package_import(source=path, title=name).scorm.pk
        for name, path in packages.items()
    }
    body = [{"type": "text", "value": "<p>Un module SCORM.</p>"}]
    body += [
        {"type": "scorm_package", "value": {"package": pk, "required": True}}
        for pk in found.values()
    ]
    lesson = course.add_child(
        instance=LessonPage(
            title=title,
            slug=slug,
            summary="Essai SCORM.",
            objectives="Jouer",
            duration_minutes=10,
            body=body,
        )
    )
    lesson.save_revision().publish()
    learner, code = learner_create(
        centre=Centre.objects.order_by("pk").first(), first_name="Germaine"
    )
    print(
        json.dumps(
            {
                "lesson": LessonPage.objects.get(pk=lesson.pk).url,
                "packages": found,
                "username": learner.username,
                "code": code,
            }
        )
    )
