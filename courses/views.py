"""Public views beside the page tree: search, themes (tags) and the glossary."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from taggit.models import Tag

from . import selectors
from .forms import SearchForm


def search(request):
    form = SearchForm(request.GET or None)
    courses, lessons = [], []
    query = ""
    if form.is_valid():
        query = form.cleaned_data["q"]
        courses, lessons = selectors.search_content(query)
    page = Paginator(lessons, 20).get_page(request.GET.get("page"))
    return render(
        request,
        "courses/search.html",
        {"form": form, "query": query, "courses": courses, "lessons": page},
    )


def tag_index(request):
    return render(request, "courses/tag_index.html", {"tags": selectors.tags_in_use()})


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    courses, lessons = selectors.tagged_content(tag)
    return render(
        request, "courses/tag_detail.html", {"tag": tag, "courses": courses, "lessons": lessons}
    )


def glossary(request):
    return render(request, "courses/glossary.html", {"groups": selectors.glossary_by_letter()})
