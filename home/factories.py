"""Factories for the public site's pages, used by the tests and by the demo content."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from wagtail.models import Page

from .models import (
    ConceptPage,
    ContactPage,
    FormField,
    HomePage,
    NewsIndexPage,
    NewsPage,
)


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"bruger{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    first_name = "Test"
    last_name = "Bruger"
    password = factory.django.Password("fiv-test-password")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


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
