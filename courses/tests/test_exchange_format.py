"""The exchange format's pure parts: the reference walk, the shapes, links to pages."""

from courses.exchange.format import (
    ACTIVITIES,
    EXERCISES,
    IMAGES,
    PAGE_FIELDS,
    references,
    remap,
    shape_problems,
    without_page_links,
)
from courses.models import LessonPage

BODY = [
    {"type": "image", "value": {"image": 7, "alt_text": "", "caption": "c"}, "id": "a"},
    {
        "type": "steps",
        "value": {
            "title": "t",
            "steps": [
                {"type": "item", "value": {"instruction": "<p>x</p>", "screenshot": 9}, "id": "b"},
                {"instruction": "<p>y</p>", "screenshot": None},
            ],
        },
    },
    {"type": "exercise", "value": {"exercise": 3, "required": True}},
    {"type": "h5p_activity", "value": {"activity": 4, "required": False}},
    {"type": "nonsense", "value": {"image": 99}},
]


def test_every_reference_is_found_and_rewritten_and_nothing_else():
    block = LessonPage._meta.get_field("body").stream_block
    found = references(block, BODY)
    assert found[IMAGES] == {7, 9} and found[EXERCISES] == {3} and found[ACTIVITIES] == {4}
    moved = remap(block, BODY, lambda kind, value: f"{kind}:{value}")
    assert moved[0]["value"]["image"] == "images:7"
    assert moved[1]["value"]["steps"][0]["value"]["screenshot"] == "images:9"
    assert moved[1]["value"]["steps"][1]["screenshot"] is None
    assert moved[2]["value"] == {"exercise": "exercises:3", "required": True}
    assert moved[4] == BODY[4]  # an unknown block is left for the blocks' own check to refuse
    assert BODY[0]["value"]["image"] == 7  # the original is untouched


def test_shapes_name_what_is_missing_unknown_or_of_the_wrong_type():
    page = {"type": "lesson", "title": "T", "slug": "t", "summary": "s"}
    assert shape_problems(page, PAGE_FIELDS) == []
    assert shape_problems({**page, "duration_minutes": True}, PAGE_FIELDS) == ["duration_minutes"]
    assert shape_problems({**page, "extra": 1}, PAGE_FIELDS) == ["extra"]
    assert shape_problems({"type": "lesson"}, PAGE_FIELDS) == ["title", "slug", "summary"]
    assert shape_problems([], PAGE_FIELDS) == ["*"]


def test_links_to_pages_become_plain_words():
    text = '<p>Voir <a linktype="page" id="12">la leçon 2</a> et <a href="https://x.fr">x</a>.</p>'
    assert without_page_links({"a": [text]}) == {
        "a": ['<p>Voir la leçon 2 et <a href="https://x.fr">x</a>.</p>']
    }
