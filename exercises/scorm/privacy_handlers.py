"""RGPD: the packages a person uploaded name them until they are erased (what learners did in
them is learner records: progress.privacy_handlers)."""

from accounts import privacy

from .models import ScormPackage


def export_uploads(user):
    return [
        {"package_id": pk, "title": title}
        for pk, title in ScormPackage.objects.filter(uploaded_by=user).values_list("pk", "title")
    ]


def erase_uploads(user):
    ScormPackage.objects.filter(uploaded_by=user).update(uploaded_by=None)
    # Wagtail's edit lock points at the person too: released.
    ScormPackage.objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)


privacy.register("scorm.ScormPackage", export=export_uploads, erase=erase_uploads)
