"""The Wagtail user forms with the person's centre and display name. E-mail and last name are
optional here: many learners and mentors have no e-mail address."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm

EXTRA_FIELDS = ("centre", "display_name")


class OptionalContactMixin(forms.Form):
    email = forms.EmailField(required=False, label=_("Adresse e-mail (facultative)"))
    last_name = forms.CharField(required=False, label=_("Nom (facultatif)"))


class CentreUserCreationForm(OptionalContactMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(EXTRA_FIELDS)


class CentreUserEditForm(OptionalContactMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(EXTRA_FIELDS)
