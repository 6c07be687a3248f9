"""The activity ids of the statements are addresses of the site: opening one leads to the
lesson, course, exercise or session it names, wherever it is now (a lesson moved keeps its
id). Nothing here says more than the page it leads to, which checks who may see it."""

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET


def _page(pk):
    from wagtail.models import Page

    page = Page.objects.live().public().filter(pk=pk).first()
    return page.url if page is not None else None


def _exercise(pk):
    """The first live lesson that places the exercise, from Wagtail's reference index."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    from exercises.models import Exercise

    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(Exercise),
        to_object_id=str(pk),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    page = Page.objects.live().public().filter(pk__in=list(references)).order_by("pk").first()
    return page.url if page is not None else None


def _session(pk):
    return reverse("workshops:session", args=[pk])


RESOLVERS = {"page": _page, "exercice": _exercise, "seance": _session}


@require_GET
def activity(request, kind, pk):
    resolve = RESOLVERS.get(kind)
    url = resolve(pk) if resolve is not None else None
    if not url:
        raise Http404
    return redirect(url)
