from .models import ReadingPreference


def export_preference(user):
    return [
        {
            "text_size": row.text_size,
            "high_contrast": row.high_contrast,
            "wide_spacing": row.wide_spacing,
            "less_motion": row.less_motion,
            "updated_at": row.updated_at.isoformat(),
        }
        for row in ReadingPreference.objects.filter(user=user)
    ]


def erase_preference(user):
    ReadingPreference.objects.filter(user=user).delete()
