"""Certificates: the learner asks for one and downloads it, anyone checks a code, a centre's
facilitators list and withdraw theirs."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import facilitator_required
from courses.models import CoursePage

from . import selectors, services
from .codes import normalize_code
from .forms import CheckForm, IssueForm, RevokeForm
from .models import Certificate
from .pdf import certificate_pdf

MY_PATH = "progress:my_path"


@login_required
@require_POST
def issue(request, course_id):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    form = IssueForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["family_name"]))
        return redirect(reverse(MY_PATH) + f"#atelier-{course.pk}")
    try:
        services.certificate_issue(
            user=request.user, course=course, family_name=form.cleaned_data["family_name"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(MY_PATH)
    messages.success(
        request,
        _("Votre attestation est prête : vous pouvez la télécharger et l'imprimer."),
    )
    return redirect(reverse(MY_PATH) + f"#atelier-{course.pk}")


@login_required
def pdf(request, code):
    normalized = normalize_code(code)
    certificate = Certificate.objects.filter(code=normalized).first() if normalized else None
    # Someone else's certificate is « not found », not « forbidden »: it says nothing.
    if certificate is None or not selectors.can_download(request.user, certificate):
        raise Http404("no such certificate for this person")
    if certificate.is_revoked:
        messages.error(request, _("Cette attestation a été retirée."))
        return redirect(MY_PATH if certificate.user_id == request.user.pk else "certificates:list")
    check_url = request.build_absolute_uri(
        reverse("certificates:check_code", args=[certificate.code])
    )
    response = HttpResponse(certificate_pdf(certificate, check_url), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="attestation-{certificate.code}.pdf"'
    response["Cache-Control"] = "private, no-store"
    return response


def _check_page(request, *, code, submitted, not_found_status=200):
    certificate = problem = None
    if submitted:
        normalized = normalize_code(code)
        if not code.strip():
            problem = _("Recopiez le code imprimé en bas de l'attestation.")
        elif normalized is None:
            problem = _(
                "Ce code n'a pas la bonne forme : il ressemble à PAP-7K3M-9QXD-4HTA, "
                "12 lettres et chiffres après PAP, sans 0, O, 1, I ni L."
            )
        else:
            certificate = Certificate.objects.filter(code=normalized).first()
            if certificate is None:
                problem = _("Aucune attestation ne porte ce code.")
    context = {
        "form": CheckForm(initial={"code": code[:40]}),
        "submitted": submitted,
        "certificate": certificate,
        "problem": problem,
    }
    response = render(
        request,
        "certificates/check.html",
        context,
        status=not_found_status if problem else 200,
    )
    # The answer is for the person holding the paper, not for search engines.
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def check(request):
    code = request.GET.get("code")
    return _check_page(request, code=code or "", submitted=code is not None)


def check_code(request, code):
    """What the QR code opens."""
    return _check_page(request, code=code, submitted=True, not_found_status=404)


@facilitator_required
def certificate_list(request):
    certificates = selectors.certificates_managed_by(request.user).order_by("-issued_at", "-pk")
    page = Paginator(certificates, 50).get_page(request.GET.get("page"))
    return render(request, "certificates/list.html", {"certificates_page": page})


@facilitator_required
@require_POST
def revoke(request, pk):
    certificate = get_object_or_404(selectors.certificates_managed_by(request.user), pk=pk)
    form = RevokeForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["reason"]))
        return redirect("certificates:list")
    try:
        services.certificate_revoke(
            certificate=certificate, by=request.user, reason=form.cleaned_data["reason"]
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("certificates:list")
    messages.success(request, _("L'attestation %(code)s est retirée.") % {"code": certificate.code})
    return redirect("certificates:list")
