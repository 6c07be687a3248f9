"""Build: learner + admin, a course page with N H5P lesson pages, each with its own activity."""

import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Page
from wagtail_lms.models import CourseEnrollment, CoursePage, H5PActivity, H5PLessonPage

N = int(sys.argv[1]) if len(sys.argv) > 1 else 30
FIX = __import__("os").environ["FIXTURE"]
U = get_user_model()
if not U.objects.filter(username="admin").exists():
    U.objects.create_superuser("admin", "a@example.com", "adminpass")
learner, _ = U.objects.get_or_create(username="learner", defaults={"email": "l@example.com"})
learner.set_password("learnerpass")
learner.save()

home = Page.objects.get(depth=2)
course = CoursePage(
    title="Perf Course", slug="perf-course", description="<p>Course with lessons</p>"
)
home.add_child(instance=course)
course.save_revision().publish()
data = Path(FIX).read_bytes()
for i in range(1, N + 1):
    act = H5PActivity(
        title=f"True/False {i}",
        package_file=SimpleUploadedFile(f"true-false-{i}.h5p", data, "application/zip"),
    )
    act.full_clean()  # same validation as the admin form (ZIP CRC check)
    act.save()  # extraction happens in save()
    lesson = H5PLessonPage(
        title=f"Lesson {i}",
        slug=f"lesson-{i}",
        intro=f"<p>Intro {i}</p>",
        body=[("paragraph", f"<p>Text for lesson {i}</p>"), ("h5p_activity", {"activity": act})],
    )
    course.add_child(instance=lesson)
    lesson.save_revision().publish()
CourseEnrollment.objects.get_or_create(user=learner, course=course)
print(
    "course",
    course.url,
    "lessons",
    course.get_children().count(),
    "activities",
    H5PActivity.objects.count(),
    "main_library",
    H5PActivity.objects.first().main_library,
)
