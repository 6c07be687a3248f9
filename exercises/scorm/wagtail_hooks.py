from functools import partial

from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, HelpPanel, ObjectList
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import ScormPackageForm
from .models import ScormPackage
from .services import discard_files


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "folder-open-inverse"
    menu_label = _("Paquets SCORM")
    list_display = ["title", "version", "updated_at"]

    edit_handler = ObjectList(
        [
            HelpPanel(
                content=_(
                    "<p>Exportez le module de votre outil (Articulate, iSpring, eXeLearning, "
                    "Adapt…) en <strong>SCORM 1.2 ou 2004</strong>, fichier <strong>.zip</strong>, "
                    "puis déposez ce fichier ici. Placez-le ensuite dans une leçon avec le bloc "
                    "« SCORM ».</p>"
                )
            ),
            FieldPanel("title"),
            FieldPanel("package"),
        ],
        base_form_class=ScormPackageForm,
    )


# In the « Activités » menu with the native exercises and H5P (exercises' hooks).


@hooks.register("after_delete_snippet")
def _remove_deleted_package_files(request, instances):
    for instance in instances:
        if isinstance(instance, ScormPackage):
            transaction.on_commit(partial(discard_files, instance.content_path))
