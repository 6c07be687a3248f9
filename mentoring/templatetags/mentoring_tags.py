from django import template

from mentoring import selectors
from mentoring.text import excerpt, render_text

register = template.Library()


@register.filter
def plain_text(text):
    """A mentoring text as safe HTML: escaped, links clickable, paragraphs kept."""
    return render_text(text or "")


@register.filter
def excerpt_of(text):
    return excerpt(text)


@register.filter
def person_name(person):
    """A first name for others to read, never the username."""
    return selectors.person_name(person)


@register.filter
def step_label(panel, block_id):
    """The title of a steps block, to name the « question on this step » link."""
    return dict(panel.steps).get(block_id, "")


@register.simple_tag(takes_context=True)
def lesson_mentoring(context, lesson):
    """The mentoring part of a lesson page, as the serve hook prepared it for this request
    (or read now, in a preview)."""
    request = context["request"]
    panel = getattr(request, "mentoring_panel", None)
    if panel is None or getattr(request, "mentoring_lesson_id", None) != lesson.pk:
        panel = selectors.lesson_panel(request.user, lesson, request.GET.get("etape", ""))
        request.mentoring_panel, request.mentoring_lesson_id = panel, lesson.pk
    return panel
