from .models import ReadingPreference


def reading_preference_for(user):
    """The account's choice, or None when the person never chose."""
    preference = ReadingPreference.objects.filter(user=user).first()
    return preference.choice if preference else None
