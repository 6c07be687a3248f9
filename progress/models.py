"""Learner data, apart from the content: plain Django models that point at pages by id, so
progress survives a lesson being renamed, moved or reordered.

Deleting content never deletes what a person did: the links to lessons, exercises and H5P
activities are set to NULL, and the titles (and the lesson's course) are stored on the row just
before (progress.services.records_keep_*), so that history pages and the figures read the same
after the deletion as before it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        # Erasure keeps anonymous aggregates: the row stays, without anyone behind it.
        null=True,
        on_delete=models.SET_NULL,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Filled when the lesson (or its course) is deleted: the history still names them and the
    # figures still count the row in its course.
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    course_page_id = models.PositiveIntegerField(_("parcours (identifiant)"), null=True, blank=True)
    course_title = models.CharField(_("titre du parcours"), max_length=255, blank=True)
    # This completion finished the course (all its live lessons done then): a fact kept as it
    # happened, so that the figures of a past month never change after the fact.
    finishes_course = models.BooleanField(_("termine le parcours"), default=False)
    started_at = models.DateTimeField(_("commencée le"), auto_now_add=True)
    last_visited_at = models.DateTimeField(_("dernière visite"), auto_now_add=True, db_index=True)
    completed_at = models.DateTimeField(_("terminée le"), null=True, blank=True)
    position = models.CharField(
        _("position dans la leçon"),
        max_length=64,
        blank=True,
        help_text=_("L'identifiant du dernier passage lu, pour reprendre au bon endroit."),
    )

    class Meta:
        verbose_name = _("progression dans une leçon")
        verbose_name_plural = _("progressions dans les leçons")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_per_lesson")
        ]
        indexes = [models.Index(fields=["user", "-last_visited_at"])]

    def __str__(self):
        return f"{self.user_id} · {self.lesson_id}"

    @property
    def is_completed(self):
        return self.completed_at is not None

    @property
    def lesson_name(self):
        return self.lesson.title if self.lesson_id else self.lesson_title


class ExerciseResult(models.Model):
    """One learner's result on one activity in one lesson: native exercises and H5P alike."""

    class Source(models.TextChoices):
        NATIVE = "native", _("exercice du site")
        H5P = "h5p", _("activité H5P")
        SCORM = "scorm", _("module SCORM")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        null=True,  # erasure keeps the anonymous figures
        on_delete=models.SET_NULL,
        related_name="exercise_results",
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("leçon"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    course_page_id = models.PositiveIntegerField(_("parcours (identifiant)"), null=True, blank=True)
    course_title = models.CharField(_("titre du parcours"), max_length=255, blank=True)
    source = models.CharField(_("origine"), max_length=10, choices=Source.choices)
    exercise = models.ForeignKey(
        "exercises.Exercise",
        verbose_name=_("exercice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="results",
    )
    activity = models.ForeignKey(
        "h5p.H5PActivity",
        verbose_name=_("activité H5P"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="results",
    )
    scorm = models.ForeignKey(
        "scorm.ScormPackage",
        verbose_name=_("module SCORM"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="results",
    )
    # The exercise's or activity's title, stored when it is deleted.
    item_title = models.CharField(_("titre de l'exercice"), max_length=255, blank=True)
    attempts = models.PositiveIntegerField(_("essais"), default=0)
    best_score = models.FloatField(_("meilleur score"), default=0)
    last_score = models.FloatField(_("dernier score"), default=0)
    passed_at = models.DateTimeField(_("réussi le"), null=True, blank=True)
    last_answer = models.JSONField(_("dernière réponse"), default=dict, blank=True)
    first_at = models.DateTimeField(_("premier essai"), auto_now_add=True)
    last_at = models.DateTimeField(_("dernier essai"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("résultat d'exercice")
        verbose_name_plural = _("résultats d'exercices")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson", "exercise"], name="one_result_per_exercise_in_lesson"
            ),
            models.UniqueConstraint(
                fields=["user", "lesson", "activity"], name="one_result_per_h5p_in_lesson"
            ),
            models.UniqueConstraint(
                fields=["user", "lesson", "scorm"], name="one_result_per_scorm_in_lesson"
            ),
            # A result is about one native exercise, H5P activity or SCORM package, never two
            # (it may have been deleted since: the link is then empty and the title kept).
            models.CheckConstraint(
                condition=(
                    models.Q(source="native", activity__isnull=True, scorm__isnull=True)
                    | models.Q(source="h5p", exercise__isnull=True, scorm__isnull=True)
                    | models.Q(source="scorm", exercise__isnull=True, activity__isnull=True)
                ),
                name="result_source_matches_its_activity",
            ),
        ]
        indexes = [models.Index(fields=["user", "-last_at"])]

    def __str__(self):
        item = self.exercise_id or self.activity_id or self.scorm_id
        return f"{self.user_id} · {item} · {self.best_score:.2f}"

    @property
    def item(self):
        """The exercise, H5P activity or SCORM package, or None once deleted."""
        if self.exercise_id:
            return self.exercise
        if self.activity_id:
            return self.activity
        return self.scorm if self.scorm_id else None

    @property
    def title(self):
        item = self.item
        return item.title if item is not None else self.item_title

    @property
    def anchor(self):
        """The block's id on the lesson page."""
        if self.exercise_id:
            return f"exercice-{self.exercise_id}"
        if self.activity_id:
            return f"activite-h5p-{self.activity_id}"
        return f"scorm-{self.scorm_id}"

    @property
    def lesson_name(self):
        """The lesson's title, live or as kept when it was deleted."""
        return self.lesson.title if self.lesson_id else self.lesson_title

    @property
    def content_deleted(self):
        return self.lesson_id is None or (
            self.exercise_id is None and self.activity_id is None and self.scorm_id is None
        )

    @property
    def passed(self):
        return self.passed_at is not None

    @property
    def best_percent(self):
        return round(100 * self.best_score)


class ExerciseAttempt(models.Model):
    """Every answer sent, as it was scored: the history behind a result."""

    result = models.ForeignKey(
        ExerciseResult, on_delete=models.CASCADE, related_name="attempt_rows"
    )
    score = models.FloatField(_("score"))
    passed = models.BooleanField(_("réussi"), default=False)
    answer = models.JSONField(_("réponse"), default=dict)
    created_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("essai")
        verbose_name_plural = _("essais")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.result_id} · {self.score:.2f}"


class H5PState(models.Model):
    """Where a learner left an activity (H5P's own « current state »), to resume it.

    Not history: a place to resume content that no longer exists means nothing, so it goes
    with the activity or the lesson (results and statements stay)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_states"
    )
    activity = models.ForeignKey("h5p.H5PActivity", on_delete=models.CASCADE, related_name="states")
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    state = models.TextField(_("état"))
    updated_at = models.DateTimeField(_("enregistré le"), auto_now=True)

    class Meta:
        # Moved from the H5P app (issue 26) with its rows: the table keeps its name.
        db_table = "h5p_h5pstate"
        verbose_name = _("état d'une activité H5P")
        verbose_name_plural = _("états des activités H5P")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "activity", "lesson"], name="one_h5p_state_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.activity_id}"


class XAPIStatement(models.Model):
    """An xAPI statement an activity reported, as accepted: the actor is the signed-in
    learner, set by the site, whatever the player claimed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,  # erasure keeps the anonymous figures
        on_delete=models.SET_NULL,
        related_name="xapi_statements",
    )
    # Deleting the activity or the lesson keeps the statement, with their titles (stored just
    # before, see receivers.py).
    activity = models.ForeignKey(
        "h5p.H5PActivity", null=True, on_delete=models.SET_NULL, related_name="statements"
    )
    lesson = models.ForeignKey(
        "wagtailcore.Page", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    activity_title = models.CharField(_("titre de l'activité"), max_length=255, blank=True)
    lesson_title = models.CharField(_("titre de la leçon"), max_length=255, blank=True)
    verb = models.CharField(_("verbe"), max_length=32)
    top_level = models.BooleanField(_("activité entière"), default=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    success = models.BooleanField(_("réussi"), null=True, blank=True)
    statement = models.JSONField(_("déclaration"), default=dict)
    created_at = models.DateTimeField(_("reçue le"), auto_now_add=True)

    class Meta:
        db_table = "h5p_xapistatement"  # moved from the H5P app with its rows, as H5PState
        verbose_name = _("déclaration xAPI")
        verbose_name_plural = _("déclarations xAPI")
        indexes = [models.Index(fields=["activity", "user"])]

    def __str__(self):
        return f"{self.user_id} · {self.activity_id} · {self.verb}"


class ScormAttempt(models.Model):
    """One learner's attempt at one SCO of a SCORM package in one lesson: its CMI data as the
    package last committed it (status, score, location, suspend data, times, interactions),
    to resume it and to keep what was answered. The result (best score, done) is the
    package's ExerciseResult, like any activity's.

    Like H5P's saved places, it goes with the package or the lesson (the result stays)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="scorm_attempts"
    )
    package = models.ForeignKey(
        "scorm.ScormPackage", on_delete=models.CASCADE, related_name="attempts"
    )
    lesson = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    sco = models.CharField(_("élément du sommaire"), max_length=255)
    number = models.PositiveIntegerField(_("tentative n°"), default=1)
    completion_status = models.CharField(_("achèvement"), max_length=16, blank=True)
    success_status = models.CharField(_("réussite"), max_length=16, blank=True)
    score = models.FloatField(_("score"), null=True, blank=True)
    location = models.CharField(_("position"), max_length=1000, blank=True)
    suspend_data = models.TextField(_("données de reprise"), blank=True)
    session_time = models.CharField(_("durée de la séance"), max_length=32, blank=True)
    total_time = models.CharField(_("durée totale"), max_length=32, blank=True)
    exit = models.CharField(_("sortie"), max_length=16, blank=True)
    cmi = models.JSONField(_("données CMI"), default=dict)
    started_at = models.DateTimeField(_("commencée le"), auto_now_add=True)
    updated_at = models.DateTimeField(_("enregistrée le"), auto_now=True)
    finished_at = models.DateTimeField(_("terminée le"), null=True, blank=True)

    class Meta:
        verbose_name = _("tentative SCORM")
        verbose_name_plural = _("tentatives SCORM")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "package", "lesson", "sco", "number"],
                name="one_scorm_attempt_per_number",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.package_id} · {self.sco} · {self.number}"

    @property
    def passed(self):
        return self.success_status == "passed" or (
            self.success_status in {"", "unknown"} and self.completion_status == "completed"
        )
