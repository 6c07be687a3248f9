from .choice import ReadingChoice
from .models import ReadingPreference


def reading_preference_save(*, user, choice: ReadingChoice):
    ReadingPreference.objects.update_or_create(
        user=user,
        defaults={
            "text_size": choice.size,
            "high_contrast": choice.contrast,
            "wide_spacing": choice.spacing,
            "less_motion": choice.less_motion,
        },
    )
