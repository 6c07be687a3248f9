"""The demo tracks, as plain data. `demo/loader.py` turns them into pages.

Each track module defines ``TRACK`` (a dict), ``GLOSSARY`` (a list of (term, definition)) and
``SHEETS`` (printable memo sheets, a dict name -> {"title": str, "lines": [str, ...]}).

TRACK = {
    "slug": "bases-ordinateur", "title": str, "summary": str (<= 400 chars),
    "level": "beginner" | "intermediate" | "advanced", "duration_minutes": int,
    "audience": str, "objectives": [str], "prerequisites": [str], "tags": [str],
    "cover": illustration name,
    "facilitators_only": bool (optional: a view restriction to the facilitators' group),
    "lessons": [{
        "slug": str, "title": str, "summary": str (one sentence, <= 255 chars),
        "objectives": [str], "duration_minutes": int, "tags": [str],
        "body": [
            ("text", "<h2>…</h2><p>…</p>"),      # tags: h2 h3 p b i ol ul li a(href)
            ("image", {"illustration": name, "caption": str}),
            ("steps", {"title": str, "steps": [
                {"instruction": "<p>…</p>", "screenshot": name or None, "tip": str}]}),
            ("callout", {"kind": "tip" | "warning" | "remember", "text": "<p>…</p>"}),
            ("glossary_term", term),            # a term of some GLOSSARY
            ("document", {"sheet": name, "title": str, "description": str}),
            ("exercise", spec),                 # an exercise of `demo.practice`
        ],
    }],
}
"""

from . import eadmin, facilitators, internet, jobs, office, pc_basics, photo

MODULES = [pc_basics, internet, office, photo, eadmin, jobs, facilitators]
TRACKS = [module.TRACK for module in MODULES]
GLOSSARY = [entry for module in MODULES for entry in module.GLOSSARY]
SHEETS = {name: sheet for module in MODULES for name, sheet in module.SHEETS.items()}
