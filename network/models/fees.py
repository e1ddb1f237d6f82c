"""The yearly fees of the network."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.models import Orderable

from home.models import BasePage


class FeesForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        seen = set()
        for form in self.formsets["fees"].forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            year = form.cleaned_data.get("year")
            if year in seen:
                form.add_error("year", _("%(year)s is entered twice.") % {"year": year})
            seen.add(year)
        return cleaned_data


class FeesPage(BasePage):
    """The yearly user fee and the start-up fee; a new year takes effect on 1 January."""

    base_form_class = FeesForm
    content_panels = BasePage.content_panels + [InlinePanel("fees", label=_("Fees per year"))]

    parent_page_types = ["network.ProfessionalAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("fees page")
        verbose_name_plural = _("fees pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        this_year = timezone.localdate().year
        fees = sorted(self.fees.all(), key=lambda fee: fee.year, reverse=True)
        in_force = [fee for fee in fees if fee.year <= this_year]
        context.update(
            current=in_force[0] if in_force else None,
            history=in_force[1:],
            announced=sorted((fee for fee in fees if fee.year > this_year), key=lambda f: f.year),
        )
        return context


class AnnualFee(Orderable):
    page = ParentalKey(FeesPage, on_delete=models.CASCADE, related_name="fees")
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The fees apply from 1 January of this year."),
    )
    user_fee = models.DecimalField(_("yearly user fee (DKK)"), max_digits=10, decimal_places=2)
    startup_fee = models.DecimalField(_("start-up fee (DKK)"), max_digits=10, decimal_places=2)
    note = models.TextField(_("note"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("user_fee"), FieldPanel("startup_fee")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fee")
        verbose_name_plural = _("fees")

    def clean(self):
        super().clean()
        for field in ("user_fee", "startup_fee"):
            value = getattr(self, field)
            if value is not None and value < 0:
                raise ValidationError({field: _("A fee cannot be negative.")})

    def takes_effect(self):
        return datetime.date(self.year, 1, 1)
