"""Role groups. The learners' issue adds learner and mentor; the site needs facilitators now."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

FACILITATORS = "Animateurs"

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
]
MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("courses", "add_glossaryterm"),
    ("courses", "change_glossaryterm"),
    ("courses", "delete_glossaryterm"),
    ("courses", "view_glossaryterm"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_facilitator_group():
    """Facilitators write and publish courses, images, documents and glossary terms."""
    group, _ = Group.objects.get_or_create(name=FACILITATORS)
    wanted = [_permission(app, code) for app, code in MODEL_PERMISSIONS]
    missing = set(wanted) - set(group.permissions.all())
    if missing:
        group.permissions.add(*missing)
    root_page = Page.get_first_root_node()
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root_page, permission=_permission("wagtailcore", codename)
        )
    root_collection = Collection.get_first_root_node()
    for app, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app, codename)
        )
    return group
