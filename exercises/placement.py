"""Where exercises and H5P activities are placed: read from a lesson's raw stream data, so
that checking a post costs one query and builds no block values."""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings

# The lesson blocks that place something to pass, and the field naming what they place.
PLACING_BLOCKS = {"exercise": "exercise", "h5p_activity": "activity", "scorm_package": "package"}
# block type -> the model it names (register_placed_model).
PLACED_MODELS = {}


@dataclass
class Required:
    exercises: list = field(default_factory=list)
    activities: list = field(default_factory=list)
    scorm: list = field(default_factory=list)


def _placed(lesson):
    return _placed_in(lesson.body.raw_data)


def _placed_in(raw_data):
    for block in raw_data:
        name = PLACING_BLOCKS.get(block.get("type"))
        value = block.get("value") or {}
        if name and value.get(name):
            yield block["type"], value[name], bool(value.get("required"))


def lesson_model():
    """The lesson page model (settings.EXERCISES_LESSON_MODEL), looked up by name: lessons
    place activities, so activities cannot import lessons."""
    return apps.get_model(settings.EXERCISES_LESSON_MODEL, require_ready=True)


def live_lesson_holding(lesson_id, block_type, pk):
    """The live lesson a post names, provided it really holds that exercise or activity."""
    lessons = lesson_model()
    try:
        lesson = lessons.objects.live().get(pk=int(lesson_id))
    except (TypeError, ValueError, lessons.DoesNotExist):
        return None
    if any(kind == block_type and placed == pk for kind, placed, _ in _placed(lesson)):
        return lesson
    return None


def readable_by(lesson, request):
    """Whether the person may read the lesson: every view restriction on it or above it (a
    group, a password, signing in) lets their request through, as when the page is served."""
    return all(
        restriction.accept_request(request) for restriction in lesson.get_view_restrictions()
    )


def answerable_lesson(request, lesson_id, block_type, pk):
    """The live lesson an answer names, provided it holds that exercise or activity and the
    person may read it: every endpoint that records an answer (native, H5P, SCORM) asks here,
    so a lesson kept for facilitators is never answered by a learner who guessed its id."""
    lesson = live_lesson_holding(lesson_id, block_type, pk)
    if lesson is None or not readable_by(lesson, request):
        return None
    return lesson


def register_placed_model(block_type, model):
    """The model a placing block names, whose live rows only are required: each exercise
    plugin registers its own when it starts, so that this framework imports none of them."""
    PLACED_MODELS[block_type] = model


def _only_live(block_type, pks):
    if not pks or block_type not in PLACED_MODELS:
        return []
    model = PLACED_MODELS[block_type]
    live = set(model.objects.filter(pk__in=pks, live=True).values_list("pk", flat=True))
    return [pk for pk in pks if pk in live]


def required_in_lesson(lesson):
    """What must be passed to complete the lesson: the live exercises and activities placed
    as required (one deleted or unpublished since no longer blocks the lesson)."""
    required = Required()
    lists = {
        "exercise": required.exercises,
        "h5p_activity": required.activities,
        "scorm_package": required.scorm,
    }
    for kind, pk, is_required in _placed(lesson):
        if is_required:
            lists[kind].append(pk)
    required.exercises = _only_live("exercise", required.exercises)
    required.activities = _only_live("h5p_activity", required.activities)
    required.scorm = _only_live("scorm_package", required.scorm)
    return required


def required_titles_in_lessons(bodies):
    """What must be passed in each of several lessons, {lesson id: [(kind, pk, title)]}, from
    their raw bodies ({lesson id: stream}), in two queries whatever their number: the live
    exercises and activities placed as required, with their titles."""
    placed = {
        lesson_id: [(kind, pk) for kind, pk, required in _placed_in(raw) if required]
        for lesson_id, raw in bodies.items()
    }
    wanted = {}
    for items in placed.values():
        for kind, pk in items:
            wanted.setdefault(kind, set()).add(pk)
    titles = {}
    for kind, pks in wanted.items():
        if kind not in PLACED_MODELS:
            continue
        rows = PLACED_MODELS[kind].objects.filter(pk__in=pks, live=True)
        titles.update({(kind, pk): title for pk, title in rows.values_list("pk", "title")})
    return {
        lesson_id: [(kind, pk, titles[kind, pk]) for kind, pk in items if (kind, pk) in titles]
        for lesson_id, items in placed.items()
        if items
    }
