from .models import LessonProgress


def export_progress(user):
    return [
        {
            "lesson_id": row.lesson_id,
            "lesson": row.lesson.title,
            "started_at": row.started_at.isoformat(),
            "last_visited_at": row.last_visited_at.isoformat(),
            "completed_at": row.completed_at.isoformat() if row.completed_at else None,
            "position": row.position,
        }
        for row in LessonProgress.objects.filter(user=user).select_related("lesson")
    ]


def erase_progress(user):
    """Keep the anonymous figures (how many finished a lesson), drop the link to the person."""
    LessonProgress.objects.filter(user=user).update(user=None, position="")
