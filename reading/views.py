from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from .forms import ReadingChoiceForm
from .middleware import set_choice_cookie
from .services import reading_preference_save


def _back(request):
    candidate = request.POST.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return "/"


def _wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


@require_POST
def choose(request):
    """The reading bar's form: without JavaScript it posts and comes back to the same page;
    with it, each change is sent as it is made and the page is not reloaded."""
    form = ReadingChoiceForm(request.POST)
    if not form.is_valid():
        message = " ".join(str(error) for errors in form.errors.values() for error in errors)
        if _wants_json(request):
            return JsonResponse({"error": message}, status=400)
        context = {"message": message, "back_url": _back(request)}
        return render(request, "reading/refused.html", context, status=400)
    choice = form.choice()
    if request.user.is_authenticated:
        reading_preference_save(user=request.user, choice=choice)
    if _wants_json(request):
        response = JsonResponse({"classes": choice.classes})
    else:
        response = HttpResponseRedirect(_back(request))
    set_choice_cookie(response, choice)
    return response
