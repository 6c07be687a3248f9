"""Build the demo site from `demo.content`. Idempotent: what exists is left untouched,
so a second run changes nothing and a facilitator's edits to the demo pages survive."""

import os
import secrets
import uuid
from dataclasses import dataclass, field
from functools import cache
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site

from accounts.models import Centre
from accounts.roles import FACILITATORS, ensure_roles
from courses.models import CourseIndexPage, CoursePage, GlossaryTerm, HomePage, LessonPage
from images.services import image_annotations_set

from .annotations import ANNOTATIONS
from .drawing import to_png_bytes
from .sheets import render_sheet

COLLECTION_NAME = "Démo Pas à Pas"
FACILITATOR_USERNAME = "animateur"
DEV_PASSWORD = "animateur-demo"  # noqa: S105 (shown on screen; only used when DEBUG is on)
ID_NAMESPACE = uuid.UUID("6f1c1d0e-5a5e-4b4c-9a49-706173617061")

HOME_INTRO = (
    "<p>Des leçons courtes, une étape à la fois, pour apprendre l'ordinateur, Internet et les "
    "démarches en ligne <b>sans peur et à votre rythme</b>.</p>"
)
HOW_IT_WORKS = (
    "<ol><li>Choisissez un atelier ci-dessus.</li>"
    "<li>Suivez les leçons dans l'ordre : chaque étape est numérotée et illustrée.</li>"
    "<li>Pendant l'atelier, l'animateur et les anges gardiens répondent à vos questions.</li>"
    "<li>À la maison, revenez quand vous voulez pour revoir une leçon.</li></ol>"
)
CENTRE_NAME = "Espace Numérique — BGE Indre"
CENTRE_ADDRESS = (
    "2 bis, rue Descartes, 36000 Châteauroux\n"
    "Ateliers informatiques : 7 ateliers de 1 h 30 par semaine, en groupes de 8.\n"
    "Espace public : 8 postes en accès libre pour vos démarches."
)
CENTRE_CATALOGUE_INTRO = (
    "<p>Les parcours que l'équipe du centre a copiés et adaptés à ses ateliers.</p>"
)
CATALOGUE_INTRO = (
    "<p>Six ateliers pour avancer pas à pas. Commencez par <b>Les bases de l'ordinateur</b> "
    "si vous débutez.</p>"
)


@dataclass
class Report:
    created: dict = field(default_factory=dict)
    facilitator_password: str | None = None
    facilitator_created: bool = False

    def count(self, kind, n=1):
        self.created[kind] = self.created.get(kind, 0) + n


@cache
def _png(name):
    """Drawing is the slow part of a load; a process that loads twice (tests) draws once."""
    from .illustrations import ILLUSTRATIONS

    return to_png_bytes(ILLUSTRATIONS[name].draw())


def _stable_id(*parts):
    return str(uuid.uuid5(ID_NAMESPACE, "/".join(str(p) for p in parts)))


