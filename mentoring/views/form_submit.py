"""The one way a mentoring form reaches a service: form → service → refusal on the form with
its status, or a success message and a redirect."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect

from .. import services


def form_error(form, error):
    """A service's refusal shown on the form, like any other field error."""
    if isinstance(error, ValidationError):
        field = "step" if error.code == "invalid_step" else "text"
        form.add_error(field if field in form.fields else None, error)
    else:
        form.add_error(None, error.message)


def submit(request, form, *, act, done, show):
    """When the form is posted and valid, `act(data)` calls the service; then `done(result)`
    gives (message, url) for the success, or the refusal goes on the form and `show(status)`
    draws the page again (status 200 when nothing was posted or the form is invalid)."""
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            result = act(form.cleaned_data)
        except (ValidationError, services.Refused) as error:
            form_error(form, error)
            status = getattr(error, "status", 200)
        else:
            message, url = done(result)
            messages.success(request, message)
            return redirect(url)
    return show(status)
