"""The centre rule (accounts.scope) in the Wagtail admin.

Wagtail viewsets scope only their list (``get_queryset``): edit, delete, copy, inspect, history,
usage and the chooser fetch their object by id. ``CentreScopedViewSetMixin`` puts the rule into
every view a viewset builds (``construct_view``), so that a view added by a later Wagtail release
is covered too: objects of another centre are a 404, lists and choosers show only the person's
centre, form choices (the centre, a room, a person…) are limited to it, and an object is saved
only if it still belongs to a centre the person reaches. ``CentrePermissionPolicy`` gives the
same answers to the parts of Wagtail that ask the permission policy about an instance (bulk
actions, buttons)."""

from functools import cache

from django.apps import apps
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import CharField, ProtectedError, Q
from django.db.models.functions import Cast
from django.http import Http404, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext
from wagtail.admin.views.bulk_action import dispatcher as bulk_dispatcher
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.log_actions import registry as log_registry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from . import scope


class CentrePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, within the centres the person reaches."""

    def _reaches(self, user, instance):
        return not scope.is_centre_owned(instance.__class__) or scope.reaches(user, instance)

    def user_has_permission_for_instance(self, user, action, instance):
        return self._reaches(user, instance) and super().user_has_permission_for_instance(
            user, action, instance
        )

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self._reaches(user, instance) and super().user_has_any_permission_for_instance(
            user, actions, instance
        )

    def instances_user_has_permission_for(self, user, action):
        return scope.scope(super().instances_user_has_permission_for(user, action), user)

    def instances_user_has_any_permission_for(self, user, actions):
        return scope.scope(super().instances_user_has_any_permission_for(user, actions), user)


def limit_choices(form, user):
    """Every choice of a centre-owned thing in the form (a centre, a room, a person) is limited
    to what the person reaches: another centre is neither shown nor accepted."""
    for field in form.fields.values() if form is not None else ():
        queryset = getattr(field, "queryset", None)
        if queryset is not None and scope.is_centre_owned(queryset.model):
            field.queryset = scope.scope(queryset, user)
    return form


class CentreScopedViewMixin:
    """Mixed into every view of a centre-scoped viewset (see CentreScopedViewSetMixin)."""

    def _check(self, obj):
        if obj is not None and not scope.reaches(self.request.user, obj):
            raise Http404
        return obj

    # objects fetched by id: edit, delete, copy, inspect, history, usage, chosen…
    def get_object(self, *args, **kwargs):
        return self._check(super().get_object(*args, **kwargs))

    # lists: the index and the chooser (a history lists log entries: its object is checked)
    def _scoped(self, queryset):
        if not scope.is_centre_owned(queryset.model):
            return queryset
        return scope.scope(queryset, self.request.user)

    def get_base_queryset(self):
        return self._scoped(super().get_base_queryset())

    def get_object_list(self):
        return self._scoped(super().get_object_list())

    def get_objects(self, *args, **kwargs):
        return self._scoped(super().get_objects(*args, **kwargs))

    # forms: the choices, and the object as the form left it
    def get_form(self, *args, **kwargs):
        return limit_choices(super().get_form(*args, **kwargs), self.request.user)

    def get_creation_form(self, *args, **kwargs):
        return limit_choices(super().get_creation_form(*args, **kwargs), self.request.user)

    def save_instance(self):
        if not scope.reaches(self.request.user, self.form.instance):
            raise PermissionDenied
        return super().save_instance()

    def form_valid(self, form):
        # Deleting something others still depend on (a centre with its people) says so,
        # instead of a server error; nothing is half-deleted.
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ProtectedError as error:
            messages.error(self.request, protected_message(error))
            return HttpResponseRedirect(self.request.get_full_path())

    def save_form(self, form):
        if not scope.reaches(self.request.user, form.instance):
            raise PermissionDenied
        return super().save_form(form)


def protected_message(error):
    return ngettext(
        "Suppression impossible : %(count)s élément en dépend encore (une personne, une "
        "salle…). Retirez-le ou rattachez-le ailleurs d'abord.",
        "Suppression impossible : %(count)s éléments en dépendent encore (des personnes, des "
        "salles…). Retirez-les ou rattachez-les ailleurs d'abord.",
        len(error.protected_objects),
    ) % {"count": len(error.protected_objects)}


@cache
def scoped_view_class(view_class):
    """The view class with the centre rule on top (one class per view class)."""
    return type(f"CentreScoped{view_class.__name__}", (CentreScopedViewMixin, view_class), {})


class CentreScopedChooserViewSet:
    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), **kwargs)


class CentreScopedViewSetMixin:
    """For a SnippetViewSet or ModelViewSet of a centre-owned model (its ``centre_path``)."""

    def construct_view(self, view_class, **kwargs):
        return super().construct_view(scoped_view_class(view_class), **kwargs)

    def get_queryset(self, request):
        # The snippet list: the rule, whatever the viewset's own queryset.
        parent = getattr(super(), "get_queryset", None)  # SnippetViewSet only
        queryset = parent(request) if parent else None
        if queryset is None:
            queryset = self.model._default_manager.all()
        return scope.scope(queryset, request.user)

    @property
    def chooser_viewset_class(self):
        base = super().chooser_viewset_class
        return _scoped_chooser_viewset_class(base)

    def on_register(self):
        # Before Wagtail reads the policy: the rule answers for instances everywhere (bulk
        # actions, buttons). A model may bring its own subclass (mentoring's tips do).
        registered = policy_registry.get_by_type(self.model, fallback=False)
        if not isinstance(registered, CentrePermissionPolicy):
            register_permission_policy(
                self.model, CentrePermissionPolicy(self.model), exact_class=True
            )
        super().on_register()


@cache
def _scoped_chooser_viewset_class(base):
    assert issubclass(base, ChooserViewSet)
    return type(f"CentreScoped{base.__name__}", (CentreScopedChooserViewSet, base), {})


# --- the site history report ------------------------------------------------------------------


def scope_log_entries(queryset, user):
    """Log entries of centre-owned objects only for the people who reach those objects (the
    label and the name of who did it are the centre's own business); shared content (pages,
    exercises, images) keeps its history for every editor."""
    if scope.centre_ids(user) is scope.EVERY_CENTRE:
        return queryset
    if not any(field.name == "object_id" for field in queryset.model._meta.get_fields()):
        return queryset  # page log entries: pages are shared content
    for model in scope.centre_owned_models():
        visible = scope.scope(model._default_manager.all(), user).annotate(
            _log_key=Cast("pk", CharField())
        )
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        queryset = queryset.filter(
            ~Q(content_type=content_type) | Q(object_id__in=visible.values("_log_key"))
        )
    return queryset


def _visible_log_entries(user):
    for log_model in log_registry.get_log_entry_models():
        yield scope_log_entries(log_model.objects.viewable_by_user(user), user)


class CentreSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    """The report's « user » filter names only people whose entries the person may read."""

    def get_user_choices(self):
        from django.contrib.auth import get_user_model

        user_ids = set()
        for entries in _visible_log_entries(self.request.user):
            user_ids.update(entries.get_user_ids())
        users = get_user_model().objects.filter(pk__in=user_ids)
        return users.order_by(get_user_model().USERNAME_FIELD)

    class Meta(SiteHistoryReportFilterSet.Meta):
        pass


class CentreSiteHistoryView(LogEntriesView):
    """Wagtail's site history (page, CSV and spreadsheet), within the person's centre."""

    filterset_class = CentreSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return scope_log_entries(super().filter_queryset(queryset), self.request.user)


# --- bulk actions -------------------------------------------------------------------------------


def bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk actions (delete, activate, roles…), on ids the person reaches only: the
    confirmation page would otherwise name another centre's things, and « all » would mean all
    centres."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    if scope.is_centre_owned(model) and scope.centre_ids(request.user) is not scope.EVERY_CENTRE:
        ids = set(request.GET.getlist("id"))
        try:
            pks = {model._meta.pk.to_python(value) for value in ids}
        except ValidationError as error:
            raise Http404 from error
        reached = scope.scope(model._default_manager.filter(pk__in=pks), request.user)
        if not pks or reached.count() != len(pks):
            raise Http404
    try:
        return bulk_dispatcher.index(request, app_label, model_name, action)
    except ProtectedError as error:
        messages.error(request, protected_message(error))
        back = request.GET.get("next", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = "/admin/"
        return HttpResponseRedirect(back)
