"""Reads of the images app: who may see a picture's original file."""

from wagtail.images import get_image_model
from wagtail.permissions import policy_registry


def images_user_may_change(user):
    policy = policy_registry.get_by_type(get_image_model())
    return policy.instances_user_has_permission_for(user, "change")


def original_visible_to(user, name):
    """An original with a hidden area (a blurred or covered name, number…) is shown only to
    those who may change the picture; every other original, as before, to anyone with its
    address (the site hands out renditions only)."""
    images = list(get_image_model().objects.filter(file=name).only("pk", "annotations"))
    if not any(image.hides_something for image in images):
        return True
    if not user.is_authenticated:
        return False
    return images_user_may_change(user).filter(pk__in=[image.pk for image in images]).exists()
