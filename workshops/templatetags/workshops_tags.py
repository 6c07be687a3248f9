"""The learner's next workshop, for the home page: the date they must not forget."""

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def next_workshop(context):
    return selectors.next_workshop(context["request"].user)
