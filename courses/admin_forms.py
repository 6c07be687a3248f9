"""The admin forms of courses and lessons: what a new author meets first. A new lesson starts
from the house outline; an address already taken by a draft nobody finished never blocks a page,
and any other clash says plainly what to do."""

import json
import uuid

from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm


def to_fill():
    """The start of a text an author must replace: refused at publication, never in a draft."""
    return _("À compléter :")


def lesson_outline():
    """The house structure of a lesson: why it helps, three steps, « À retenir », a question."""

    def block(kind, value):
        return {"type": kind, "value": value, "id": str(uuid.uuid4())}

    empty_step = {"instruction": "", "screenshot": None, "tip": ""}
    return [
        block(
            "text",
            format_html(
                "<h2>{}</h2><p>{} {}</p>",
                _("Ce que vous allez apprendre"),
                to_fill(),
                _("en deux phrases simples, à quoi cela sert dans la vie de tous les jours."),
            ),
        ),
        block(
            "steps",
            {
                "title": "",
                "steps": [
                    {"type": "item", "value": dict(empty_step), "id": str(uuid.uuid4())}
                    for _step in range(3)
                ],
            },
        ),
        block(
            "callout",
            {
                "kind": "remember",
                "text": format_html(
                    "<p>{} {}</p>", to_fill(), _("l'essentiel à retenir, en une ou deux phrases.")
                ),
            },
        ),
        block("exercise", {"exercise": None, "required": True}),
    ]


def _is_abandoned_draft(page):
    """A page saved by the editor (autosave included) but never published."""
    return not page.live and page.first_published_at is None


class PlainSlugFormMixin:
    """Two pages of one course cannot share an address. When the other one is a draft nobody
    finished (an abandoned « Ajouter » form is kept by autosave), the new page simply takes the
    next free address; when it is a real page, the message says what to do."""

    def clean(self):
        slug = self.cleaned_data.get("slug")
        parent = getattr(self, "parent_page", None)
        if slug and parent is not None:
            clash = parent.get_children().filter(slug=slug)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            clash = clash.first()
            if clash is not None and _is_abandoned_draft(clash):
                self.cleaned_data["slug"] = self._free_slug(parent, slug)
        cleaned_data = super().clean()
        if "slug" in self.errors:
            self.errors["slug"] = self.error_class(
                [
                    _(
                        "Une autre page de cet atelier a déjà l'adresse « %(slug)s ». Changez "
                        "le titre, ou l'adresse dans l'onglet « Promotion »."
                    )
                    % {"slug": slug}
                ]
            )
        return cleaned_data

    def _free_slug(self, parent, slug):
        taken = set(
            parent.get_children().filter(slug__startswith=slug).values_list("slug", flat=True)
        )
        number = 2
        while f"{slug}-{number}" in taken:
            number += 1
        return f"{slug}-{number}"


class CoursePageForm(PlainSlugFormMixin, WagtailAdminPageForm):
    pass


class LessonPageForm(PlainSlugFormMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and not self.instance.pk and "body" in self.fields:
            body_field = self._meta.model._meta.get_field("body")
            self.initial["body"] = body_field.to_python(json.dumps(lesson_outline()))

    def clean(self):
        cleaned_data = super().clean()
        body = cleaned_data.get("body")
        publishing = "action-publish" in self.data
        if publishing and body is not None and self._still_to_fill(body):
            self.add_error(
                "body",
                _(
                    "Il reste un texte « À compléter » dans le contenu : remplacez-le ou "
                    "supprimez son bloc avant de publier."
                ),
            )
        return cleaned_data

    @staticmethod
    def _still_to_fill(body):
        text = json.dumps(list(body.raw_data), ensure_ascii=False)
        return any(marker in text for marker in {to_fill(), "À compléter :"})
