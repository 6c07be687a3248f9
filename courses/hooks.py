"""The Wagtail hooks through which apps of a higher layer join a lesson (they register, the
lesson calls): content never imports them (docs/architecture.md)."""

from wagtail import hooks

# fn(page=, request=, response=): a lesson was served to a reader (not a preview).
LESSON_SERVED = "pasapas_lesson_served"


def lesson_served(*, page, request, response):
    for hook in hooks.get_hooks(LESSON_SERVED):
        hook(page=page, request=request, response=response)
