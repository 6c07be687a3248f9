from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .admin_forms import CentreUserCreationForm, CentreUserEditForm
from .admin_scope import CentreScopedViewSetMixin


class UserViewSet(CentreScopedViewSetMixin, WagtailUserViewSet):
    """Wagtail's users admin: a person's centre on the forms, and only the people of the
    centres one reaches (accounts.scope)."""

    def get_form_class(self, for_update=False):
        return CentreUserEditForm if for_update else CentreUserCreationForm
