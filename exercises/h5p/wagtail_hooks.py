from functools import partial

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import H5PActivityForm
from .models import H5PActivity, H5PLibrary
from .services import discard_files
from .video import blocked_message


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "media"
    menu_label = _("Activités H5P")
    list_display = ["title", "kind", "updated_at"]
    # The model's search index names the fields searched: naming them here too breaks every
    # search of this list on SQLite (Wagtail's SQLite backend cannot search chosen fields).

    def get_queryset(self, request):
        return H5PActivity.objects.select_related("main_library")

    edit_handler = ObjectList(
        [
            HelpPanel(
                content=_(
                    "<p>Créez l'activité dans un éditeur H5P (Lumi, h5p.org…), exportez-la en "
                    "fichier <strong>.h5p</strong>, puis déposez ce fichier ici. Placez-la ensuite "
                    "dans une leçon avec le bloc « Activité H5P ».</p>"
                )
            ),
            FieldPanel("title"),
            FieldPanel("package"),
            FieldPanel("pass_mark"),
            FieldPanel("done_when_viewed"),
        ],
        base_form_class=H5PActivityForm,
    )


class PackagesOnlyPolicy(ModelPermissionPolicy):
    """Nobody adds a library by hand, not even a superuser: a library comes from a package,
    with its version numbers and files, which an admin form cannot supply (it saved a row
    without them, a server error). Editing and viewing follow the usual permissions."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action != "add"]
        if not actions:  # superusers too: nobody may add
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(H5PLibrary, PackagesOnlyPolicy(H5PLibrary), exact_class=True)


class H5PLibraryViewSet(SnippetViewSet):
    """Libraries are installed by uploading packages; the list shows what the site has."""

    model = H5PLibrary
    icon = "code"
    menu_label = _("Bibliothèques H5P")
    add_to_settings_menu = True
    list_display = ["machine_name", "title", "major", "minor", "patch", "updated_at"]
    search_fields = ["machine_name", "title"]
    inspect_view_enabled = True
    panels = [FieldPanel("title", read_only=True), FieldPanel("done_when_viewed")]


# The activities are in the « Activités » menu, with the native exercises (exercises' hooks).
register_snippet(H5PLibraryViewSet)


@hooks.register("after_delete_snippet")
def _remove_deleted_activity_files(request, instances):
    """An activity deleted in the admin takes its content files and package with it; the
    shared libraries stay for the other activities."""
    for instance in instances:
        if isinstance(instance, H5PActivity):
            transaction.on_commit(
                partial(discard_files, instance.content_path, instance.package.name)
            )


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def _name_external_video(request, instance):
    """Video from another site that the player will not open is named at import."""
    if isinstance(instance, H5PActivity) and (warning := blocked_message(instance.external_media)):
        messages.warning(request, warning)
