"""The Wagtail hooks through which apps of a higher layer hear about workshops (they register,
workshops calls): workshops never import them (docs/architecture.md)."""

from wagtail import hooks

# fn(enrolment=): the facilitator marked a person present or absent (enrolment.attended).
ATTENDANCE_TAKEN = "pasapas_attendance_taken"


def attendance_taken(*, enrolment):
    for hook in hooks.get_hooks(ATTENDANCE_TAKEN):
        hook(enrolment=enrolment)
