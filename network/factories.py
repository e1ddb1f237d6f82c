"""Factories for the network: its pages, municipalities, members, board and local reports, used
by the tests, the demo content and the benchmark.

Page factories take `parent=`; the child objects of a page (a fee, an attachment) take `page=`.
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils import timezone

from home.factories import ClusterPageFactory, DocumentFactory, UserFactory

from .documents import professional_collection
from .models import (
    AdvisoryBoardPage,
    AgreementAppendix,
    AgreementPage,
    AgreementVersionPage,
    AnnualFee,
    BoardMember,
    FeesPage,
    FiguresPage,
    FundingFollow,
    FundingOpportunity,
    FundingPage,
    JoinPage,
    JoinRequest,
    LocalReport,
    MeetingAttachment,
    MeetingIndexPage,
    MeetingPage,
    MeetingRegistration,
    MemberNewsIndexPage,
    MemberNewsPage,
    Membership,
    Municipality,
    MunicipalityContact,
    MunicipalityIndexPage,
    NetworkFiguresPage,
    Onboarding,
    ProfessionalAreaPage,
    Region,
)


class PrivateDocumentFactory(DocumentFactory):
    """A small, real document in the professional area's collection: only logged-in users
    may download it."""

    collection = factory.LazyFunction(professional_collection)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    """A municipality found by its name. The 98 real ones come with the migrations, so
    `MunicipalityFactory(name="Aarhus")` is Aarhus as it is; the other fields only shape a
    municipality that is not there yet (a test's "Testkommune")."""

    name = factory.Sequence(lambda n: f"Testkommune {n}")
    code = factory.Sequence(lambda n: 900 + n)  # real codes end at 860
    region = Region.MIDTJYLLAND

    class Meta:
        model = Municipality
        django_get_or_create = ("name",)


class MunicipalityContactFactory(factory.django.DjangoModelFactory):
    municipality = factory.SubFactory(MunicipalityFactory)
    name = factory.Sequence(lambda n: f"Kontakt {n}")
    role = MunicipalityContact.Role.HEALTH_VISITOR

    class Meta:
        model = MunicipalityContact


class MembershipFactory(factory.django.DjangoModelFactory):
    """The municipality a user works for."""

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)

    class Meta:
        model = Membership


class LocalReportFactory(factory.django.DjangoModelFactory):
    """A municipality's figures for a year (last year unless told), checked by the rules a
    contributor's report has to keep before it is saved."""

    municipality = factory.SubFactory(MunicipalityFactory)
    year = factory.LazyFunction(lambda: timezone.localdate().year - 1)
    courses = 10
    participants = 200
    fathers = 80

    class Meta:
        model = LocalReport

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        report = model_class(*args, **kwargs)
        report.full_clean()
        report.save()
        return report


class BoardMemberFactory(factory.django.DjangoModelFactory):
    """A seat on the advisory board; the two-year term starts today unless told."""

    name = factory.Sequence(lambda n: f"Medlem {n}")
    organisation = factory.Sequence(lambda n: f"Organisation {n}")
    sector = BoardMember.Sector.MUNICIPALITY
    role = BoardMember.Role.MEMBER
    term_start = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = BoardMember


class ProfessionalAreaPageFactory(wagtail_factories.PageFactory):
    title = "Fagligt område"
    slug = "fagligt-omraade"

    class Meta:
        model = ProfessionalAreaPage


class MunicipalityIndexPageFactory(wagtail_factories.PageFactory):
    """The municipalities that offer FIV; with `list_all=True` every municipality, with contacts."""

    title = "Kommuner"
    slug = "kommuner"

    class Meta:
        model = MunicipalityIndexPage


class MeetingIndexPageFactory(wagtail_factories.PageFactory):
    title = "Møder"
    slug = "moeder"

    class Meta:
        model = MeetingIndexPage


def _next_month_at_ten():
    day = timezone.localdate() + datetime.timedelta(days=30)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


class MeetingPageFactory(ClusterPageFactory):
    """A network meeting (a month from now unless told); `municipalities=[...]` take part and
    `attachments=[document, ...]` are its files."""

    title = factory.Sequence(lambda n: f"Netværksmøde {n}")
    slug = factory.Sequence(lambda n: f"netvaerksmoede-{n}")
    kind = MeetingPage.Kind.NETWORK
    start = factory.LazyFunction(_next_month_at_ten)
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=5))

    _related = ("attachments",)

    class Meta:
        model = MeetingPage

    @classmethod
    def _relate(cls, page, attachments=()):
        if attachments:
            page.attachments = [
                MeetingAttachment(document=document, sort_order=order)
                for order, document in enumerate(attachments)
            ]


