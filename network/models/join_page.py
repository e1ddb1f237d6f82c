"""The public form "Bliv en del af netværket" as a page the secretariat places and words."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from home.models import BasePage

from .. import joining


class JoinPage(BasePage):
    """The public form "Bliv en del af netværket": a municipality asks to join, the secretariat
    is told, and the municipality is marked as interested."""

    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the form has been sent."),
    )

    content_panels = BasePage.content_panels + [FieldPanel("thank_you_text")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("join page")
        verbose_name_plural = _("join pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("form", joining.JoinForm())
        return context

    def serve(self, request, *args, **kwargs):
        return joining.serve_join_page(self, request, super().serve)
