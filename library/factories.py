"""Factories for the library: its index page, materials and their files, used by the tests, the
demo content and the benchmark."""

import factory
import wagtail_factories

from home.factories import ClusterPageFactory
from network.factories import PrivateDocumentFactory

from .models import LibraryIndexPage, MaterialFile, MaterialPage


class LibraryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bibliotek"
    slug = "bibliotek"

    class Meta:
        model = LibraryIndexPage


class MaterialFileFactory(factory.django.DjangoModelFactory):
    """A file of the material given as `page=`: a small, real PDF unless `document=` is given."""

    document = factory.SubFactory(PrivateDocumentFactory)

    class Meta:
        model = MaterialFile


class MaterialPageFactory(ClusterPageFactory):
    """A material, live unless `live=False`, with what a reader filters by:
    `target_groups=[...]`, `phases=[...]`, `tags=["fædre", ...]` and `files=[document, ...]`
    (a file with an English title as a pair: `(document, "Meeting plan")`).
    Without a slug, Wagtail makes one from the title, as the admin and the site's form do."""

    title = factory.Sequence(lambda n: f"Materiale {n}")
    slug = ""
    kind = MaterialPage.Kind.TOOL

    _related = ("tags", "files")

    class Meta:
        model = MaterialPage

    @classmethod
    def _relate(cls, material, tags=(), files=()):
        if tags:
            material.tags.add(*tags)
        if files:
            pairs = [file if isinstance(file, tuple) else (file, "") for file in files]
            material.files = [
                MaterialFile(document=document, title_en=title_en, sort_order=order)
                for order, (document, title_en) in enumerate(pairs)
            ]
