"""The lesson page's mentoring part, prepared before the page is served; and the moderation
queue of mentors' tips in the Wagtail admin (facilitators: their centre's tips only)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from accounts.admin_scope import CentrePermissionPolicy, CentreScopedViewSetMixin
from accounts.roles import is_facilitator

from . import permissions, selectors, services
from .models import Tip
from .text import clean_text


@hooks.register("before_serve_page")
def prepare_lesson_mentoring(page, request, serve_args, serve_kwargs):
    """Reads the lesson's tips and the learner's questions once, and marks the answers shown
    here as read (the menu's count, rendered after, already knows)."""
    from courses.models import LessonPage

    if not isinstance(page, LessonPage) or not request.user.is_authenticated:
        return
    panel = selectors.lesson_panel(request.user, page, request.GET.get("etape", ""))
    request.mentoring_panel, request.mentoring_lesson_id = panel, page.pk
    unread = [thread for thread in panel.threads if thread.unread or thread.last_read_at is None]
    if unread:
        services.threads_mark_read(user=request.user, threads=unread)


# --- the moderation queue --------------------------------------------------------------------


class TipReviewForm(WagtailAdminModelForm):
    def clean_text(self):
        return clean_text(self.cleaned_data["text"])

    def clean_review_note(self):
        from .limits import REASON_MAX_LENGTH

        return clean_text(
            self.cleaned_data["review_note"], max_length=REASON_MAX_LENGTH, required=False
        )


class TipPermissionPolicy(CentrePermissionPolicy):
    """Tips are written by mentors on the site, never created in the admin; a facilitator
    reviews the tips of their own centre's mentors."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [a for a in actions if a != "add"])


register_permission_policy(Tip, TipPermissionPolicy(Tip), exact_class=True)


class TipIndexView(generic.IndexView):
    def get_base_queryset(self):
        return permissions.tips_reviewable_by(self.request.user).select_related("lesson", "mentor")

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        pending_first = Case(
            When(status=Tip.Status.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return queryset.order_by(pending_first, "-created_at", "-pk")


class TipEditView(generic.EditView):
    """Review one tip: approve (optionally corrected), refuse, or just correct."""

    actions = ["edit", "approve", "reject"]
    template_name = "mentoring/admin/tip_edit.html"

    def get_queryset(self):
        return permissions.tips_reviewable_by(self.request.user).select_related(
            "lesson", "mentor", "reviewed_by"
        )

    def save_instance(self):
        tip = self.get_queryset().get(pk=self.object.pk)  # as stored, before the form's changes
        data = {
            "reviewer": self.request.user,
            "tip": tip,
            "text": self.form.cleaned_data["text"],
            "note": self.form.cleaned_data.get("review_note", ""),
        }
        try:
            if self.action == "approve":
                return services.tip_approve(**data)
            if self.action == "reject":
                return services.tip_reject(**data)
            return services.tip_correct(**data)
        except ValidationError as error:  # pragma: no cover (the form cleaned the same way)
            messages.error(self.request, " ".join(error.messages))
            return tip

    def get_success_message(self):
        if self.action == "approve":
            return _("Conseil approuvé : il s'affiche sur la leçon.")
        if self.action == "reject":
            return _("Conseil refusé : il ne s'affichera pas.")
        return _("Conseil corrigé.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["tip"] = self.object
        context["open_reports"] = self.object.reports.filter(handled_at__isnull=True).count()
        return context


class TipViewSet(CentreScopedViewSetMixin, ModelViewSet):
    model = Tip
    icon = "comment"
    menu_label = _("Conseils à relire")
    menu_order = 260
    add_to_admin_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    index_view_class = TipIndexView
    edit_view_class = TipEditView
    url_prefix = "mentoring/conseils"
    list_filter = ["status"]
    list_per_page = 30
    list_display = [
        TitleColumn("excerpt", label=_("Conseil"), url_name="mentoring_tip:edit"),
        Column("lesson", label=_("Leçon")),
        Column("signature", label=_("Ange gardien")),
        Column("get_status_display", label=_("État"), sort_key="status"),
        DateColumn("created_at", label=_("Écrit le"), sort_key="created_at"),
    ]
    edit_handler = ObjectList(
        [FieldPanel("text"), FieldPanel("review_note")], base_form_class=TipReviewForm
    )


tip_viewset = TipViewSet("mentoring_tip")


@hooks.register("register_admin_viewset")
def register_tip_viewset():
    return tip_viewset


class MentoringMenuItem(MenuItem):
    def is_shown(self, request):
        return is_facilitator(request.user)


@hooks.register("register_admin_menu_item")
def mentoring_menu_item():
    # Pairings, questions and reports live on the public site, like the learner pages.
    return MentoringMenuItem(
        _("Accompagnement"), reverse("mentoring:hub"), icon_name="help", order=255
    )
