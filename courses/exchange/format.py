"""The course exchange format (docs/course-exchange.md): its name, version and limits, the
shape each JSON file must have, and the one walk over StreamField data that finds (and
rewrites) the references to images, documents, exercises, H5P activities and glossary words.

Export writes local ids (1, 2, 3… within the file) where the site had its own keys; import
writes the new site's keys back. Both go through ``remap`` so that they cannot disagree."""

import re

from pasapas.archives import MIB, ArchiveLimits
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

FORMAT = "pasapas-course"
VERSION = 1

MANIFEST = "manifest.json"
MAX_JSON_BYTES = 2 * MIB
LIMITS = ArchiveLimits(
    max_file_bytes=200 * MIB, max_unpacked_bytes=400 * MIB, max_entries=2_000, max_ratio=100
)

# The kinds of things a page or an exercise may point at, as named in the manifest.
IMAGES, DOCUMENTS, EXERCISES, ACTIVITIES, TERMS = (
    "images",
    "documents",
    "exercises",
    "activities",
    "glossary",
)
KINDS = (IMAGES, DOCUMENTS, EXERCISES, ACTIVITIES, TERMS)
FOLDERS = {IMAGES: "images/", DOCUMENTS: "documents/", ACTIVITIES: "activities/"}


def kind_of(block):
    """Which list of the manifest a chooser block's value refers to, or None."""
    if isinstance(block, ImageChooserBlock):
        return IMAGES
    if isinstance(block, DocumentChooserBlock):
        return DOCUMENTS
    if isinstance(block, SnippetChooserBlock):
        label = block.target_model._meta.label_lower
        return {
            "exercises.exercise": EXERCISES,
            "h5p.h5pactivity": ACTIVITIES,
            "courses.glossaryterm": TERMS,
        }.get(label)
    return None


def remap(block, raw, change):
    """raw StreamField data with every reference replaced by change(kind, value); value is
    None or an int, change returns the new value. Unknown children are kept as they are (the
    stream block's own check refuses them later)."""
    if isinstance(block, blocks.StreamBlock):
        out = []
        for item in raw or []:
            if not isinstance(item, dict):
                out.append(item)
                continue
            child = block.child_blocks.get(item.get("type"))
            value = item.get("value")
            out.append({**item, "value": remap(child, value, change) if child else value})
        return out
    if isinstance(block, blocks.StructBlock):
        if not isinstance(raw, dict):
            return raw
        return {
            name: remap(block.child_blocks[name], value, change)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            return raw
        out = []
        for item in raw:
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                out.append({**item, "value": remap(block.child_block, item["value"], change)})
            else:
                out.append(remap(block.child_block, item, change))
        return out
    kind = kind_of(block)
    if kind is not None and raw not in (None, ""):
        return change(kind, raw)
    return raw


def references(block, raw):
    """{kind: set of values} that raw data points at."""
    found = {kind: set() for kind in KINDS}

    def note(kind, value):
        found[kind].add(value)
        return value

    remap(block, raw, note)
    return found


# The shape of each file, checked by hand (a few fields each): {field: (types, required)}.
TEXT, NUMBER, LIST, OBJECT, FLAG = (str,), (int,), (list,), (dict,), (bool,)

MANIFEST_FIELDS = {
    "format": (TEXT, True),
    "version": (NUMBER, True),
    "site": (OBJECT, True),
    "exported_at": (TEXT, True),
    "pages": (LIST, True),
    IMAGES: (LIST, True),
    DOCUMENTS: (LIST, True),
    EXERCISES: (LIST, True),
    ACTIVITIES: (LIST, True),
    TERMS: (LIST, True),
}
PAGE_FIELDS = {
    "type": (TEXT, True),
    "title": (TEXT, True),
    "slug": (TEXT, True),
    "summary": (TEXT, True),
    "objectives": (TEXT, False),
    "duration_minutes": (NUMBER, False),
    "level": (TEXT, False),
    "audience": (TEXT, False),
    "prerequisites": (TEXT, False),
    "cover_image": ((int, type(None)), False),
    "tags": (LIST, False),
    "body": (LIST, False),
}
ITEM_FIELDS = {
    IMAGES: {
        "id": (NUMBER, True),
        "file": (TEXT, True),
        "title": (TEXT, True),
        "alt": (TEXT, True),
    },
    DOCUMENTS: {"id": (NUMBER, True), "file": (TEXT, True), "title": (TEXT, True)},
    ACTIVITIES: {
        "id": (NUMBER, True),
        "file": (TEXT, True),
        "title": (TEXT, True),
        "pass_mark": (NUMBER, True),
        "done_when_viewed": (FLAG, True),
    },
    TERMS: {"id": (NUMBER, True), "term": (TEXT, True), "definition": (TEXT, True)},
    EXERCISES: {"id": (NUMBER, True), "file": (TEXT, True)},
}
EXERCISE_FIELDS = {
    "title": (TEXT, True),
    "instructions": (TEXT, False),
    "body": (LIST, True),
    "hint": (TEXT, False),
    "success_feedback": (TEXT, False),
    "pass_mark": (NUMBER, False),
}
PAGE_TYPES = {"course": "courses.coursepage", "lesson": "courses.lessonpage"}


def shape_problems(data, fields):
    """The names of the fields that are missing, of the wrong type or unknown."""
    if not isinstance(data, dict):
        return ["*"]
    wrong = [name for name in data if name not in fields]
    for name, (types, required) in fields.items():
        if name not in data:
            if required:
                wrong.append(name)
        elif not isinstance(data[name], types) or (
            isinstance(data[name], bool) and bool not in types
        ):
            wrong.append(name)
    return wrong


# A rich-text link to a page names that page by its key on one site: on another site the same
# number is another page. Such links are kept as plain words, on export and again on import.
PAGE_LINK = re.compile(r'<a\b[^>]*\blinktype="page"[^>]*>(.*?)</a>', re.S)


def without_page_links(value):
    """value (StreamField data, any nesting) with every link to a page replaced by its text."""
    if isinstance(value, str):
        return PAGE_LINK.sub(r"\1", value) if 'linktype="page"' in value else value
    if isinstance(value, list):
        return [without_page_links(item) for item in value]
    if isinstance(value, dict):
        return {key: without_page_links(item) for key, item in value.items()}
    return value
