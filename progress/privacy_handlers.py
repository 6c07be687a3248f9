from .models import (
    ExerciseAttempt,
    ExerciseResult,
    H5PState,
    LessonProgress,
    ScormAttempt,
    XAPIStatement,
)


def export_progress(user):
    return [
        {
            "lesson_id": row.lesson_id,
            "lesson": row.lesson_name,
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


def export_exercise_results(user):
    return [
        {
            "exercise_id": result.exercise_id,
            "exercise": result.title if result.source == "native" else None,
            "h5p_activity_id": result.activity_id,
            "h5p_activity": result.title if result.source == "h5p" else None,
            "scorm_package_id": result.scorm_id,
            "scorm_package": result.title if result.source == "scorm" else None,
            "lesson_id": result.lesson_id,
            "lesson": result.lesson_name,
            "source": result.source,
            "attempts": result.attempts,
            "best_score": result.best_score,
            "last_score": result.last_score,
            "passed_at": result.passed_at.isoformat() if result.passed_at else None,
            "first_at": result.first_at.isoformat(),
            "last_at": result.last_at.isoformat(),
            "last_answer": result.last_answer,
            "answers": [
                {"at": a.created_at.isoformat(), "score": a.score, "answer": a.answer}
                for a in result.attempt_rows.all()
            ],
        }
        for result in ExerciseResult.objects.filter(user=user)
        .select_related("exercise", "activity", "scorm", "lesson")
        .prefetch_related("attempt_rows")
    ]


def erase_exercise_results(user):
    """Scores stay as anonymous figures; what the person typed goes."""
    results = ExerciseResult.objects.filter(user=user)
    ExerciseAttempt.objects.filter(result__in=results).update(answer={})
    results.update(user=None, last_answer={})


# H5P: the saved places go with the person; the statements stay as anonymous figures.


def export_states(user):
    return [
        {
            "activity_id": row.activity_id,
            "lesson_id": row.lesson_id,
            "state": row.state,
            "updated_at": row.updated_at.isoformat(),
        }
        for row in H5PState.objects.filter(user=user)
    ]


def erase_states(user):
    H5PState.objects.filter(user=user).delete()


def export_statements(user):
    return [
        {
            "activity_id": row.activity_id,
            "activity": row.activity.title if row.activity_id else row.activity_title,
            "lesson_id": row.lesson_id,
            "lesson": row.lesson.title if row.lesson_id else row.lesson_title,
            "verb": row.verb,
            "score": row.score,
            "success": row.success,
            "statement": row.statement,
            "at": row.created_at.isoformat(),
        }
        for row in XAPIStatement.objects.filter(user=user)
        .select_related("activity", "lesson")
        .order_by("created_at")
    ]


def erase_statements(user):
    """Scores stay; what the person answered (in the result and context) goes."""
    for row in XAPIStatement.objects.filter(user=user).only("statement"):
        kept = {key: row.statement[key] for key in ("verb", "object") if key in row.statement}
        XAPIStatement.objects.filter(pk=row.pk).update(statement=kept, user=None)


# SCORM: the CMI data of each attempt (what the person answered, where they stopped) goes with
# the person; the package's result stays as anonymous figures (above).


def export_scorm_attempts(user):
    return [
        {
            "package_id": row.package_id,
            "package": row.package.title,
            "lesson_id": row.lesson_id,
            "item": row.sco,
            "attempt": row.number,
            "completion_status": row.completion_status,
            "success_status": row.success_status,
            "score": row.score,
            "location": row.location,
            "suspend_data": row.suspend_data,
            "session_time": row.session_time,
            "total_time": row.total_time,
            "cmi": row.cmi,
            "started_at": row.started_at.isoformat(),
            "updated_at": row.updated_at.isoformat(),
            "finished_at": row.finished_at.isoformat() if row.finished_at else None,
        }
        for row in ScormAttempt.objects.filter(user=user)
        .select_related("package")
        .order_by("started_at", "pk")
    ]


def erase_scorm_attempts(user):
    ScormAttempt.objects.filter(user=user).delete()
