from django import template

register = template.Library()


@register.filter
def certificate_for(certificates, course):
    """The person's certificate for a course, from the dict Mon parcours read in one query."""
    return (certificates or {}).get(getattr(course, "pk", None))
