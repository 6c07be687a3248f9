"""The plain refusals of the mentoring pages, and the lookups that answer them.

What a person may not see answers 404 with a plain message (nothing about what exists leaks);
what their role never allows answers 403."""

from functools import wraps

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.models import LessonPage


def refuse(request, message, status, back_url=None):
    return render(
        request,
        "mentoring/refused.html",
        {"message": message, "back_url": back_url or "/"},
        status=status,
    )


def unknown_lesson(request):
    return refuse(
        request,
        _("Cette leçon n'existe pas, ou plus. Rien n'a été enregistré."),
        404,
    )


def unknown_thread(request):
    return refuse(
        request,
        _("Cette question n'existe pas, ou vous ne pouvez pas la voir. Rien n'a été enregistré."),
        404,
        reverse("mentoring:my_questions"),
    )


def unknown_tip(request):
    return refuse(
        request,
        _("Ce conseil n'existe pas, ou plus."),
        404,
    )


def live_lesson(page_id):
    return LessonPage.objects.live().filter(pk=page_id).first()


def thread_url(thread, anchor=""):
    url = reverse("mentoring:thread", args=[thread.pk])
    return f"{url}#{anchor}" if anchor else url


def found_or(lookup, unknown):
    """The view gets what `lookup(request, pk)` finds in place of its pk; when it finds
    nothing (or nothing this person may see), `unknown(request)` answers instead."""

    def decorate(view):
        @wraps(view)
        def wrapped(request, pk, *args, **kwargs):
            found = lookup(request, pk)
            if found is None:
                return unknown(request)
            return view(request, found, *args, **kwargs)

        return wrapped

    return decorate
