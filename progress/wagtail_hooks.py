from wagtail import hooks

from accounts.hooks import LEARNER_DETAIL_CONTEXT, LEARNERS_LISTED

from . import selectors, services


@hooks.register(LEARNERS_LISTED)
def progress_of_listed_learners(learners):
    """The facilitator's list of learners counts each one's lessons started and completed."""
    summary = selectors.progress_summary_for(learners)
    for learner in learners:
        learner.progress = summary.get(learner.pk, {"started": 0, "completed": 0})


@hooks.register(LEARNER_DETAIL_CONTEXT)
def progress_of_one_learner(learner):
    return {"courses": selectors.courses_progress(learner)}


@hooks.register("before_serve_page")
def record_lesson_visit(page, request, serve_args, serve_kwargs):
    """A signed-in person opening a lesson starts it, and it becomes where to resume."""
    from courses.models import LessonPage

    if isinstance(page, LessonPage) and request.user.is_authenticated:
        # Kept on the request: the page's « J'ai terminé » box reads it without a new query.
        request.lesson_progress = services.lesson_visit(user=request.user, lesson=page)


# --- Before a deletion: say whose records are here, and offer to unpublish instead -------------


def _warn_before_deleting(request, count, unpublish_url):
    from django.utils.translation import ngettext
    from wagtail.admin import messages

    if request.method != "GET" or not count:
        return
    text = ngettext(
        "%(count)s personne a des résultats ici. Ils seront gardés, mais ce contenu "
        "disparaîtra pour tout le monde : vous pouvez plutôt le dépublier.",
        "%(count)s personnes ont des résultats ici. Ils seront gardés, mais ce contenu "
        "disparaîtra pour tout le monde : vous pouvez plutôt le dépublier.",
        count,
    ) % {"count": count}
    buttons = []
    if unpublish_url:
        from django.utils.translation import gettext

        buttons.append(messages.button(unpublish_url, gettext("Dépublier plutôt")))
    messages.warning(request, text, buttons=buttons)


@hooks.register("before_delete_page")
def warn_before_deleting_a_page(request, page):
    from django.urls import reverse

    from . import selectors

    if request.method != "GET":
        return
    count = selectors.people_with_records(pages=[page])
    url = reverse("wagtailadmin_pages:unpublish", args=[page.pk]) if page.live else None
    _warn_before_deleting(request, count, url)


@hooks.register("before_delete_snippet")
def warn_before_deleting_an_exercise(request, instances):
    from exercises.h5p.models import H5PActivity
    from exercises.models import Exercise

    from . import selectors

    if request.method != "GET":
        return
    exercises = [i for i in instances if isinstance(i, Exercise)]
    activities = [i for i in instances if isinstance(i, H5PActivity)]
    if not (exercises or activities):
        return
    count = selectors.people_with_records(exercises=exercises, activities=activities)
    url = None
    if len(instances) == 1 and getattr(instances[0], "live", False):
        viewset = instances[0].snippet_viewset
        from django.urls import reverse

        url = reverse(viewset.get_url_name("unpublish"), args=[instances[0].pk])
    _warn_before_deleting(request, count, url)
