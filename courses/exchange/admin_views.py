"""The admin's side of course exchange: download a course's file, import one under a
catalogue. Wagtail's page permissions decide: exporting needs the right to edit the course,
importing the right to add pages to the catalogue (and to publish them, to publish at once)."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods
from pasapas.archives import ArchiveError
from wagtail.models import Page

from courses.models import CourseIndexPage, CoursePage

from .export import course_export, export_filename
from .format import LIMITS
from .importing import course_import
from .report import report_lines


def _specific(page_id, model):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, model):
        raise Http404
    return page


@require_http_methods(["GET"])
def export_view(request, page_id):
    course = _specific(page_id, CoursePage)
    if not course.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    response = HttpResponse(course_export(course), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{export_filename(course)}"'
    return response


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier du parcours (.zip)"),
        help_text=_("Le fichier exporté d'un autre site Pas à Pas."),
        error_messages={"required": _("Choisissez le fichier à importer.")},
    )
    publish = forms.BooleanField(
        label=_("Publier tout de suite"),
        required=False,
        help_text=_("Sinon, les pages arrivent en brouillon, à relire avant de les publier."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > LIMITS.max_file_bytes:
            raise forms.ValidationError(_("Ce fichier est trop gros."))
        return upload


@require_http_methods(["GET", "POST"])
def import_view(request, page_id):
    catalogue = _specific(page_id, CourseIndexPage)
    permissions = catalogue.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        raise PermissionDenied
    form = ImportForm(request.POST, request.FILES) if request.method == "POST" else ImportForm()
    problems, lines, report = [], [], None
    if request.method == "POST" and form.is_valid():
        publish = form.cleaned_data["publish"]
        if publish and not permissions.can_publish_subpage():
            raise PermissionDenied
        try:
            report = course_import(
                source=form.cleaned_data["file"],
                parent=catalogue,
                user=request.user,
                publish=publish,
            )
        except ArchiveError as error:
            problems = error.problems
        else:
            lines = report_lines(report)
            form = ImportForm()
    return TemplateResponse(
        request,
        "courses/admin/course_import.html",
        {
            "catalogue": catalogue,
            "form": form,
            "problems": problems,
            "lines": lines,
            "report": report,
        },
    )


@require_http_methods(["GET", "POST"])
def copy_view(request, page_id):
    """Asks, then copies the course into the person's own centre and opens the copy."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from .copying import centre_catalogue, course_copy_to_centre

    course = _specific(page_id, CoursePage)
    if not course.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if request.method == "GET":
        return TemplateResponse(
            request,
            "courses/admin/course_copy.html",
            {"course": course, "catalogue": centre_catalogue(request.user)},
        )
    try:
        report = course_copy_to_centre(course=course, user=request.user)
    except ArchiveError as error:
        for problem in error.problems:
            messages.error(request, problem)
        return redirect("wagtailadmin_explore", course.get_parent().pk)
    messages.success(
        request,
        _("Copie faite, en brouillon : « %(title)s ». %(details)s")
        % {"title": report.course.title, "details": " ; ".join(report_lines(report)[1:])},
    )
    return redirect("wagtailadmin_explore", report.course.pk)
