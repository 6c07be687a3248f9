from wagtail import hooks

from progress.hooks import MY_PATH_CONTEXT

from .selectors import certificates_by_course


@hooks.register(MY_PATH_CONTEXT)
def certificates_on_my_path(request):
    """Each finished course on « Mon parcours » offers its certificate."""
    return {"certificates": certificates_by_course(request.user)}
