from .choice import SIZES, ReadingChoice


def reading(request):
    return {"reading": getattr(request, "reading", ReadingChoice()), "reading_sizes": SIZES}
