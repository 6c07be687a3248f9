from django import template
from wagtail.models import Site

from courses.models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The address of the list of every course (the home page when the site has none)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    pages = CourseIndexPage.objects.live()
    if site is not None:
        pages = pages.descendant_of(site.root_page)
    catalogue = pages.order_by("path").first()
    return catalogue.get_url(request) if catalogue is not None else "/"
