from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Ateliers et leçons")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import post_page_move

        from .page_stamp import renew

        # Publishing saves the page; drafts too (a few renewals more, never a stale pager).
        post_save.connect(renew, dispatch_uid="courses-pages-stamp-save")
        post_delete.connect(renew, dispatch_uid="courses-pages-stamp-delete")
        post_page_move.connect(renew, dispatch_uid="courses-pages-stamp-move")

        from wagtail.signals import page_published, page_unpublished

        from .models import LessonPage
        from .receivers import lesson_changed, lesson_moved

        page_published.connect(lesson_changed, sender=LessonPage, dispatch_uid="course-minutes-pub")
        page_unpublished.connect(
            lesson_changed, sender=LessonPage, dispatch_uid="course-minutes-unpub"
        )
        post_delete.connect(lesson_changed, sender=LessonPage, dispatch_uid="course-minutes-del")
        post_page_move.connect(lesson_moved, dispatch_uid="course-minutes-move")

        from django.db.models.signals import m2m_changed
        from wagtail.models import PageViewRestriction

        # A group given or taken from a restriction.
        m2m_changed.connect(
            renew, sender=PageViewRestriction.groups.through, dispatch_uid="courses-pages-stamp-m2m"
        )
