"""At sign-in, the account's choice wins; an account that never chose keeps this device's."""

from .selectors import reading_preference_for
from .services import reading_preference_save


def bring_choice(sender, request, user, **kwargs):
    if request is None or not hasattr(request, "reading"):
        return
    saved = reading_preference_for(user)
    if saved is None:
        if not request.reading.is_default:
            reading_preference_save(user=user, choice=request.reading)
    elif saved != request.reading:
        request.reading = saved
        request.reading_changed = True
