"""Mark, once, the completions that finished a course, as the figures counted them until now
(all the course's live lessons completed, the course counted in the month of the last one)."""

from collections import defaultdict

from django.db import migrations

STEPLEN = 4  # wagtail's page path step


def mark(apps, schema_editor):
    LessonProgress = apps.get_model("progress", "LessonProgress")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    lesson_type = ContentType.objects.filter(app_label="courses", model="lessonpage").first()
    if lesson_type is None:
        return
    done = defaultdict(list)
    rows = LessonProgress.objects.filter(
        completed_at__isnull=False, lesson__live=True, lesson__content_type=lesson_type
    ).values_list("pk", "user_id", "lesson__path", "lesson__depth", "completed_at")
    for pk, user_id, path, depth, completed_at in rows.iterator():
        done[(user_id, path[:-STEPLEN], depth)].append((completed_at, pk))
    totals = {}
    finishing = []
    for (user_id, parent, depth), completions in done.items():
        if (parent, depth) not in totals:
            totals[(parent, depth)] = Page.objects.filter(
                path__startswith=parent, depth=depth, live=True, content_type=lesson_type
            ).count()
        if len(completions) >= totals[(parent, depth)] > 0:
            finishing.append(max(completions)[1])
    LessonProgress.objects.filter(pk__in=finishing).update(finishes_course=True)


class Migration(migrations.Migration):
    dependencies = [
        ("progress", "0004_records_outlive_content"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(mark, migrations.RunPython.noop)]
