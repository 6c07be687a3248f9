from django import template

from accounts.people import staff_name as _staff_name

register = template.Library()


@register.filter
def staff_name(user):
    """`{{ row.user|staff_name }}`: safe on an erased person (None or renamed account)."""
    return _staff_name(user)
