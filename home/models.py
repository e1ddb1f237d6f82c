"""The public concept site: home page, concept pages, news, contact, and site settings."""

import copy

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.core.validators import URLValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Page, Site, TranslatableMixin
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .blocks import BaseStreamBlock
from .forms import AccessibleFormBuilder
from .framecache import RememberedRestrictionsMixin, RememberedTranslationMixin, site_settings
from .privacy import public_pages
from .ratelimit import HOUR, RateLimit, client_ip, within_limits
from .sections import sections

# At most this many pages under "Læs også" or "Flere nyheder" beside a page
RELATED_PAGES = 4


class BasePage(RememberedRestrictionsMixin, Page):
    """Fields every content page shares: a short introduction, used on the page and in lists."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in lists of pages."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """The deepest page an address names in one query, not one (and one more for its type)
        per level as Wagtail's routing does; that page routes the rest (a routable page's
        sub-route), and anything it does not know is a 404 as before."""
        if len(path_components) < 2:
            return super().route(request, path_components)
        prefixes = {
            self.url_path + "/".join(path_components[:length]) + "/": length
            for length in range(1, len(path_components) + 1)
        }
        deepest = (
            Page.objects.filter(url_path__in=prefixes, path__startswith=self.path)
            .order_by("-depth")
            .first()
        )
        if deepest is None:
            return super().route(request, path_components)
        return deepest.specific.route(request, path_components[prefixes[deepest.url_path] :])


class HomePage(RememberedTranslationMixin, BasePage):
    """The front page of one language: a welcome, a call to action and the main content."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("hero image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with an image."),
    )
    hero_link = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button links to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_link_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_image_alt"),
                FieldRowPanel([FieldPanel("hero_link"), FieldPanel("hero_link_label")]),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    # No subpage_types: the ground floor names no page type of the apps above it; each page type
    # that may sit under the home page says so in its parent_page_types.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def clean(self):
        super().clean()
        if self.hero_image and not self.hero_image_alt:
            raise ValidationError({"hero_image_alt": _("Describe the hero image.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = public_pages(NewsPage.objects.live().descendant_of(self), request)
        context["latest_news"] = news.order_by("-date", "-pk")[:3]
        return context


class ConceptPage(BasePage):
    """A page about the concept: for parents, for municipalities, about the network."""

    ILLUSTRATIONS = [
        ("family", _("Two parents and a child")),
        ("pram", _("A pram")),
        ("network", _("Municipalities in a network")),
        ("conversation", _("A conversation")),
        ("seedling", _("A seedling")),
    ]

    illustration = models.CharField(
        _("illustration"),
        max_length=20,
        choices=ILLUSTRATIONS,
        blank=True,
        help_text=_(
            "A drawing beside the title. It is decoration, so screen readers pass over it."
        ),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("illustration", widget=forms.RadioSelect),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ConceptPage"]
    subpage_types = ["home.ConceptPage", "home.HandbookPage"]

    class Meta:
        verbose_name = _("concept page")
        verbose_name_plural = _("concept pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = public_pages(self.get_children().live(), request).specific()
        context["sections"] = sections(self.body)
        context["related_pages"] = public_pages(
            self.get_siblings(inclusive=False).live().type(ConceptPage), request
        ).specific()[:RELATED_PAGES]
        return context


class NewsIndexBase(BasePage):
    """A list of news items, newest first, ten at a time. A subclass names its items
    (`news_items`) and which of them a reader may see (`readable`): the public news and the
    news for members (network/models/news.py) share all else, and the templates (Wagtail names a
    page type's template after the type, so the members' pages name the public ones)."""

    max_count_per_parent = 1
    per_page = 10
    readable = staticmethod(public_pages)

    class Meta:
        abstract = True

    def news_items(self):
        raise NotImplementedError

    def get_news(self, request):
        return self.readable(self.news_items().live(), request).order_by("-date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_news(request), self.per_page)
        context["news_page"] = paginator.get_page(request.GET.get("page"))
        return context


class NewsItemBase(BasePage):
    """A news item with its date and body, and the latest other items of its list beside it."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    subpage_types = []
    readable = staticmethod(public_pages)

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        others = type(self).objects.sibling_of(self, inclusive=False).live()
        context["more_news"] = self.readable(others, request).order_by("-date", "-pk")[
            :RELATED_PAGES
        ]
        return context


class NewsIndexPage(NewsIndexBase):
    """The public news, newest first."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def news_items(self):
        return NewsPage.objects.child_of(self)


class NewsPage(NewsItemBase):
    """A news item from the network."""

    parent_page_types = ["home.NewsIndexPage"]

    class Meta:
        verbose_name = _("news page")
        verbose_name_plural = _("news pages")


class FormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form, translated with its page: the English form has English labels,
    help texts and choices, and the same field names, so a message keeps the same keys in both
    languages (and the rate limit finds the e-mail field by its type either way)."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(AbstractFormField.Meta):
        unique_together = [("translation_key", "locale")]


class ContactPage(RememberedRestrictionsMixin, AbstractEmailForm):
    """The contact form: stores every submission and mails it to the address given."""

    introduction = models.TextField(_("introduction"), blank=True)
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after a message has been sent."),
    )
    message_handling = RichTextField(
        _("how we handle messages"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_(
            "Shown at the form: who reads the message, what it is used for and when it is "
            "deleted. The page links to the privacy policy by itself."
        ),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("message_handling"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail to the secretariat"),
        ),
    ]
    search_fields = AbstractEmailForm.search_fields + [index.SearchField("introduction")]

    form_builder = AccessibleFormBuilder
    landing_page_template = "home/contact_page_landing.html"

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    # Against spam, and against using the form to mail someone in bulk: a few messages an hour
    # from one client, and for one e-mail address typed into the form.
    messages_per_client = RateLimit("contact:client", limit=5, period=HOUR)
    messages_per_email = RateLimit("contact:email", limit=5, period=HOUR)
    throttled_message = _(
        "You have sent several messages in a short time. To keep spam out, we take only a few "
        "an hour: please try again later, or write to us by e-mail. Your message has not been "
        "sent; it is still in the form below."
    )

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if self.within_limits(request, form):
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
            form.add_error(None, ValidationError(self.throttled_message, code="throttled"))
            status = 429
        context = self.get_context(request, *args, **kwargs)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def within_limits(self, request, form):
        emails = {
            str(form.cleaned_data[field.clean_name]).casefold()
            for field in self.get_form_fields()
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
        }
        return within_limits(
            (self.messages_per_client, client_ip(request)),
            *[(self.messages_per_email, email) for email in sorted(emails)],
        )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and how to reach them: shown in the footer and on the contact page.
    The texts a reader sees have an English version beside the Danish one (`localized`)."""

    organisation_name = models.CharField(
        _("organisation name"), max_length=120, default="Familieiværksætterne"
    )
    organisation_name_en = models.CharField(
        _("organisation name (English)"),
        max_length=120,
        blank=True,
        help_text=_("On English pages. Left empty, they show the Danish."),
    )
    address = models.TextField(_("address"), blank=True)
    address_en = models.TextField(
        _("address (English)"),
        blank=True,
        help_text=_("On English pages. Left empty, they show the Danish."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    facebook_url = models.URLField(
        _("Facebook page"),
        blank=True,
        help_text=_("The network's public Facebook page."),
    )
    # Linked, never embedded: nothing from the group's site is loaded by ours.
    network_group_url = models.URLField(
        _("closed network group"),
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_(
            "The link to the network's closed group (for example on Facebook), shown only to "
            "logged-in professionals on the professional area's front page."
        ),
    )
    network_group_name = models.CharField(
        _("name of the group"),
        max_length=120,
        blank=True,
        help_text=_("As the group is called where it lives, e.g. “FIV-netværket på Facebook”."),
    )
    network_group_name_en = models.CharField(
        _("name of the group (English)"),
        max_length=120,
        blank=True,
        help_text=_("On English pages. Left empty, they show the Danish."),
    )

    # The texts readers see, each with its English version in `<name>_en`.
    translated_fields = ["organisation_name", "address", "network_group_name"]

    panels = [
        FieldRowPanel([FieldPanel("organisation_name"), FieldPanel("organisation_name_en")]),
        FieldRowPanel([FieldPanel("address"), FieldPanel("address_en")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("facebook_url"),
        MultiFieldPanel(
            [
                FieldPanel("network_group_url"),
                FieldRowPanel(
                    [FieldPanel("network_group_name"), FieldPanel("network_group_name_en")]
                ),
            ],
            heading=_("The network's closed group"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")
        # The secretariat's role is this permission, not the name of a group: see home.roles.
        permissions = [("act_as_secretariat", _("Can act as the secretariat"))]

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site, from the frame cache (home/framecache.py)
        instead of a query on every page; the admin's form reads them with `for_site`."""
        name = cls.get_cache_attr_name()
        if not hasattr(request, name):
            found = site_settings(cls, Site.find_for_request(request))
            found._request = request
            setattr(request, name, found)
        return getattr(request, name)

    @property
    def localized(self):
        """The settings as a reader of the active language sees them: on English pages the
        English texts where they are filled in, the Danish ones otherwise."""
        if translation.get_language() != "en":
            return self
        shown = copy.copy(self)
        for name in self.translated_fields:
            setattr(shown, name, getattr(self, f"{name}_en") or getattr(self, name))
        return shown


class SecretariatApprovalTask(AbstractGroupApprovalTask):
    """A group approval in which nobody approves or sends back their own submission: the
    secretariat's own changes get a second pair of eyes, like everyone else's."""

    class Meta:
        verbose_name = _("approval by someone else in the group")
        verbose_name_plural = _("approvals by someone else in the group")

    @staticmethod
    def _submitted_by(obj, user):
        state = getattr(obj, "current_workflow_state", None)
        return state is not None and state.requested_by_id == user.pk

    def get_actions(self, obj, user):
        if self._submitted_by(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if task_state.workflow_state.requested_by_id == user.pk:
            raise PermissionDenied(_("You cannot approve your own submission."))
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        return states.exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Members of the chosen groups approve, but never their own submissions.")


class DocumentTextQuerySet(SearchableQuerySetMixin, models.QuerySet):
    pass


class DocumentText(index.Indexed, models.Model):
    """The text inside a document's file, extracted in the background (home/extraction.py) so
    that the site search finds a file by the words in it. Every document has one as soon as it
    is saved, first waiting; its state then says whether the text could be read."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        OK = "ok", _("Read")
        FAILED = "failed", _("Could not be read")
        ENCRYPTED = "encrypted", _("Protected by a password")
        TOO_LARGE = "too_large", _("Too large to read")
        UNSUPPORTED = "unsupported", _("A format without text")

    document = models.OneToOneField(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="extracted_text",
        verbose_name=_("document"),
    )
    text = models.TextField(_("text"), blank=True)
    state = models.CharField(
        _("state"), max_length=20, choices=State.choices, default=State.PENDING, db_index=True
    )
    error = models.CharField(_("error"), max_length=500, blank=True)
    file_hash = models.CharField(_("hash of the file read"), max_length=40, blank=True)
    extracted_at = models.DateTimeField(_("read at"), null=True, blank=True)

    objects = DocumentTextQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        index.AutocompleteField("title"),
        index.FilterField("document"),
        index.FilterField("state"),
    ]

    class Meta:
        verbose_name = _("text of a document")
        verbose_name_plural = _("texts of documents")

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.document.title

    @classmethod
    def get_indexed_objects(cls):
        return cls.objects.select_related("document")


# The pages a public site must have live in their own module; Django finds models through here.
from .handbook import (  # noqa: E402
    HandbookChange,
    HandbookChapterPage,
    HandbookPage,
    HandbookPdf,
)
from .legal import (  # noqa: E402
    AccessibilityStatementPage,
    CookiePage,
    PrivacyPolicyPage,
)
from .notification_models import NotificationPreference, NotificationSent  # noqa: E402

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "ConceptPage",
    "ContactPage",
    "CookiePage",
    "DocumentText",
    "FormField",
    "HandbookChange",
    "HandbookChapterPage",
    "HandbookPage",
    "HandbookPdf",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NotificationPreference",
    "NotificationSent",
    "PrivacyPolicyPage",
    "SecretariatApprovalTask",
    "SiteSettings",
]
