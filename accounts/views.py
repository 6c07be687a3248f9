"""Sign-in with an access card, the account page, and the facilitators' learner pages."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView, LogoutView
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from pasapas.http import client_ip

from . import new_cards, privacy, services
from .access_codes import format_code
from .forms import AccountEmailForm, LearnerGroupForm, SelfSignupForm, SignInForm
from .hooks import learner_detail_context, learners_listed
from .middleware import CLEAR_DEVICE, start_session
from .models import SignupSettings
from .permissions import facilitator_required, learners_visible_to, visible_learner_or_404
from .qr import qr_svg


class SignInView(LoginView):
    template_name = "accounts/sign_in.html"
    form_class = SignInForm
    redirect_authenticated_user = True

    def get_initial(self):
        return {"username": self.request.GET.get("u", "")[:150]}

    def form_valid(self, form):
        response = super().form_valid(form)
        start_session(
            self.request,
            form.get_user(),
            personal_computer=form.cleaned_data.get("personal_computer", False),
        )
        return response


class SignOutView(LogoutView):
    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        # A shared centre PC: the browser drops the lessons the offline worker saved for this
        # person, and the worker with them. The reading choice is a cookie: it stays.
        response["Clear-Site-Data"] = CLEAR_DEVICE
        return response


def signup(request):
    centre = SignupSettings.for_request(request).self_signup_centre
    if centre is None:
        raise Http404("self sign-up is closed")
    if request.user.is_authenticated:
        return redirect("/")
    form = SelfSignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user, code = services.learner_sign_up(
                centre=centre,
                first_name=form.cleaned_data["first_name"],
                address=client_ip(request),
            )
        except services.SignUpRefused as refused:
            form.add_error(None, refused.message)
            return render(
                request, "accounts/signup.html", {"form": form, "centre": centre}, status=429
            )
        login(request, user, backend="accounts.backends.RoleBackend")
        start_session(request, user)
        new_cards.remember(request.session, [(user, code)])
        messages.success(request, _("Votre compte est créé. Gardez bien votre carte d'accès."))
        return redirect("accounts:cards")
    return render(request, "accounts/signup.html", {"form": form, "centre": centre})


@login_required
def account(request):
    user = request.user
    form = AccountEmailForm(request.POST or None, request=request)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        if not email:
            services.user_email_remove(user=user)
            messages.success(request, _("C'est enregistré."))
            return redirect("accounts:account")
        if form.changes_address:
            try:
                services.user_email_request(
                    user=user,
                    email=email,
                    confirm_url=lambda token: request.build_absolute_uri(
                        reverse("accounts:email_confirm", args=[token])
                    ),
                )
            except services.EmailRefused as refused:
                form.add_error("email", refused.message)
                return render(request, "accounts/account.html", {"email_form": form})
            messages.success(
                request,
                _(
                    "Un e-mail vient de partir à %(email)s. Ouvrez le lien qu'il contient : "
                    "l'adresse sera utilisée ensuite seulement."
                )
                % {"email": user.pending_email},
            )
        else:
            messages.success(request, _("C'est enregistré."))
        user.notify_by_email = form.cleaned_data["notify_by_email"]
        user.save(update_fields=["notify_by_email"])
        return redirect("accounts:account")
    return render(request, "accounts/account.html", {"email_form": form})


def email_confirm(request, token):
    """The link of the confirmation e-mail: a button, so that a mail scanner opening the link
    does not confirm in the person's place."""
    if request.method == "POST":
        try:
            user = services.user_email_confirm(token=token)
        except services.EmailRefused as refused:
            return render(
                request, "accounts/email_confirm.html", {"error": refused.message}, status=400
            )
        messages.success(
            request,
            _("Votre adresse %(email)s est confirmée.") % {"email": user.email},
        )
        return redirect("accounts:account")
    return render(request, "accounts/email_confirm.html", {})


@login_required
@require_POST
def sign_out_everywhere(request):
    """Every session of this person ends, this one and those left open elsewhere."""
    services.user_sign_out_everywhere(user=request.user)
    logout(request)
    messages.success(
        request,
        _("Déconnexion faite partout : sur cet appareil et sur tous les autres."),
    )
    response = redirect("accounts:sign_in")
    response["Clear-Site-Data"] = CLEAR_DEVICE
    return response


@login_required
def account_data(request):
    data = privacy.export_user_data(request.user)
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = 'attachment; filename="mes-donnees-pas-a-pas.json"'
    return response


@never_cache
@login_required
def cards(request):
    """Cards just made (codes are only known until printed: they are stored hashed)."""
    entries = new_cards.current(request.session)
    sign_in_url = request.build_absolute_uri(reverse("accounts:sign_in"))
    site_url = request.build_absolute_uri("/")
    for entry in entries:
        entry["code_display"] = format_code(entry["code"])
        entry["qr"] = qr_svg(
            f"{sign_in_url}?u={entry['username']}",
            _("Code QR qui ouvre la page de connexion de %(name)s") % {"name": entry["first_name"]},
        )
    # never_cache: the page (with its codes) is not kept in the browser's cache either.
    return render(
        request,
        "accounts/cards.html",
        {
            "cards": entries,
            "site_url": site_url,
            "minutes": int(settings.ACCESS_CARDS_TTL.total_seconds() // 60),
        },
    )


@login_required
@require_POST
def cards_forget(request):
    """« C'est imprimé » : the readable codes are gone."""
    new_cards.forget(request.session)
    messages.success(request, _("Les codes sont effacés de l'écran."))
    if request.user.has_perm("accounts.manage_learners"):
        return redirect("accounts:learner_list")
    return redirect("/")


@facilitator_required
def learner_list(request):
    learners = list(learners_visible_to(request.user).order_by("first_name", "username"))
    learners_listed(learners)
    return render(request, "accounts/learner_list.html", {"learners": learners})


@facilitator_required
def learner_add(request):
    centre = request.user.centre
    if centre is None:
        messages.error(
            request,
            _("Votre compte n'est rattaché à aucun centre : demandez-le à l'administrateur."),
        )
        return redirect("accounts:learner_list")
    form = LearnerGroupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        created = services.learners_create_group(
            centre=centre, first_names=form.cleaned_data["first_names"]
        )
        new_cards.remember(request.session, created)
        messages.success(
            request, _("%(n)s comptes créés. Imprimez les cartes.") % {"n": len(created)}
        )
        return redirect("accounts:cards")
    return render(request, "accounts/learner_add.html", {"form": form, "centre": centre})


@facilitator_required
def learner_detail(request, pk):
    learner = visible_learner_or_404(request.user, pk)
    return render(
        request,
        "accounts/learner_detail.html",
        {"learner": learner, **learner_detail_context(learner)},
    )


@facilitator_required
@require_POST
def learner_new_code(request, pk):
    learner = visible_learner_or_404(request.user, pk)
    code = services.learner_reset_code(learner=learner)
    new_cards.remember(request.session, [(learner, code)])
    messages.success(
        request,
        _("Nouveau code pour %(name)s : l'ancien ne marche plus.") % {"name": learner.first_name},
    )
    return redirect("accounts:cards")
