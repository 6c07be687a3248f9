from django import template

register = template.Library()


@register.filter
def verdict(outcome, key):
    """The verdict on one part of an answer, or None before any answer."""
    return outcome.item(key) if outcome else None


@register.filter
def answer_for(answer, key):
    return (answer or {}).get(str(key), "")
