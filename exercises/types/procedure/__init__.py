"""Démarche simulée: a fictional public-service website, filled in step by step.

The author writes the steps and, for each field, the check it must pass. The server checks
steps 1..``upto`` (the learner's current step with JavaScript, every step without), and the
template shows the first step to fix, or the next one. A file is checked (type and size)
and never kept: the answer only says that a valid file was attached, and a signed token in
the page keeps the step valid without sending the file again."""

from dataclasses import dataclass, field

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ...registry import AnswerError, ExerciseType, Outcome, known, one, only_keys, register
from .blocks import ProcedureBlock
from .files import file_from_token, file_token, upload_state
from .values import CHECKED, field_choices, plain
from .view import page_view, procedure_steps

__all__ = ["Procedure", "ProcedureBlock", "ProcedureOutcome", "file_token", "procedure_steps"]


@dataclass
class ProcedureOutcome(Outcome):
    """An outcome that also carries the page to show: the step to fix, or the next one."""

    view: dict = field(default_factory=dict)


class Procedure(ExerciseType):
    name = "procedure"
    label = _("Démarche simulée")
    order = 100
    block_class = ProcedureBlock
    template = "exercises/types/procedure.html"
    script = "exercises/procedure.js"
    accepts_files = True

    def prepare(self, value, exercise):
        view, _items, _points = page_view(value)
        return {"view": view}

    def parse(self, value, data, files):
        structure = procedure_steps(value)
        fields = [(key, item) for _s, _step, pairs in structure for key, item in pairs]
        file_keys = {key for key, item in fields if item["kind"] == "file"}
        # A file input left empty is posted as an empty text field: allowed, but only empty.
        allowed = ["upto", *(f"f-{k}" for k, _i in fields), *(f"t-{k}" for k in file_keys)]
        only_keys(data, allowed)
        if set(files.keys()) - {f"f-{k}" for k in file_keys}:
            raise AnswerError(gettext("Un fichier a été envoyé dans un champ qui n'en attend pas."))
        total = len(structure)
        upto = one(data, "upto", required=False)
        if upto is None:
            upto = total
        elif upto.isdigit() and 1 <= int(upto) <= total:
            upto = int(upto)
        else:
            raise AnswerError(gettext("Cette étape ne fait pas partie de l'exercice."))
        values, attached = {}, {}
        for key, item in fields:
            if key in file_keys:
                if one(data, f"f-{key}", required=False) is not None:
                    raise AnswerError(gettext("Ce champ attend un fichier, pas un texte."))
                uploads = files.getlist(f"f-{key}")
                if len(uploads) > 1:
                    raise AnswerError(gettext("Un seul fichier par champ."))
                if uploads:
                    attached[key] = upload_state(uploads[0])
                else:
                    token = one(data, f"t-{key}", required=False)
                    if token is not None:
                        attached[key] = {"attached": file_from_token(key, token)}
                continue
            given = one(data, f"f-{key}", required=False)
            if given is None:
                continue
            if item["kind"] == "select":
                known(given, set(field_choices(item)))
            elif item["kind"] == "checkbox":
                known(given, {CHECKED})
            values[key] = given
        return {"upto": upto, "values": values, "files": attached}

    def score(self, value, answer):
        view, items, points = page_view(value, answer if isinstance(answer, dict) else {})
        return ProcedureOutcome(points, view["total"], items, "", view)

    def is_final(self, value, answer):
        return answer.get("upto", 0) >= len(procedure_steps(value))

    def secrets(self, value):
        """Expected values the page does not show on purpose: the steps' explanations (and
        titles, labels, choices) are on the page, so values written there are not secrets."""
        shown = [value["site_name"]]
        for _key, step, fields in procedure_steps(value):
            shown += [step["title"], step["explanation"]]
            for _k, item in fields:
                shown += [item["label"], *field_choices(item)]
        public = plain("\n".join(shown))
        return [
            item["expected"]
            for _s, _step, fields in procedure_steps(value)
            for _k, item in fields
            if item["rule"] == "exact"
            and item["kind"] != "select"  # a choice is on the page; which one is the secret
            and (item["expected"] or "").strip()
            and plain(item["expected"]) not in public
        ]

    def example_answers(self, value):
        structure = procedure_steps(value)
        right = {step: {} for step, _s, _f in structure}
        for step_key, _step, fields in structure:
            for key, item in fields:
                right[step_key].update(_right_field(key, item))
        everything = {k: v for fields in right.values() for k, v in fields.items()}
        partial = None
        if len(structure) > 1:
            # Every step right but the last: its fields are left empty.
            partial = {k: v for step, fields in list(right.items())[:-1] for k, v in fields.items()}
        return {"right": everything, "wrong": {"upto": str(len(structure))}, "partial": partial}


def _right_field(key, item):
    """A value that passes the field's check, as the form would post it."""
    rule, kind = item["rule"], item["kind"]
    if kind == "file":
        return {f"t-{key}": file_token(key, "justificatif.pdf")}
    if rule == "checked":
        return {f"f-{key}": CHECKED}
    if rule == "exact":
        expected = item["expected"]
        if kind == "select":
            expected = next(c for c in field_choices(item) if plain(c) == plain(expected))
        return {f"f-{key}": expected}
    if kind == "select":
        return {f"f-{key}": field_choices(item)[0]}
    sample = {"email": "lucie.martin@courriel.example", "date": "12/03/1950", "postcode": "45000"}
    return {f"f-{key}": sample.get(rule, "8 rue des Lilas")}


register(Procedure())
