"""What a SCORM package commits, checked on the server: the CMI data scorm-again renders on
Commit, Terminate/Finish and when the page is left ({"cmi": {...}}), read according to the
package's version. Anything the run-time API itself would never produce (an unknown status, a
score out of range, an oversized suspend_data, a time in the wrong format) is a forged commit,
refused whole: nothing of it is stored."""

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

# The data model's own limits (SCORM 1.2 RTE 3.4, SCORM 2004 4th edition RTE 4.2).
LIMITS = {
    "1.2": {"suspend_data": 4096, "location": 255},
    "2004": {"suspend_data": 64000, "location": 1000},
}
MAX_INTERACTIONS = 250
LESSON_STATUS_12 = {"passed", "completed", "failed", "incomplete", "browsed", "not attempted", ""}
EXIT_12 = {"time-out", "suspend", "logout", ""}
COMPLETION_2004 = {"completed", "incomplete", "not attempted", "unknown", ""}
SUCCESS_2004 = {"passed", "failed", "unknown", ""}
EXIT_2004 = {"time-out", "suspend", "logout", "normal", ""}
TIME_12 = re.compile(r"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$")
TIME_2004 = re.compile(
    r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d{1,2})?S)?)?$"
)


class CMIError(ValueError):
    """A commit the run-time API could not have sent; str() is the plain-French reason."""


@dataclass
class ParsedCMI:
    cmi: dict
    completion_status: str
    success_status: str
    score: float | None  # 0 to 1
    location: str
    suspend_data: str
    session_time: str
    total_time: str
    exit: str

    @property
    def passed(self):
        return self.success_status == "passed" or (
            self.success_status in {"", "unknown"} and self.completion_status == "completed"
        )

    @property
    def done(self):
        """Something the learner finished, passed or not (a failed test counts as a try)."""
        return self.completion_status == "completed" or self.success_status in {"passed", "failed"}


def _refused():
    return CMIError(
        _("Les données envoyées par le module sont invalides : rien n'a été enregistré.")
    )


def _text(data, key, limit=None):
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str) or (limit is not None and len(value) > limit):
        raise _refused()
    return value


def _number(value):
    if value in ("", None):
        return None
    if isinstance(value, bool):
        raise _refused()
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _refused() from None
    if number != number or number in (float("inf"), float("-inf")):
        raise _refused()
    return number


def _dict(data, key):
    value = data.get(key) or {}
    if not isinstance(value, dict):
        raise _refused()
    return value


def _time(value, pattern):
    if value and not pattern.match(value):
        raise _refused()
    return value


def _ratio(raw, low, high):
    """raw between low and high as 0..1 (SCORM 1.2 scores are 0..100 by default)."""
    if raw is None:
        return None
    low = 0.0 if low is None else low
    high = 100.0 if high is None else high
    if high <= low:
        return None
    return min(max((raw - low) / (high - low), 0.0), 1.0)


def parse_commit(version: str, data) -> ParsedCMI:
    if not isinstance(data, dict) or not isinstance(data.get("cmi"), dict):
        raise _refused()
    cmi = data["cmi"]
    interactions = _dict(cmi, "interactions")
    if len(interactions) > MAX_INTERACTIONS:
        raise _refused()
    if version == "1.2":
        limits = LIMITS["1.2"]
        core = _dict(cmi, "core")
        status = _text(core, "lesson_status")
        exit_ = _text(core, "exit")
        if status not in LESSON_STATUS_12 or exit_ not in EXIT_12:
            raise _refused()
        score = _dict(core, "score")
        raw, low, high = (_number(score.get(k)) for k in ("raw", "min", "max"))
        if raw is not None and not 0 <= raw <= 100:
            raise _refused()
        completion = {
            "passed": "completed",
            "completed": "completed",
            "failed": "completed",
            "incomplete": "incomplete",
            "browsed": "incomplete",
            "not attempted": "not attempted",
        }.get(status, "")
        success = {"passed": "passed", "failed": "failed"}.get(status, "")
        return ParsedCMI(
            cmi=cmi,
            completion_status=completion,
            success_status=success,
            score=_ratio(raw, low, high),
            location=_text(core, "lesson_location", limits["location"]),
            suspend_data=_text(cmi, "suspend_data", limits["suspend_data"]),
            session_time=_time(_text(core, "session_time", 32), TIME_12),
            total_time=_time(_text(core, "total_time", 32), TIME_12),
            exit=exit_,
        )
    limits = LIMITS["2004"]
    completion = _text(cmi, "completion_status")
    success = _text(cmi, "success_status")
    exit_ = _text(cmi, "exit")
    if completion not in COMPLETION_2004 or success not in SUCCESS_2004 or exit_ not in EXIT_2004:
        raise _refused()
    score = _dict(cmi, "score")
    scaled = _number(score.get("scaled"))
    if scaled is not None and not -1 <= scaled <= 1:
        raise _refused()
    raw, low, high = (_number(score.get(k)) for k in ("raw", "min", "max"))
    ratio = max(scaled, 0.0) if scaled is not None else _ratio(raw, low, high)
    return ParsedCMI(
        cmi=cmi,
        completion_status=completion,
        success_status=success,
        score=ratio,
        location=_text(cmi, "location", limits["location"]),
        suspend_data=_text(cmi, "suspend_data", limits["suspend_data"]),
        session_time=_time(_text(cmi, "session_time", 32), TIME_2004),
        total_time=_time(_text(cmi, "total_time", 32), TIME_2004),
        exit=exit_,
    )


def resume_data(version: str, attempt) -> dict:
    """What the player loads into scorm-again to resume an attempt: the stored CMI with the
    entry set to resume and no session time (a new session starts)."""
    cmi = dict(attempt.cmi or {})
    if version == "1.2":
        core = dict(cmi.get("core") or {})
        core["entry"] = "resume"
        core.pop("session_time", None)
        core["total_time"] = attempt.total_time or "0000:00:00"
        cmi["core"] = core
    else:
        cmi["entry"] = "resume"
        cmi.pop("session_time", None)
        cmi["total_time"] = attempt.total_time or "PT0S"
    return cmi
