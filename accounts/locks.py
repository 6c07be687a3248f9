"""A person's own lock: the row of their account, held until the transaction ends.

A limit counted then written (posts per hour, statements per learner, a pairing of a mentor
whose role may be withdrawn at that moment) holds only if the count and the write of one person
happen one at a time; on PostgreSQL this row lock makes them so. Take it inside
transaction.atomic(), before counting."""

from django.contrib.auth import get_user_model


def person_lock(person):
    """Lock `person`'s account row until the end of the current transaction."""
    get_user_model().objects.select_for_update().filter(pk=person.pk).values_list("pk").first()
