"""The Wagtail hooks through which apps of a higher layer add to the facilitators' learner
pages (they register, accounts calls): accounts never imports them (docs/architecture.md)."""

from wagtail import hooks

# fn(learners): sets what the list of learners shows about each (a query or so for all).
LEARNERS_LISTED = "pasapas_learners_listed"
# fn(learner) -> dict: more context for one learner's page.
LEARNER_DETAIL_CONTEXT = "pasapas_learner_detail_context"


def learners_listed(learners):
    for hook in hooks.get_hooks(LEARNERS_LISTED):
        hook(learners)


def learner_detail_context(learner):
    context = {}
    for hook in hooks.get_hooks(LEARNER_DETAIL_CONTEXT):
        context.update(hook(learner))
    return context