class AgreementPageFactory(wagtail_factories.PageFactory):
    title = "Netværksaftalen"
    slug = "netvaerksaftalen"

    class Meta:
        model = AgreementPage


class AgreementVersionPageFactory(ClusterPageFactory):
    """A version of the agreement (dated today unless told); `appendices=[document, ...]`."""

    title = factory.Sequence(lambda n: f"Netværksaftalen, version {n}")
    slug = factory.Sequence(lambda n: f"aftale-{n}")
    version_date = factory.LazyFunction(timezone.localdate)

    _related = ("appendices",)

    class Meta:
        model = AgreementVersionPage

    @classmethod
    def _relate(cls, page, appendices=()):
        if appendices:
            page.appendices = [
                AgreementAppendix(document=document, sort_order=order)
                for order, document in enumerate(appendices)
            ]


class NetworkFiguresPageFactory(wagtail_factories.PageFactory):
    """The network's figures in the professional area."""

    title = "Netværket i tal"
    slug = "netvaerket-i-tal"

    class Meta:
        model = NetworkFiguresPage


class FiguresPageFactory(wagtail_factories.PageFactory):
    """The public page "FIV i tal"."""

    title = "FIV i tal"
    slug = "fiv-i-tal"

    class Meta:
        model = FiguresPage


class FeesPageFactory(wagtail_factories.PageFactory):
    title = "Brugerbetaling"
    slug = "brugerbetaling"

    class Meta:
        model = FeesPage


class AnnualFeeFactory(factory.django.DjangoModelFactory):
    """The fees of one year, on the fees page given as `page=`."""

    year = factory.LazyFunction(lambda: timezone.localdate().year)
    user_fee = Decimal("12500")
    startup_fee = Decimal("25000")

    class Meta:
        model = AnnualFee


class AdvisoryBoardPageFactory(wagtail_factories.PageFactory):
    title = "Advisory board"
    slug = "advisory-board"

    class Meta:
        model = AdvisoryBoardPage


class MeetingRegistrationFactory(factory.django.DjangoModelFactory):
    """A sign-up for a meeting (`meeting=` the Danish page) by a user for a municipality."""

    meeting = None
    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    participants = 1

    class Meta:
        model = MeetingRegistration


class JoinPageFactory(wagtail_factories.PageFactory):
    title = "Bliv en del af netværket"
    slug = "bliv-en-del-af-netvaerket"

    class Meta:
        model = JoinPage


class JoinRequestFactory(factory.django.DjangoModelFactory):
    """A municipality's request to join, as the public form saves it."""

    municipality = factory.SubFactory(MunicipalityFactory)
    contact_name = "Kirsten Kontakt"
    email = factory.LazyAttribute(lambda o: f"kontakt@{o.municipality.code}.kommune.example")
    births_per_year = 400

    class Meta:
        model = JoinRequest


class OnboardingFactory(factory.django.DjangoModelFactory):
    municipality = factory.SubFactory(MunicipalityFactory)

    class Meta:
        model = Onboarding
        django_get_or_create = ("municipality",)


class MemberNewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyt til medlemmer"
    slug = "nyt-til-medlemmer"

    class Meta:
        model = MemberNewsIndexPage


class MemberNewsPageFactory(wagtail_factories.PageFactory):
    """A news item for members (`parent=` a MemberNewsIndexPage), dated today."""

    title = factory.Sequence(lambda n: f"Nyt til medlemmer {n}")
    date = factory.LazyFunction(timezone.localdate)

    class Meta:
        model = MemberNewsPage


class FundingPageFactory(wagtail_factories.PageFactory):
    title = "Fondsmuligheder"
    slug = "fondsmuligheder"

    class Meta:
        model = FundingPage


class FundingOpportunityFactory(factory.django.DjangoModelFactory):
    """A funding opportunity, by default open with a deadline six weeks from today;
    `applicants=[...]` names the municipalities applying."""

    fund = factory.Sequence(lambda n: f"Prøvefonden {n}")
    url = "https://fond.example/opslag"
    amount = "op til 200.000 kr."
    deadline = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(weeks=6))
    eligibility = "Kommuner og regioner"
    topic = "Forældreforberedelse"

    class Meta:
        model = FundingOpportunity
        skip_postgeneration_save = True

    @factory.post_generation
    def applicants(self, create, extracted, **kwargs):
        if create and extracted:
            self.applicants.set(extracted)


class FundingFollowFactory(factory.django.DjangoModelFactory):
    """A user following a funding opportunity (`opportunity=`)."""

    opportunity = factory.SubFactory(FundingOpportunityFactory)
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = FundingFollow
