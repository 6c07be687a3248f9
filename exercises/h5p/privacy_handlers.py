"""RGPD: the activities a person uploaded name them until they are erased (their H5P states
and statements are learner records: progress.privacy_handlers)."""

from accounts import privacy

from .models import H5PActivity


def export_uploads(user):
    return [
        {"activity_id": pk, "title": title}
        for pk, title in H5PActivity.objects.filter(uploaded_by=user).values_list("pk", "title")
    ]


def erase_uploads(user):
    H5PActivity.objects.filter(uploaded_by=user).update(uploaded_by=None)
    # Wagtail's edit lock points at the person too: released.
    H5PActivity.objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)


privacy.register("h5p.H5PActivity", export=export_uploads, erase=erase_uploads)
