"""Factories for the page tree: used by the tests and by the benchmarks."""

import factory
import wagtail_factories
from wagtail.models import Collection

from courses.models import CourseIndexPage, CoursePage, GlossaryTerm, HomePage, LessonPage


def root_collection():
    return Collection.get_first_root_node()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "Une capture d'écran d'exemple."
    collection = factory.LazyFunction(root_collection)
    file = factory.django.ImageField(width=320, height=200, color="steelblue")


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(root_collection)
    file = factory.django.FileField(filename="fiche.pdf", data=b"%PDF-1.4 fiche")


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Mot {n}")
    definition = "Une explication simple, avec des mots de tous les jours."

    class Meta:
        model = GlossaryTerm


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Accueil"

    class Meta:
        model = HomePage


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Les ateliers"

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Atelier {n}")
    summary = "Un atelier pour débuter, pas à pas."
    objectives = "Allumer l'ordinateur\nUtiliser la souris"

    class Meta:
        model = CoursePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leçon {n}")
    summary = "Ce que vous saurez faire à la fin de la leçon."
    objectives = "Repérer le bouton\nCliquer une fois"
    duration_override = 30
    body = factory.LazyFunction(
        lambda: [
            {"type": "text", "value": "<p>Le clavier sert à écrire.</p>"},
            {
                "type": "callout",
                "value": {"kind": "remember", "text": "<p>Prenez votre temps.</p>"},
            },
        ]
    )

    class Meta:
        model = LessonPage
