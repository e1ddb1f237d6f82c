"""News for the network's members: news pages inside the professional area, behind its login.

The public news (home.NewsIndexPage) may only live under the home page; these are their
counterpart in the area, shown with the same templates and announced to members who chose
"news for members" under "Mine notifikationer"."""

from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import RELATED_PAGES, BasePage
from home.privacy import viewable_pages


class MemberNewsIndexPage(BasePage):
    """News for the network's members, newest first: only logged-in readers see it."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.MemberNewsPage"]
    max_count_per_parent = 1
    per_page = 10
    template = "home/news_index_page.html"

    class Meta:
        verbose_name = _("news for members")
        verbose_name_plural = _("news for members")

    def get_news(self, request):
        return viewable_pages(MemberNewsPage.objects.live().child_of(self), request).order_by(
            "-date", "-pk"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.get_news(request), self.per_page)
        context["news_page"] = paginator.get_page(request.GET.get("page"))
        return context


class MemberNewsPage(BasePage):
    """A news item for the network's members."""

    date = models.DateField(_("date"), default=timezone.localdate)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("date"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["network.MemberNewsIndexPage"]
    subpage_types = []
    template = "home/news_page.html"

    class Meta:
        verbose_name = _("news item for members")
        verbose_name_plural = _("news items for members")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["more_news"] = viewable_pages(
            MemberNewsPage.objects.sibling_of(self, inclusive=False).live(), request
        ).order_by("-date", "-pk")[:RELATED_PAGES]
        return context
