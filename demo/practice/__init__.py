"""The demo's exercises, one module per track, placed in the lessons of `demo.content`.

Each constant is an exercise spec for the loader (see ``DemoLoader.exercise``): a lesson body
places it with ``("exercise", practice.NAME)``. The helpers below only build the plain values
the exercise types accept; the loader runs each type's checks when it stores the exercise.

Everything here is fictional: names, addresses, numbers, and every e-mail or web address of a
scam example ends in ``.example``. Phone numbers come from the ranges the ARCEP keeps for
fiction (01 99 00 xx xx, 06 39 98 xx xx)."""

from ..drawing import HEIGHT, WIDTH


def exercise(title, kind, value, *, instructions, hint="", success="", required=True, **extra):
    """One spec. ``required`` exercises must be passed to complete the lesson; extra practice
    is marked ``required=False``."""
    spec = {
        "title": title,
        "kind": kind,
        "instructions": instructions,
        "hint": hint,
        "success": success,
        "required": required,
        "value": value,
    }
    spec.update(extra)
    return spec


# Choices ---------------------------------------------------------------------------------------


def right(text, feedback=""):
    return {"text": text, "correct": True, "feedback": feedback}


def wrong(text, feedback=""):
    return {"text": text, "correct": False, "feedback": feedback}


def true(text, feedback=""):
    return {"text": text, "is_true": True, "feedback": feedback}


def false(text, feedback=""):
    return {"text": text, "is_true": False, "feedback": feedback}


# Drills ----------------------------------------------------------------------------------------


def typed(prompt, expected, help=""):
    return {"type": "typed", "value": {"prompt": prompt, "expected": expected, "help": help}}


def shortcut(name, prompt="", practice_text="", help=""):
    return {
        "type": "shortcut",
        "value": {"shortcut": name, "prompt": prompt, "practice_text": practice_text, "help": help},
    }


# Simulated procedures -------------------------------------------------------------------------


def step(title, explanation, fields, hint=""):
    return {"title": title, "explanation": explanation, "hint": hint, "fields": fields}


def field(label, kind="text", rule="required", expected="", choices=(), error=""):
    return {
        "label": label,
        "kind": kind,
        "choices": "\n".join(choices),
        "rule": rule,
        "expected": expected,
        "error_message": error,
    }


# Click on the picture -------------------------------------------------------------------------


def box(left, top, right_edge, bottom, label=""):
    """A right zone drawn in pixels of the illustration (its 960 x 600 canvas), stored in
    percent as the click_image type wants it."""

    def percent(value, size):
        return round(100 * value / size, 2)

    return {
        "x": percent(left, WIDTH),
        "y": percent(top, HEIGHT),
        "width": percent(right_edge - left, WIDTH),
        "height": percent(bottom - top, HEIGHT),
        "label": label,
    }


def on_picture(illustration, question, zones, feedback_miss):
    """A click_image value built at load time: the illustration must be stored first."""

    def value(loader):
        return {
            "image": loader.image(illustration).pk,
            "question": question,
            "zones": zones,
            "feedback_miss": feedback_miss,
        }

    value.illustration = illustration  # for the checks that look at the picture
    value.zones = zones
    return value
