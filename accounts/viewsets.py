from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .admin_forms import CentreUserCreationForm, CentreUserEditForm


class UserViewSet(WagtailUserViewSet):
    def get_form_class(self, for_update=False):
        return CentreUserEditForm if for_update else CentreUserCreationForm
