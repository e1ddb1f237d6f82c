"""The network agreement, its dated versions and their appendices."""

from django.db import models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import BasePage
from home.privacy import viewable_pages, visible_attachments

from .files import AttachedFile


class AgreementPage(BasePage):
    """The network agreement: always shows its newest version; older ones stay in the archive."""

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = ["network.AgreementVersionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("network agreement")
        verbose_name_plural = _("network agreements")

    def get_versions(self):
        return AgreementVersionPage.objects.live().child_of(self).order_by("-version_date", "-pk")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        versions = list(viewable_pages(self.get_versions(), request))
        context["current"] = versions[0] if versions else None
        context["archive"] = versions[1:]
        if context["current"]:
            context["appendices"] = context["current"].visible_appendices(request)
        return context


class AgreementVersionPage(BasePage):
    """One version of the agreement with its appendices and a note of what changed."""

    version_date = models.DateField(_("version date"), default=timezone.localdate)
    change_note = models.TextField(_("what changed"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("agreement text"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldRowPanel([FieldPanel("version_date")]),
        FieldPanel("change_note"),
        FieldPanel("body"),
        InlinePanel("appendices", label=_("Appendices")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["network.AgreementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("agreement version")
        verbose_name_plural = _("agreement versions")

    def visible_appendices(self, request):
        return visible_attachments(self.appendices.select_related("document"), request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["appendices"] = self.visible_appendices(request)
        return context

    def is_current(self):
        newest = self.get_parent().specific.get_versions().first()
        return newest is not None and newest.pk == self.pk

    def serve(self, request, *args, **kwargs):
        if self.is_current():
            return redirect(self.get_parent().get_url(request))
        return super().serve(request, *args, **kwargs)


class AgreementAppendix(AttachedFile):
    page = ParentalKey(AgreementVersionPage, on_delete=models.CASCADE, related_name="appendices")
