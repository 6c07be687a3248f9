"""The admin's dashboard opens on « Comment écrire une leçon »: a new facilitator finds the
centre's own guide before anything else. The guide is a lesson like any other, found by its
address (``PASAPAS_WRITING_GUIDE_SLUG``), so a centre rewrites it in the editor."""

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.permission_policies.pages import PagePermissionPolicy

DEFAULT_SLUG = "comment-ecrire-une-lecon"


class WritingGuidePanel(Component):
    name = "writing_guide"
    order = 10  # before Wagtail's own panels
    template_name = "courses/admin/writing_guide_panel.html"

    def get_context_data(self, parent_context):
        from .models import CoursePage, LessonPage

        slug = getattr(settings, "PASAPAS_WRITING_GUIDE_SLUG", DEFAULT_SLUG)
        guide = LessonPage.objects.live().filter(slug=slug).order_by("path").first()
        # « Ajouter une leçon » straight from the dashboard, for each course the person may
        # add to: two queries whatever the number of courses.
        user = parent_context["request"].user
        allowed = PagePermissionPolicy().instances_user_has_permission_for(user, "add")
        courses = list(
            CoursePage.objects.filter(pk__in=allowed.values("pk"))
            .order_by("path")
            .only("title", "path", "depth")
        )
        return {"guide": guide, "courses": courses}
