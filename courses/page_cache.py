"""What every page request used to read from the database and is the same for everyone: the
Wagtail site of the address with its home page, the page an address names, and the view
restrictions over a page. Kept in the shared cache under the pages stamp (courses.page_stamp),
which any page, site or view restriction saved, moved or deleted renews: the next request
reads them again, so a publication or a new restriction counts at once."""

import copy

from django.contrib.contenttypes.models import ContentType
from django.http.request import split_domain_port
from pasapas import kept
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site

from .page_stamp import pages_stamp

# A safety net only: the stamp is what keeps these right.
TIMEOUT = 60 * 60


def _fresh(page):
    """A copy of a kept page for one request, with its own stream fields read anew from their
    raw data: a stream keeps the objects its blocks chose (exercises, pictures), which have
    stamps of their own and must be read again on each page."""
    page = copy.copy(page)
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField):
            value = getattr(page, field.attname)
            setattr(
                page,
                field.attname,
                StreamValue(value.stream_block, list(value.raw_data), is_lazy=True),
            )
    return page


def _site(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"page-cache:site:{pages_stamp()}:{hostname}:{request.get_port()}"
    found = kept.get(key, TIMEOUT)
    if found is None:
        site = Site._find_for_request(request)
        if site is not None:
            # The home page comes along, as its own type: routing starts from it.
            site.root_page = site.root_page.specific
        found = (site,)
        kept.set(key, found, TIMEOUT)
    site = copy.copy(found[0])
    if site is not None:
        site.root_page = _fresh(site.root_page)
    return site


class CachedSiteMiddleware:
    """Hands Wagtail the request's site (Site.find_for_request reads request._wagtail_site),
    for the pages Wagtail serves only: other views never read it, and must not pay for it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name == "wagtail_serve":
            request._wagtail_site = _site(request)


def page_at(root, url_path):
    """The live or draft page at that address below `root`, as its own type: the page itself
    is kept under the pages stamp (any page saved, moved or deleted renews it), so a page
    already read costs no query; one query otherwise."""
    key = f"page-cache:page:{pages_stamp()}:{root.path}:{url_path}"
    found = kept.get(key, TIMEOUT)
    if found is None:
        row = (
            Page.objects.filter(url_path=url_path, path__startswith=root.path)
            .order_by("path")
            .values_list("pk", "content_type_id")
            .first()
        )
        page = None
        if row is not None:
            model = ContentType.objects.get_for_id(row[1]).model_class()
            page = model.objects.filter(pk=row[0]).first()
        found = (page,)
        kept.set(key, found, TIMEOUT)
    return _fresh(found[0]) if found[0] is not None else None


class CachedRestrictionsMixin:
    """A page's view restrictions (its own and its ancestors'), kept as their ids: none for
    most pages, so no query at all."""

    def restriction_ids(self):
        key = f"page-cache:restrictions:{pages_stamp()}:{self.pk}"
        ids = kept.get(key, TIMEOUT)
        if ids is None:
            ids = tuple(super().get_view_restrictions().values_list("pk", flat=True))
            kept.set(key, ids, TIMEOUT)
        return ids

    def get_view_restrictions(self):
        ids = self.restriction_ids()
        if not ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=ids)
