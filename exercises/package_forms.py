"""The admin form every uploaded package (H5P, SCORM) shares: the file is checked before
anything is stored, a new file replaces an existing activity's content, and a new activity
saved as a draft stays a draft. Each plugin says how it checks and imports its own kind."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from pasapas.archives import ArchiveError
from wagtail.admin.forms import WagtailAdminModelForm


class PackageUploadForm(WagtailAdminModelForm):
    """Subclasses declare the `package` file field and set the class attributes below."""

    extension = ""  # ".h5p", ".zip"
    wrong_extension_message = ""  # « Choisissez un fichier .h5p. »
    missing_title_message = ""  # « Donnez un titre à l'activité. »

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["package"].required = self.instance.pk is None
        self.fields["package"].widget.attrs["accept"] = self.extension

    def check_package(self, upload):
        """Raise ArchiveError with every problem of the upload; store nothing."""
        raise NotImplementedError

    def import_package(self, upload, *, title, existing):
        """Store the upload (as `existing`'s new content when given); return the instance."""
        raise NotImplementedError

    def fields_to_save(self, *, created):
        """Copy what the form changes onto the instance; return the fields to write."""
        return ["title", "live", "updated_at"]

    def clean_package(self):
        upload = self.cleaned_data.get("package")
        if not isinstance(upload, UploadedFile):  # no new file: the stored one stays
            return None
        if not upload.name.lower().endswith(self.extension):
            raise forms.ValidationError(self.wrong_extension_message, code="extension")
        try:
            self.check_package(upload)
        except ArchiveError as error:
            raise forms.ValidationError(error.problems, code="package") from error
        upload.seek(0)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("title") and not cleaned.get("package") and self.instance.pk:
            self.add_error("title", self.missing_title_message)
        return cleaned

    def save(self, commit=True):
        upload = self.cleaned_data.get("package")
        title = self.cleaned_data.get("title", "")
        # A new activity saved as a draft stays a draft (the import would make it live).
        created, live = self.instance.pk is None, self.instance.live
        if upload:
            try:
                self.instance = self.import_package(
                    upload, title=title, existing=None if created else self.instance
                )
            except ArchiveError as error:
                # Checked in clean(); still refused here when the disk fills up meanwhile.
                self.add_error("package", error.problems)
                raise forms.ValidationError(error.problems) from error
            if created:
                self.instance.live = live
        self.instance.title = title or self.instance.title
        fields = self.fields_to_save(created=created)
        if commit:
            self.instance.save(update_fields=fields)
        return self.instance
