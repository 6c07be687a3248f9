"""Roles are Django groups with permissions; `ensure_roles()` keeps them as the code says.

It runs after every `migrate` (permissions only exist then) and from `load_demo`."""

from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

LEARNERS = "Apprenants"
MENTORS = "Anges gardiens"
FACILITATORS = "Animateurs"
ADMINS = "Administrateurs"
# The centre's employment service: sees only the CVs and letters shared with their centre.
COUNSELLORS = "Conseillers emploi"
# Staff of a partner organisation (the CAF, the tax office…): a password account, no admin.
AGENTS = "Agents partenaires"
# Roles whose people sign in with a printed card rather than a password.
CODE_ROLES = (LEARNERS, MENTORS)

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
FACILITATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("accounts", "manage_learners"),
    ("courses", "add_glossaryterm"),
    ("courses", "change_glossaryterm"),
    ("courses", "delete_glossaryterm"),
    ("courses", "view_glossaryterm"),
    ("exercises", "add_exercise"),
    ("exercises", "change_exercise"),
    ("exercises", "delete_exercise"),
    ("exercises", "view_exercise"),
    # Learners only see a published exercise: the one who writes it publishes it (issue 23).
    ("exercises", "publish_exercise"),
    # H5P activities, with the libraries the site already has: installing new library code
    # (h5p.manage_h5p_libraries) is for administrators only.
    ("h5p", "add_h5pactivity"),
    ("h5p", "change_h5pactivity"),
    ("h5p", "delete_h5pactivity"),
    ("h5p", "view_h5pactivity"),
    # SCORM packages: their code plays on the player's origin only, as H5P's.
    ("scorm", "add_scormpackage"),
    ("scorm", "change_scormpackage"),
    ("scorm", "delete_scormpackage"),
    ("scorm", "view_scormpackage"),
    # The moderation queue of mentors' tips (approve, correct, refuse; never create).
    ("mentoring", "view_tip"),
    ("mentoring", "change_tip"),
    # The partner organisations (shared by the centres, like the courses).
    ("partners", "add_organisation"),
    ("partners", "change_organisation"),
    ("partners", "view_organisation"),
    # The rooms of their centre, for the workshop timetable.
    ("workshops", "add_room"),
    ("workshops", "change_room"),
    ("workshops", "view_room"),
]
# Learners and mentors never see the Wagtail admin: their groups carry no admin permission.
ROLE_PERMISSIONS = {
    LEARNERS: [],
    MENTORS: [],
    AGENTS: [],
    FACILITATORS: FACILITATOR_PERMISSIONS,
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant(group, wanted):
    missing = set(wanted) - set(group.permissions.all())
    if missing:
        group.permissions.add(*missing)


def ensure_facilitator_group():
    """Facilitators write and publish courses, images, documents and glossary terms, and
    manage the learners of their own centre."""
    group, _ = Group.objects.get_or_create(name=FACILITATORS)
    _grant(group, [_permission(app, code) for app, code in FACILITATOR_PERMISSIONS])
    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission("wagtailcore", codename)
            )
    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app, codename in COLLECTION_PERMISSIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(app, codename)
            )
    return group


def role_group(name):
    """The group of one role, for adding a person to it: one query. Its permissions are set by
    ensure_roles() after every migrate, so creating people never checks them again."""
    return Group.objects.get_or_create(name=name)[0]


def ensure_roles():
    groups = {
        name: Group.objects.get_or_create(name=name)[0] for name in (LEARNERS, MENTORS, AGENTS)
    }
    groups[FACILITATORS] = ensure_facilitator_group()
    # Centre admins are Django superusers; the group names them for people and exports.
    groups[ADMINS] = Group.objects.get_or_create(name=ADMINS)[0]
    groups[COUNSELLORS] = Group.objects.get_or_create(name=COUNSELLORS)[0]
    return groups


def role_names(user):
    """The names of the person's role groups: read with the person when they signed in
    through accounts.backends, else once per request (kept on the user object)."""
    if not user.is_authenticated:
        return frozenset()
    names = getattr(user, "_role_names", None)
    if names is None:
        names = user._role_names = frozenset(user.groups.values_list("name", flat=True))
    return names


def role_of(user):
    """The main role of a person, for display and for the permission checks below."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return ADMINS
    names = role_names(user)
    for role in (ADMINS, FACILITATORS, COUNSELLORS, AGENTS, MENTORS, LEARNERS):
        if role in names:
            return role
    return None


def is_facilitator(user):
    return user.is_authenticated and (
        user.is_superuser or user.has_perm("accounts.manage_learners")
    )
