"""The procedure's structure, and what the template shows of it, with the verdicts when there
is an answer."""

import hashlib
import json

from django.utils.translation import gettext_lazy as _

from ...registry import ItemResult, keyed
from .files import FILE_EXTENSIONS, MAX_FILE_BYTES, check_file, file_token
from .values import check_value, field_choices


def procedure_steps(value):
    """[(step key, step, [(field key, field)])]. A field's key is its uuid; without one (a
    value not saved yet), its place in its step, so that fields stay apart."""
    steps = []
    for step_key, step in keyed(value["steps"]):
        fields = [
            (k if not k.isdigit() else f"{step_key}_{k}", item) for k, item in keyed(step["fields"])
        ]
        steps.append((step_key, step, fields))
    return steps


def _initials(name):
    letters = [word[0] for word in name.split() if word[:1].isupper()]
    return "".join(letters[:3]) or name[:1].upper()


def _file_number(answer):
    """A fictional file number, the same each time the same answer is shown."""
    data = json.dumps(answer.get("values", {}), sort_keys=True, ensure_ascii=True)
    digits = str(int(hashlib.sha256(data.encode()).hexdigest(), 16))[-8:]
    return f"DEMO-{digits[:4]}-{digits[4:]}"


HELP = {
    "date": _("Au format JJ/MM/AAAA, par exemple : 05/09/1948"),
    "postcode": _("5 chiffres, par exemple : 45000"),
    "email": _("Format attendu : nom@domaine.fr"),
    "file": _("Formats acceptés : PDF, JPG ou PNG. Taille maximale : 2 Mo."),
}


def _read(answer, total):
    """The parts of a stored answer, tolerating answers from an older version."""
    answer = answer if isinstance(answer, dict) else {}
    values = answer.get("values") if isinstance(answer.get("values"), dict) else {}
    files = answer.get("files") if isinstance(answer.get("files"), dict) else {}
    upto = answer.get("upto")
    if not isinstance(upto, int) or isinstance(upto, bool):
        upto = total
    return values, files, max(0, min(upto, total))


def page_view(value, answer=None):
    """Everything the template shows, and the verdicts when there is an answer."""
    structure = procedure_steps(value)
    total = len(structure)
    answered = answer is not None
    values, files, upto = _read(answer, total) if answered else ({}, {}, 0)
    steps, items, points, first_error = [], [], 0, None
    for number, (step_key, step, fields) in enumerate(structure, 1):
        checked = answered and number <= upto
        shown_fields, errors = [], []
        for key, item in fields:
            kind = item["kind"]
            shown = {
                "key": key,
                "label": item["label"],
                "kind": kind,
                "choices": field_choices(item) if kind == "select" else [],
                "help": HELP.get(kind, ""),
                "value": "",
                "attached": "",
                "token": "",
                "error": "",
            }
            if kind == "file":
                state = files.get(key)
                if isinstance(state, dict) and state.get("attached"):
                    shown["attached"] = str(state["attached"])
                    shown["token"] = file_token(key, shown["attached"])
            else:
                given = values.get(key)
                shown["value"] = given if isinstance(given, str) else ""
            if checked:
                if kind == "file":
                    passed, message = check_file(item, files.get(key))
                else:
                    passed, message = check_value(item, shown["value"])
                items.append(ItemResult(key, passed, message))
                if not passed:
                    shown["error"] = message
                    errors.append(shown)
            shown["described"] = [
                part
                for part, present in (
                    ("help", shown["help"]),
                    ("attached", shown["attached"]),
                    ("error", shown["error"]),
                )
                if present
            ]
            shown_fields.append(shown)
        passed = checked and not errors
        points += passed
        if checked:
            items.append(ItemResult(f"step-{step_key}", passed, "" if passed else step["hint"]))
            if not passed and first_error is None:
                first_error = number
        steps.append(
            {
                "number": number,
                "key": step_key,
                "title": step["title"],
                "explanation": step["explanation"],
                "hint": step["hint"] if checked and not passed else "",
                "checked": checked,
                "passed": passed,
                "errors": errors,
                "fields": shown_fields,
            }
        )
    if not answered:
        state, current = "start", 1
    elif first_error is not None:
        state, current = "error", first_error
    elif upto < total:
        state, current = "next", upto + 1
    else:
        state, current = "done", total
    if state == "next":
        steps[current - 1]["after"] = current - 1
    view = {
        "site_name": value["site_name"],
        "initials": _initials(value["site_name"]),
        "total": total,
        "state": state,
        "current": current,
        "max_bytes": MAX_FILE_BYTES,
        "accept": ",".join(f".{e}" for e in FILE_EXTENSIONS),
        "file_number": _file_number(answer) if state == "done" else "",
        "steps": steps,
    }
    return view, items, points
