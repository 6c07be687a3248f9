"""A snippet chooser block whose chosen objects come from the shared cache: an exercise or an
H5P activity is the same for every learner, so a lesson need not read them on every view.
The cache key holds a stamp of the model, renewed whenever one of its rows is saved (an edit,
a publication) or deleted (exercises.apps): the next view reads them again."""

import copy

from pasapas import kept
from pasapas.stamps import renew, stamp
from wagtail.snippets.blocks import SnippetChooserBlock

# Models whose objects blocks keep in the cache (labels), for the receiver below.
CACHED_MODELS = set()
TIMEOUT = 60 * 60


def _stamp_name(label):
    return f"chosen:{label}"


class CachedSnippetChooserBlock(SnippetChooserBlock):
    def bulk_to_python(self, values):
        label = self.model_class._meta.label
        CACHED_MODELS.add(label)
        ids = [value for value in values if value is not None]
        key = f"chosen:{label}:{stamp(_stamp_name(label))}:{','.join(map(str, sorted(set(ids))))}"
        # Kept unpickled in the process too (pasapas.kept): unpickling an exercise deserialises
        # its whole body, a twelfth of a signed-in lesson's time (issue 25).
        objects = kept.get(key, TIMEOUT)
        if objects is None:
            objects = self.model_class.objects.in_bulk(ids)
            kept.set(key, objects, TIMEOUT)
        objects = {pk: copy.copy(obj) for pk, obj in objects.items()}  # each page its own
        # One object each time an id appears, as Wagtail's own.
        result, seen = [], set()
        for value in values:
            obj = objects.get(value)
            if obj is not None and value in seen:
                obj = self.model_class.objects.get(pk=value)
            seen.add(value)
            result.append(obj)
        return result

    def deconstruct(self):
        # Migrations keep Wagtail's own path: the stored definition does not change.
        return ("wagtail.snippets.blocks.SnippetChooserBlock", *super().deconstruct()[1:])


def chosen_stamp(label):
    """Part of the key of whatever shows objects of that model (courses.anonymous_pages)."""
    return stamp(_stamp_name(label))


def renew_chosen(sender, **kwargs):
    """A receiver for any model's save or delete: only the cached ones count."""
    label = sender._meta.label
    if label in CACHED_MODELS or label in ALWAYS:
        renew(_stamp_name(label))


# Renewed even before a first lesson is read in this process (another process may have cached).
ALWAYS = {"exercises.Exercise", "h5p.H5PActivity"}
