from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_POST
from pasapas.http import csrf_for_signed_in, next_url, wants_json

from .forms import ReadingChoiceForm
from .middleware import set_choice_cookie
from .services import reading_preference_save


@csrf_for_signed_in
@require_POST
def choose(request):
    """The reading bar's form: without JavaScript it posts and comes back to the same page;
    with it, each change is sent as it is made and the page is not reloaded."""
    form = ReadingChoiceForm(request.POST)
    if not form.is_valid():
        message = " ".join(str(error) for errors in form.errors.values() for error in errors)
        if wants_json(request):
            return JsonResponse({"error": message}, status=400)
        context = {"message": message, "back_url": next_url(request, "/")}
        return render(request, "reading/refused.html", context, status=400)
    choice = form.choice()
    if request.user.is_authenticated:
        reading_preference_save(user=request.user, choice=choice)
    if wants_json(request):
        response = JsonResponse({"classes": choice.classes})
    else:
        response = HttpResponseRedirect(next_url(request, "/"))
    set_choice_cookie(response, choice)
    return response
