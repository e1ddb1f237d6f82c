"""Factories for users, documents and the public site's pages, used by the tests, the demo
content and the benchmark."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page

from .demo.files import make_docx, make_pdf
from .models import (
    AccessibilityStatementPage,
    ConceptPage,
    ContactPage,
    CookiePage,
    FormField,
    HandbookChapterPage,
    HandbookPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    PrivacyPolicyPage,
)


class UserFactory(factory.django.DjangoModelFactory):
    """A user; `groups=[...]` puts them in groups (a role, a municipality's contributors)."""

    username = factory.Sequence(lambda n: f"bruger{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Test"
    last_name = "Bruger"
    password = factory.django.Password("fiv-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.add(*extracted)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A small, real document: a PDF, or a Word file when `filename` ends in .docx, with the
    title and `paragraphs` as its text (or exactly the bytes of `content`). Its size and hash
    are set as an upload in the admin sets them."""

    title = factory.Sequence(lambda n: f"Dokument {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Params:
        filename = factory.LazyAttribute(lambda o: f"{slugify(o.title) or 'dokument'}.pdf")
        paragraphs = ("Et lille, rigtigt dokument.",)
        content = factory.LazyAttribute(
            lambda o: (make_docx if o.filename.endswith(".docx") else make_pdf)(
                o.title, list(o.paragraphs)
            )
        )

    file = factory.LazyAttribute(lambda o: ContentFile(o.content, name=o.filename))

    class Meta:
        model = get_document_model()

    @classmethod
    def _create(cls, model_class, *args, file, **kwargs):
        document = model_class(*args, **kwargs)
        document.file.save(file.name, file, save=False)
        document._set_document_file_metadata()
        document.save()
        return document


class ClusterPageFactory(wagtail_factories.PageFactory):
    """A page handed its related objects before its first save, as the admin hands them over,
    so that the page and its relations are saved together, in one save. A parental
    many-to-many field (`municipalities=[...]`) needs nothing: the page's constructor takes it.
    Other arguments (tags, a list of documents) are named in a subclass's `_related` and given
    to the page by its `_relate(page, **arguments)`."""

    _related = ()

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent")
        return cls._page(model_class, kwargs)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        page = cls._page(model_class, kwargs)
        if parent:
            parent.add_child(instance=page)
        else:
            model_class.add_root(instance=page)
        return page

    @classmethod
    def _page(cls, model_class, kwargs):
        related = {name: kwargs.pop(name) for name in cls._related if name in kwargs}
        page = model_class(**kwargs)
        cls._relate(page, **related)
        return page

    @classmethod
    def _relate(cls, page, **related):
        pass


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Familieiværksætterne"
    slug = "forside"
    introduction = "Et forløb for alle førstegangsforældre."
    parent = factory.LazyFunction(lambda: Page.get_first_root_node())

    class Meta:
        model = HomePage


class ConceptPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Om konceptet {n}")
    introduction = "Sådan arbejder vi med hele familien."
    show_in_menus = True

    class Meta:
        model = ConceptPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheder"
    slug = "nyheder"
    show_in_menus = True

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nyhed nummer {n}")
    introduction = "Kort nyt fra netværket."

    class Meta:
        model = NewsPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Kontakt"
    slug = "kontakt"
    show_in_menus = True
    to_address = "sekretariat@example.org"
    from_address = "noreply@example.org"
    subject = "Ny henvendelse fra hjemmesiden"

    class Meta:
        model = ContactPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Felt {n}")
    field_type = "singleline"
    required = True

    class Meta:
        model = FormField


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Tilgængelighedserklæring"
    slug = "tilgaengelighedserklaering"
    prepared_on = datetime.date(2026, 1, 15)
    reviewed_on = datetime.date(2026, 11, 2)
    feedback_email = "sekretariat@example.org"
    enforcement_url = "https://digst.dk/"

    class Meta:
        model = AccessibilityStatementPage


class PrivacyPolicyPageFactory(wagtail_factories.PageFactory):
    title = "Privatlivspolitik"
    slug = "privatlivspolitik"
    controller = "Familieiværksætternes sekretariat"
    controller_email = "sekretariat@example.org"
    data_table = factory.LazyFunction(
        lambda: [
            (
                "row",
                {
                    "what": "Kontaktformularen",
                    "data": "Navn, e-mail og beskeden",
                    "purpose": "At svare dig",
                    "legal_basis": "Databeskyttelsesforordningens art. 6, stk. 1, litra e",
                    "retention": "6 måneder",
                },
            )
        ]
    )

    class Meta:
        model = PrivacyPolicyPage


class CookiePageFactory(wagtail_factories.PageFactory):
    title = "Cookies"
    slug = "cookies"
    cookie_table = factory.LazyFunction(
        lambda: [
            (
                "cookie",
                {"name": "csrftoken", "purpose": "Beskytter formularer", "duration": "1 år"},
            )
        ]
    )

    class Meta:
        model = CookiePage


class HandbookPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Håndbog {n}")
    introduction = "Alt om forløbet, kapitel for kapitel."
    show_in_menus = True

    class Meta:
        model = HandbookPage


class HandbookChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kapitel {n}")
    introduction = "Hvad kapitlet handler om."
    body = factory.LazyFunction(
        lambda: [
            ("paragraph", "<p>Sådan gør vi, trin for trin.</p>"),
            ("checklist", {"heading": "Husk", "items": ["Book lokalet", "Send invitationen"]}),
        ]
    )

    class Meta:
        model = HandbookChapterPage
