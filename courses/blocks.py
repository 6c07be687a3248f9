"""Lesson blocks. Each has a template, an icon, a description and a preview value."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from exercises.blocks import ExerciseBlock
from exercises.h5p.blocks import H5PActivityBlock
from exercises.scorm.blocks import ScormPackageBlock
from images.annotations import alt_text

# A short list on purpose: lessons stay plain and easy to read.
TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]
SHORT_TEXT_FEATURES = ["bold", "italic", "link"]

CAPTION_EXTENSIONS = {".vtt"}
VIDEO_EXTENSIONS = {".mp4", ".webm"}


def _first_image():
    from wagtail.images import get_image_model

    return get_image_model().objects.order_by("pk").first()


def _first_document():
    from wagtail.documents import get_document_model

    return get_document_model().objects.order_by("pk").first()


def _first_term():
    from courses.models import GlossaryTerm

    return GlossaryTerm.objects.order_by("pk").first()


def _extension(document):
    name = document.file.name.lower() if document else ""
    return name[name.rfind(".") :] if "." in name else ""


class TextBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Texte")
        template = "courses/blocks/text.html"
        description = _("Un paragraphe de texte, avec titres, listes et liens.")
        preview_value = (
            "<p>Un <b>ordinateur</b> se compose d'un écran, d'un clavier et d'une souris.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """A lesson picture. Not Wagtail's own ImageBlock, on purpose: its value is the image itself
    (image, decorative, alt_text), with no room for the caption that every lesson picture must
    carry, and it lets an author mark a picture decorative, which a lesson for beginners never
    wants. The alternative text falls back to the image's own, as Wagtail's does."""

    image = ImageChooserBlock(
        label=_("Image"), help_text=_("Choisissez une image déjà déposée, ou déposez-en une.")
    )
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif pour cette leçon"),
        required=False,
        max_length=255,
        help_text=_(
            "Ce qu'une personne aveugle entendra à la place de l'image. Laissez vide pour "
            "reprendre le texte alternatif de l'image."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Légende"),
        max_length=255,
        help_text=_("Une phrase sous l'image, qui dit ce qu'il faut y regarder."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        image = value.get("image")
        own = value.get("alt_text")
        # The image's own text already names its numbered markers; a lesson's text gets them too.
        context["alt"] = (
            alt_text(own, image.annotations)
            if own and image
            else own or getattr(image, "default_alt_text", "")
        )
        return context

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image.html"
        description = _("Une image avec son texte alternatif et sa légende.")
        # Evaluated when the preview is shown, so it can use an existing image.
        preview_value = staticmethod(
            lambda: {
                "image": _first_image(),
                "caption": "Le bureau de Windows, avec la barre des tâches en bas.",
            }
        )


class StepBlock(blocks.StructBlock):
    instruction = blocks.RichTextBlock(
        label=_("Consigne"),
        features=SHORT_TEXT_FEATURES,
        help_text=_("Une seule action, avec un verbe : « Cliquez sur Envoyer »."),
    )
    screenshot = ImageChooserBlock(
        label=_("Capture d'écran"),
        required=False,
        help_text=_("Facultatif : l'écran tel que la personne le verra."),
    )
    tip = blocks.TextBlock(
        label=_("Astuce"),
        required=False,
        rows=2,
        help_text=_("Facultatif : ce qui aide si l'on se trompe ou hésite."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Étape")


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(
        label=_("Titre de la marche à suivre"),
        required=False,
        max_length=120,
        help_text=_("Facultatif : « Envoyer une photo », par exemple."),
    )
    # At least one step, checked on save (clean) and not by the editor's own count, which shows
    # an error box on a form nobody has touched yet.
    steps = blocks.ListBlock(
        StepBlock(),
        label=_("Étapes"),
        default=[{"instruction": "", "screenshot": None, "tip": ""}],
        help_text=_("Ajoutez une étape avec le bouton « + » ; glissez pour changer l'ordre."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not len(value["steps"]):
            raise blocks.StructBlockValidationError(
                block_errors={"steps": ValidationError(_("Écrivez au moins une étape."))}
            )
        return value

    class Meta:
        icon = "list-ol"
        label = _("Étapes numérotées")
        template = "courses/blocks/steps.html"
        description = _("Une marche à suivre, une action par étape, avec capture et astuce.")
        preview_value = {
            "title": "Allumer l'ordinateur",
            "steps": [
                {
                    "instruction": "<p>Appuyez sur le bouton rond de l'unité centrale.</p>",
                    "tip": "Un petit voyant s'allume.",
                },
                {"instruction": "<p>Attendez que l'écran d'accueil apparaisse.</p>", "tip": ""},
            ],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type d'encadré"),
        help_text=_("Astuce : un conseil. Attention : un piège. À retenir : l'essentiel."),
        choices=[
            ("tip", _("Astuce")),
            ("warning", _("Attention")),
            ("remember", _("À retenir")),
        ],
        default="tip",
    )
    text = blocks.RichTextBlock(
        label=_("Texte de l'encadré"),
        features=[*SHORT_TEXT_FEATURES, "ul"],
        help_text=_("Deux ou trois phrases courtes."),
    )

    class Meta:
        icon = "help"
        label = _("Encadré")
        template = "courses/blocks/callout.html"
        description = _("Un encadré « Astuce », « Attention » ou « À retenir ».")
        preview_value = {
            "kind": "remember",
            "text": "<p>Un <b>double-clic</b> ouvre un dossier ou un programme.</p>",
        }


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre de la vidéo"), max_length=120)
    embed = EmbedBlock(
        label=_("Vidéo en ligne (adresse)"),
        required=False,
        help_text=_("Ou bien déposez un fichier vidéo ci-dessous."),
    )
    video_file = DocumentChooserBlock(label=_("Fichier vidéo (MP4 ou WebM)"), required=False)
    captions = DocumentChooserBlock(label=_("Sous-titres (fichier WebVTT .vtt)"), required=False)
    transcript = blocks.TextBlock(
        label=_("Transcription"),
        required=False,
        help_text=_("Tout ce qui est dit dans la vidéo, pour qui ne peut pas l'écouter."),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        has_embed, has_file = bool(value.get("embed")), bool(value.get("video_file"))
        if has_embed == has_file:
            errors["embed"] = ValidationError(
                _("Indiquez soit une adresse de vidéo, soit un fichier vidéo (un seul des deux).")
            )
        if has_file:
            if _extension(value["video_file"]) not in VIDEO_EXTENSIONS:
                errors["video_file"] = ValidationError(
                    _("Le fichier vidéo doit être au format MP4 ou WebM.")
                )
            if not value.get("captions"):
                errors["captions"] = ValidationError(
                    _("Une vidéo déposée doit avoir ses sous-titres (.vtt).")
                )
            elif _extension(value["captions"]) not in CAPTION_EXTENSIONS:
                errors["captions"] = ValidationError(
                    _("Les sous-titres doivent être un fichier WebVTT (.vtt).")
                )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "courses/blocks/video.html"
        description = _("Une courte vidéo, en ligne ou déposée avec ses sous-titres.")
        preview_value = {
            "title": "Démonstration : utiliser la souris",
            "transcript": "On pose la main sur la souris, l'index sur le bouton gauche.",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Titre du lien"),
        required=False,
        max_length=120,
        help_text=_("Laissez vide pour reprendre le titre du document."),
    )
    description = blocks.TextBlock(label=_("À quoi sert-il ?"), required=False, rows=2)

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "courses/blocks/document.html"
        description = _("Un document à télécharger : fiche mémo, modèle de CV…")
        preview_value = staticmethod(
            lambda: {
                "document": _first_document(),
                "title": "Fiche mémo à imprimer",
                "description": "Une page, en gros caractères.",
            }
        )


class GlossaryTermBlock(blocks.StructBlock):
    term = SnippetChooserBlock(
        "courses.GlossaryTerm",
        label=_("Mot du glossaire"),
        help_text=_("Choisissez un mot du glossaire commun, ou ajoutez-le au glossaire."),
    )

    class Meta:
        icon = "snippet"
        label = _("Mot du glossaire")
        template = "courses/blocks/glossary_term.html"
        description = _("Un mot expliqué simplement, repris du glossaire commun.")
        preview_value = staticmethod(lambda: {"term": _first_term()})


class LessonStreamBlock(blocks.StreamBlock):
    """The body of a lesson; exercises and H5P activities are placed with their apps' blocks."""

    text = TextBlock()
    image = ImageBlock()
    steps = StepsBlock()
    callout = CalloutBlock()
    video = VideoBlock()
    document = DocumentBlock()
    glossary_term = GlossaryTermBlock()
    exercise = ExerciseBlock()
    h5p_activity = H5PActivityBlock()
    scorm_package = ScormPackageBlock()

    class Meta:
        block_counts = {}
