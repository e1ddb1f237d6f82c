"""The pages a Danish public site must have: the accessibility statement, the privacy policy and
the note on cookies. Each is a page type of its own, one per language, found by the footer
through its type (`legal_pages`), so an editor cannot forget to link it.

The accessibility statement follows the format of the Agency for Digital Government
(Digitaliseringsstyrelsen): compliance status, content that is not accessible (three kinds),
how the statement was prepared, feedback and contact, and the enforcement procedure. The privacy
policy and the cookie note hold their data as tables whose rows an editor fills in.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, F, OuterRef
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import BaseStreamBlock
from .models import BasePage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class AccessibilityStatementPage(BasePage):
    """The accessibility statement (tilgængelighedserklæring) in the Agency for Digital
    Government's format. Review it at least once a year and after large changes."""

    class Compliance(models.TextChoices):
        FULL = "full", _("fully compliant")
        PARTIAL = "partial", _("partially compliant")
        NONE = "none", _("not compliant")

    class Method(models.TextChoices):
        SELF = "self", _("a self-assessment")
        THIRD_PARTY = "third_party", _("an assessment by a third party")

    compliance = models.CharField(
        _("compliance status"),
        max_length=20,
        choices=Compliance.choices,
        default=Compliance.PARTIAL,
        help_text=_("How the site meets WCAG 2.1 level AA (the standard EN 301 549)."),
    )
    non_compliance = RichTextField(
        _("not compliant with the law"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Content that does not meet the requirements, and when it will."),
    )
    disproportionate_burden = RichTextField(
        _("disproportionate burden"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Content not made accessible because it would be a disproportionate burden."),
    )
    outside_scope = RichTextField(
        _("outside the scope of the law"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("For example office files published before 23 September 2018."),
    )
    prepared_on = models.DateField(_("statement prepared on"))
    reviewed_on = models.DateField(_("statement last reviewed on"))
    method = models.CharField(
        _("assessed through"), max_length=20, choices=Method.choices, default=Method.SELF
    )
    feedback_email = models.EmailField(
        _("feedback e-mail"), help_text=_("Where visitors report content they cannot use.")
    )
    feedback_text = RichTextField(
        _("feedback and contact"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("How to report a problem and how soon we answer."),
    )
    enforcement_url = models.URLField(
        _("complaints to the Agency for Digital Government"),
        help_text=_("The Agency for Digital Government's page for complaints about accessibility."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("compliance"),
        MultiFieldPanel(
            [
                FieldPanel("non_compliance"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("outside_scope"),
            ],
            heading=_("Content that is not accessible"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldPanel("method"),
            ],
            heading=_("Preparation of this statement"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_text")],
            heading=_("Feedback and contact information"),
        ),
        FieldPanel("enforcement_url"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("non_compliance")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def inaccessible_sections(self):
        """The three kinds of content that is not accessible, each with its heading."""
        return [
            (_("Not compliant with the law"), self.non_compliance),
            (_("Disproportionate burden"), self.disproportionate_burden),
            (_("Content outside the scope of the law"), self.outside_scope),
        ]


class PrivacyRowBlock(blocks.StructBlock):
    what = blocks.CharBlock(label=_("Where"), max_length=80, help_text=_("E.g. the contact form."))
    data = blocks.TextBlock(label=_("What we store"))
    purpose = blocks.TextBlock(label=_("Why"))
    legal_basis = blocks.CharBlock(label=_("Legal basis"), max_length=200)
    retention = blocks.CharBlock(label=_("How long"), max_length=200)

    class Meta:
        icon = "table"
        label = _("Personal data")
        template = "home/blocks/privacy_row.html"
        description = _("One row of the privacy policy's table: one place the site keeps data.")


class CookieRowBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Cookie"), max_length=80)
    purpose = blocks.TextBlock(label=_("Why"))
    duration = blocks.CharBlock(label=_("How long"), max_length=120)

    class Meta:
        icon = "table"
        label = _("Cookie")
        template = "home/blocks/cookie_row.html"
        description = _("One cookie the site sets: its name, why and for how long.")


class PrivacyPolicyPage(BasePage):
    """The privacy policy: who is the data controller, and a table of the personal data the site
    keeps, why and for how long, followed by the visitor's rights."""

    controller = models.TextField(
        _("data controller"), help_text=_("Name, address and CVR number of the data controller.")
    )
    controller_email = models.EmailField(_("data controller's e-mail"))
    data_table = StreamField(
        [("row", PrivacyRowBlock())],
        verbose_name=_("personal data"),
        min_num=1,
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("Your rights, and how to complain to the Danish Data Protection Agency."),
    )

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("controller"), FieldPanel("controller_email")]),
        FieldPanel("data_table"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("privacy policy")
        verbose_name_plural = _("privacy policies")


class CookiePage(BasePage):
    """The note on cookies: the site sets only the cookies it needs to work, listed in a table,
    and asks no consent because it needs none."""

    cookie_table = StreamField([("cookie", CookieRowBlock())], verbose_name=_("cookies"), min_num=1)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("cookie_table"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("cookie note")
        verbose_name_plural = _("cookie notes")


LEGAL_PAGE_TYPES = [AccessibilityStatementPage, PrivacyPolicyPage, CookiePage]


def legal_pages(language_code):
    """The live, public legal pages of one language, in the footer's order: plain pages, which
    is all a link needs, from one query."""
    order = {
        ContentType.objects.get_for_model(model).pk: position
        for position, model in enumerate(LEGAL_PAGE_TYPES)
    }
    # `.public()` would ask for every view restriction first: on every page of the site, one
    # query is better than two. A page is private when it or an ancestor is restricted.
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, F("page__depth") * Page.steplen)
    )
    pages = (
        Page.objects.live()
        .filter(locale__language_code=language_code)
        .type(*LEGAL_PAGE_TYPES)
        .exclude(Exists(restricted))
    )
    return sorted(pages, key=lambda page: order.get(page.content_type_id, len(order)))