class DemoLoader:
    def __init__(self):
        from . import content
        from .illustrations import ILLUSTRATIONS

        self.content = content
        self.illustrations = ILLUSTRATIONS
        self.report = Report()
        self._images = {}
        self._documents = {}
        self._terms = {}

    # Media -------------------------------------------------------------------------------
    def collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=COLLECTION_NAME).first()
        if existing:
            return existing
        self.report.count("collection")
        return root.add_child(name=COLLECTION_NAME)

    def image(self, name):
        if name in self._images:
            return self._images[name]
        spec = self.illustrations[name]
        image_model = get_image_model()
        image = image_model.objects.filter(collection=self._collection, title=spec.title).first()
        if image is None:
            png = _png(name)
            image = image_model(title=spec.title, description=spec.alt, collection=self._collection)
            image.file = ImageFile(BytesIO(png), name=f"{name}.png")
            image.save()
            self.report.count("images")
        if name in ANNOTATIONS and image.annotations != ANNOTATIONS[name]:
            image_annotations_set(image=image, raw=ANNOTATIONS[name])
        self._images[name] = image
        return image

    def document(self, name, title):
        if name in self._documents:
            return self._documents[name]
        document_model = get_document_model()
        sheet = self.content.SHEETS[name]
        document = document_model.objects.filter(
            collection=self._collection, title=sheet["title"]
        ).first()
        if document is None:
            pdf = render_sheet(sheet["title"], sheet["lines"])
            document = document_model(title=sheet["title"], collection=self._collection)
            document.file = ContentFile(pdf, name=f"{name}.pdf")
            document.save()
            self.report.count("documents")
        self._documents[name] = document
        return document

    def glossary(self):
        for term, definition in self.content.GLOSSARY:
            obj, created = GlossaryTerm.objects.get_or_create(
                term=term, defaults={"definition": definition}
            )
            if created:
                self.report.count("mots du glossaire")
            self._terms[term] = obj

    # Pages -------------------------------------------------------------------------------
    def home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(instance=HomePage(title="Pas à Pas", slug="accueil"))
            self.report.count("pages")
        if site is None:
            Site.objects.create(
                hostname="localhost", root_page=home, is_default_site=True, site_name="Pas à Pas"
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        blanks = {
            "intro": HOME_INTRO,
            "how_it_works": HOW_IT_WORKS,
            "centre_name": CENTRE_NAME,
            "centre_address": CENTRE_ADDRESS,
        }
        changed = {name: value for name, value in blanks.items() if not getattr(home, name)}
        if changed:
            for name, value in changed.items():
                setattr(home, name, value)
            self._publish(home)
            self.report.count("accueil rempli")
        return home

    def _publish(self, page):
        page.save_revision().publish()

    def _child(self, parent, model, slug, build):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = build()
        page.slug = slug
        page.live = False
        parent.add_child(instance=page)
        self._publish(page)
        self.report.count("pages")
        return page

    def catalogue(self, home):
        return self._child(
            home,
            CourseIndexPage,
            "ateliers",
            lambda: CourseIndexPage(title="Les ateliers", intro=CATALOGUE_INTRO),
        )

    def centre_catalogue(self, home, centre):
        """The demo centre's own catalogue, apart from the shared one (which belongs to no
        centre): « Copier dans mon centre » puts the copies its facilitators adapt there.
        Published, but listed after the shared one, so the home page keeps the shared one."""
        return self._child(
            home,
            CourseIndexPage,
            "ateliers-du-centre",
            lambda: CourseIndexPage(
                title="Nos ateliers adaptés", intro=CENTRE_CATALOGUE_INTRO, centre=centre
            ),
        )

    def course(self, catalogue, track):
        def build():
            course = CoursePage(
                title=track["title"],
                summary=track["summary"],
                level=track["level"],
                audience=track["audience"],
                objectives="\n".join(track["objectives"]),
                prerequisites="\n".join(track["prerequisites"]),
                cover_image=self.image(track["cover"]),
            )
            course.tags.add(*track["tags"])
            return course

        course = self._child(catalogue, CoursePage, track["slug"], build)
        if track.get("facilitators_only"):
            self.facilitators_only(course)
        return course

    def facilitators_only(self, page):
        """Only the facilitators' group sees the page and its lessons (Wagtail's view
        restriction): hidden from learners, mentors and visitors everywhere the site lists
        pages, since every list keeps to public pages."""
        from wagtail.models import PageViewRestriction

        from accounts.roles import role_group

        restriction = PageViewRestriction.objects.filter(page=page).first()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
        restriction.groups.add(role_group(FACILITATORS))

    def lesson(self, course, track, lesson):
        def build():
            page = LessonPage(
                title=lesson["title"],
                summary=lesson["summary"],
                objectives="\n".join(lesson["objectives"]),
                duration_override=lesson["duration_minutes"],
                body=self.body(track["slug"], lesson),
            )
            page.tags.add(*lesson["tags"])
            return page

        return self._child(course, LessonPage, lesson["slug"], build)

    def body(self, track_slug, lesson):
        raw = []
        for index, (kind, value) in enumerate(lesson["body"]):
            raw.append(
                {
                    "type": kind,
                    "value": self.block_value(kind, value),
                    "id": _stable_id(track_slug, lesson["slug"], index),
                }
            )
        return raw

    def block_value(self, kind, value):
        if kind == "text":
            return value
        if kind == "image":
            return {
                "image": self.image(value["illustration"]).pk,
                "alt_text": "",
                "caption": value["caption"],
            }
        if kind == "steps":
            return {
                "title": value.get("title", ""),
                "steps": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "instruction": step["instruction"],
                            "screenshot": self.image(step["screenshot"]).pk
                            if step.get("screenshot")
                            else None,
                            "tip": step.get("tip", ""),
                        },
                    }
                    for step in value["steps"]
                ],
            }
        if kind == "callout":
            return {"kind": value["kind"], "text": value["text"]}
        if kind == "glossary_term":
            return {"term": self._terms[value].pk}
        if kind == "document":
            return {
                "document": self.document(value["sheet"], value["title"]).pk,
                "title": value["title"],
                "description": value.get("description", ""),
            }
        if kind == "exercise":
            return {"exercise": self.exercise(value).pk, "required": value.get("required", True)}
        if kind == "h5p_activity":
            return {"activity": self.h5p_activity(value["demo"]).pk, "required": True}
        raise ValueError(f"Unknown demo block type: {kind!r}")

    def exercise(self, spec):
        """A demo exercise, found again by its title so that a second load reuses it."""
        from exercises.models import Exercise
        from exercises.registry import get_type

        existing = Exercise.objects.filter(title=spec["title"]).first()
        if existing:
            return existing
        value = spec["value"]
        if callable(value):  # values that need stored objects (an image) are built on demand
            value = value(self)
        block = get_type(spec["kind"]).block()
        native = block.clean(block.to_python(value))  # the admin's checks apply to the demo too
        exercise = Exercise(
            title=spec["title"],
            instructions=spec.get("instructions", ""),
            hint=spec.get("hint", ""),
            success_feedback=spec.get("success", ""),
            pass_mark=spec.get("pass_mark", 100),
            body=[(spec["kind"], native)],
        )
        exercise.save()
        self.report.count("exercices")
        return exercise

    def h5p_activity(self, key):
        """A demo H5P activity, packaged from the project's own content type and imported as
        an administrator's upload would be; found again by its title."""
        from demo.h5p.content import DEMO_ACTIVITIES
        from demo.h5p.packaging import demo_package
        from exercises.h5p.models import H5PActivity
        from exercises.h5p.services import h5p_package_import

        title = DEMO_ACTIVITIES[key]["title"]
        existing = H5PActivity.objects.filter(title=title).first()
        if existing:
            return existing
        report = h5p_package_import(source=BytesIO(demo_package(key)), title=title)
        self.report.count("activités H5P")
        return report.activity

    # People ------------------------------------------------------------------------------
    def centre(self):
        centre, created = Centre.objects.get_or_create(
            slug="bge-indre-chateauroux",
            defaults={"name": CENTRE_NAME, "address": CENTRE_ADDRESS},
        )
        if created:
            self.report.count("centre")
        return centre

    def facilitator(self, centre, password=None):
        group = ensure_roles()[FACILITATORS]
        user_model = get_user_model()
        user = user_model.objects.filter(username=FACILITATOR_USERNAME).first()
        if user is None:
            password = password or (DEV_PASSWORD if settings.DEBUG else secrets.token_urlsafe(12))
            user = user_model.objects.create_user(
                username=FACILITATOR_USERNAME,
                password=password,
                first_name="Camille",
                display_name="Camille (animatrice)",
                centre=centre,
            )
            user.groups.add(group)
            self.report.facilitator_created = True
            self.report.facilitator_password = password
        elif settings.DEBUG and user.check_password(DEV_PASSWORD):
            self.report.facilitator_password = DEV_PASSWORD
        return user

    # All ---------------------------------------------------------------------------------
    @transaction.atomic
    def run(self, password=None):
        self._collection = self.collection()
        self.glossary()
        home = self.home()
        catalogue = self.catalogue(home)
        for track in self.content.TRACKS:
            course = self.course(catalogue, track)
            for lesson in track["lessons"]:
                self.lesson(course, track, lesson)
        centre = self.centre()
        self.centre_catalogue(home, centre)
        facilitator = self.facilitator(
            centre, password or os.environ.get("DEMO_FACILITATOR_PASSWORD")
        )
        from demo.week import load_week

        if sessions := load_week(centre=centre, facilitator=facilitator):
            self.report.count("session", sessions)
        from demo.jobsearch import load_job_seekers

        if cvs := load_job_seekers(centre=centre):
            self.report.count("cv", cvs)
        from demo.offers import load_offers

        if offers := load_offers(centre=centre):
            self.report.count("offre d'emploi", offers)

        from demo.partners import load_partners

        if permanences := load_partners(centre=centre, facilitator=facilitator):
            self.report.count("permanence", permanences)
        from demo.appointments import load_appointments

        if slots := load_appointments(centre=centre, facilitator=facilitator):
            self.report.count("appointment slot", slots)
        return self.report
