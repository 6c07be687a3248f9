"""A lesson's body, block by block, so that the blocks that are the same for everyone can be
served from the cache and only exercises and H5P activities are rendered for each person."""

from django import template

register = template.Library()

# Their HTML holds the learner's own answers and results.
PERSONAL_BLOCKS = frozenset({"exercise", "h5p_activity", "scorm_package"})


class BodyEntry:
    def __init__(self, body, index, raw):
        self.body = body
        self.index = index
        self.block_type = raw.get("type", "")
        self.id = raw.get("id", "")
        self.personal = self.block_type in PERSONAL_BLOCKS

    @property
    def block(self):
        # Only on a cache miss: reading it turns the stored JSON into Python objects (images,
        # documents, snippets: queries).
        return self.body[self.index]


@register.simple_tag
def lesson_blocks(page):
    """The body's blocks, each with `cacheable`: all but the personal ones. The template caches
    them with `{% wagtailpagecache %}`, which keys them by the page's publication and skips the
    cache in a preview."""
    entries = [BodyEntry(page.body, i, raw) for i, raw in enumerate(page.body.raw_data)]
    for entry in entries:
        entry.cacheable = not entry.personal
    return entries


@register.simple_tag
def pages_stamp():
    """Part of the key of cached fragments that show other pages (breadcrumbs, pager)."""
    from courses.page_stamp import pages_stamp as stamp

    return stamp()


@register.simple_tag
def glossary_version():
    """Part of the cached blocks' key: a word added or changed, or a picture's annotations
    changed (its renditions then have new addresses), shows on the next page."""
    from courses.glossary_links import glossary_version as version
    from images.stamp import annotations_stamp

    return f"{version()}-{annotations_stamp()}"


@register.filter
def glossary_links(html):
    """Rendered rich text with its glossary words opening their definitions."""
    from django.utils.safestring import mark_safe

    from courses.glossary_links import link_terms

    return mark_safe(link_terms(html))  # noqa: S308 - rich text already made safe by Wagtail


@register.simple_tag(takes_context=True)
def reading_advice(context, html):
    """In a preview only, the text with its reading-level advice marked for the editor's
    checks (courses/reading_check.py); a learner's page is left as it is."""
    from django.utils.safestring import mark_safe

    from courses.reading_check import known_words, mark

    request = context.get("request")
    if not getattr(request, "is_preview", False):
        return html
    return mark_safe(mark(html, known_words(request)))  # noqa: S308 - re-serialised safe HTML
